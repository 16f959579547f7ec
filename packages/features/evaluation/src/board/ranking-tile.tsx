import { Link as RouterLink } from "react-router";
import { useGetIdentity, useTranslate } from "@refinedev/core";
import Box from "@mui/material/Box";
import ButtonBase from "@mui/material/ButtonBase";
import Rating from "@mui/material/Rating";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import { alpha } from "@mui/material/styles";
import { EmptyState, ErrorState } from "@qifu/ui";
import { featureBoardRpc, OverviewCard } from "@qifu/ui/board";
// type-only: erased at build, so no server code reaches the bundle
import type { evaluationRouters } from "../server";

const { api, useBoardQuery } = featureBoardRpc<typeof evaluationRouters>();

/** Rows the tile shows: the top five, and a town admin's own town where it ranks lower. */
const TOP = 5;

/**
 * The overview's ranking tile: the latest published round, its top five (rank, stars, total),
 * the caller's own town marked and added when it is further down. Each row opens the full ranking.
 */
export function RankingOverviewTile() {
  const t = useTranslate();
  const { data: me } = useGetIdentity<{ role?: string; townName?: string | null }>();
  const { query } = useBoardQuery(api.evaluationResults.ranking, {});
  const round = query.data?.data ?? null;
  const own = me?.role === "TOWN_ADMIN" ? me.townName : null;
  const rows = round ? round.rows.filter((r, i) => i < TOP || r.name === own) : [];
  return (
    <OverviewCard
      title={t("evaluation.title")}
      scope={round ? t("evaluation.scope", { round: round.name }) : undefined}
      more={round ? { to: "/evaluation", label: t("evaluation.moreShort") } : undefined}
      testId="overview-ranking"
    >
      {query.isLoading ? (
        <Skeleton variant="rounded" height={180} />
      ) : query.error ? (
        <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />
      ) : !round ? (
        <EmptyState title={t("evaluation.empty")} description={t("evaluation.emptyHint")} compact />
      ) : (
        <Box sx={{ display: "grid", gap: 0.25 }}>
          {rows.map((r) => (
            <ButtonBase
              key={r.subjectId}
              component={RouterLink}
              to="/evaluation"
              data-testid={`overview-rank-${r.name}`}
              sx={{
                display: "grid",
                gridTemplateColumns: "28px minmax(0, 1fr) auto 56px",
                alignItems: "center",
                gap: 1,
                px: 1,
                py: 0.5,
                borderRadius: 1,
                textAlign: "left",
                bgcolor: (th) => (r.name === own ? alpha(th.palette.primary.main, 0.08) : "transparent"),
                "&:hover": { bgcolor: (th) => alpha(th.palette.primary.main, 0.06) },
              }}
            >
              <Typography sx={{ fontWeight: 700, color: r.rank <= 3 ? "primary.main" : "text.secondary" }}>{r.rank}</Typography>
              <Typography noWrap sx={{ fontWeight: r.name === own ? 700 : 500 }}>
                {r.name}
              </Typography>
              <Rating value={r.stars} max={5} readOnly size="small" aria-label={`${r.stars}★`} />
              <Typography sx={{ textAlign: "right", fontVariantNumeric: "tabular-nums", fontWeight: 600 }}>{r.total.toFixed(1)}</Typography>
            </ButtonBase>
          ))}
        </Box>
      )}
    </OverviewCard>
  );
}
