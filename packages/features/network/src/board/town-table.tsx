import { useTranslate } from "@refinedev/core";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import LinearProgress from "@mui/material/LinearProgress";
import Skeleton from "@mui/material/Skeleton";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { EmptyState, formatPercent, StatusChip } from "@qifu/ui";
import type { NetworkChartProps } from "./network-charts";
import { countLabel, DISTRICT_ROW } from "../stats-view";
import { useBoardLang } from "./use-network-stats";

/** One row per town: nodes, active share and whether it has its SME service station (target: one each). */
export function TownTable({ stats, loading }: NetworkChartProps) {
  const t = useTranslate();
  const lang = useBoardLang();
  const rows = stats?.byTown ?? [];
  const num = { textAlign: "right", fontVariantNumeric: "tabular-nums" } as const;
  return (
    <Card sx={{ height: "100%" }}>
      <Box sx={{ px: 2.5, pt: 2, pb: 1 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {t("network.board.towns.title")}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {t("network.board.towns.subtitle")}
        </Typography>
      </Box>
      {loading ? (
        <Box sx={{ px: 2.5, pb: 2 }}>
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} height={36} />
          ))}
        </Box>
      ) : rows.length === 0 ? (
        <EmptyState title={t("network.board.empty")} compact />
      ) : (
        <Table
          size="small"
          sx={{
            "& td, & th": { px: 2 },
            "& td:first-of-type, & th:first-of-type": { pl: 2.5 },
            "& th": { color: "text.secondary", fontWeight: 600, whiteSpace: "nowrap" },
          }}
        >
          <TableHead>
            <TableRow>
              <TableCell>{t("network.board.towns.town")}</TableCell>
              <TableCell sx={num}>{t("network.board.towns.total")}</TableCell>
              <TableCell sx={num}>{t("network.board.towns.active")}</TableCell>
              <TableCell sx={{ width: "30%" }}>{t("network.board.towns.share")}</TableCell>
              <TableCell>{t("network.board.towns.stations")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => {
              const share = r.count ? r.active / r.count : 0;
              return (
                <TableRow key={r.key} hover>
                  <TableCell sx={{ fontWeight: 500 }}>{countLabel(r, lang)}</TableCell>
                  <TableCell sx={num}>{r.count}</TableCell>
                  <TableCell sx={num}>{r.active}</TableCell>
                  <TableCell>
                    <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
                      <LinearProgress
                        variant="determinate"
                        value={share * 100}
                        color={share >= 1 ? "success" : "primary"}
                        sx={{ flex: 1, height: 6, borderRadius: 3 }}
                      />
                      <Typography variant="caption" sx={{ minWidth: 36, textAlign: "right", fontVariantNumeric: "tabular-nums" }}>
                        {formatPercent(share)}
                      </Typography>
                    </Box>
                  </TableCell>
                  <TableCell>
                    {r.key === DISTRICT_ROW ? (
                      <Typography variant="caption" color="text.secondary">
                        —
                      </Typography>
                    ) : r.stations > 0 ? (
                      <StatusChip tone="success" label={`${t("network.board.towns.covered")} · ${r.stations}`} />
                    ) : (
                      <StatusChip tone="warning" label={t("network.board.towns.missing")} />
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
