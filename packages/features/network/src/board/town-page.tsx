import { useParams } from "react-router";
import { useTranslate } from "@refinedev/core";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import Typography from "@mui/material/Typography";
import { NodeKind, shanghaiYear } from "@qifu/domain";
import { ErrorState, formatNumber, LoadingState, PageHeading } from "@qifu/ui";
import { featureBoardRpc } from "@qifu/ui/board";
// type-only: erased at build (.dependency-cruiser.cjs allows a feature naming its own ./server types)
import type { networkRouters } from "../server";
import { useBoardLang } from "./use-network-stats";

const { api, useBoardQuery } = featureBoardRpc<typeof networkRouters>();

/**
 * A town unit's page, where its tile on the overview's map opens: every figure the platform
 * counts (each metric's own formula) for the town beside the district's, and its active nodes.
 */
export function TownPage() {
  const t = useTranslate();
  const lang = useBoardLang();
  const { townId = "" } = useParams();
  const year = shanghaiYear(new Date());
  const { query } = useBoardQuery(api.network.townProfile, { townId, year });
  const town = query.data?.data;
  if (query.isLoading) return <LoadingState />;
  if (query.error || !town) return <ErrorState message={query.error?.message ?? ""} onRetry={() => void query.refetch()} />;
  const num = (v: number, kind: string) => `${formatNumber(Math.round(v * 10) / 10, lang)}${kind === "rate" ? "%" : ""}`;
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }} data-testid="town-page">
      <PageHeading
        title={lang === "en" ? town.nameEn || town.name : town.name}
        subtitle={t("network.board.town.subtitle", { year: town.year })}
      />
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
        {town.activeNodes.map((n) => (
          <Chip key={n.kind} label={`${NodeKind.label(n.kind as never, lang)} ${n.count}`} variant="outlined" />
        ))}
      </Box>
      <Box
        sx={{
          display: "grid",
          gap: 1.5,
          gridTemplateColumns: { xs: "1fr", sm: "repeat(2, minmax(0, 1fr))", lg: "repeat(4, minmax(0, 1fr))" },
        }}
      >
        {town.figures.map((f) => (
          <Card key={f.key} sx={{ p: 2 }} data-testid={`town-figure-${f.key}`}>
            <Typography variant="body2" color="text.secondary" sx={{ fontWeight: 500 }}>
              {f.label[lang]}
            </Typography>
            <Typography sx={{ fontSize: 26, fontWeight: 700 }}>
              {num(f.value, f.kind)}
              <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 0.5 }}>
                {f.kind === "rate" ? "" : f.unit[lang]}
              </Typography>
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {t("network.board.town.district", { value: num(f.district, f.kind), unit: f.kind === "rate" ? "" : f.unit[lang] })}
            </Typography>
          </Card>
        ))}
      </Box>
    </Box>
  );
}
