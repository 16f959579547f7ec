import { useTranslate } from "@refinedev/core";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import Grid from "@mui/material/Grid2";
import Typography from "@mui/material/Typography";
import { EmptyState, formatPercent, StatCard, StatusChip } from "@qifu/ui";
import {
  CarrierActiveTile,
  CarrierBoardPage,
  CarrierCountsChart,
  CarrierHomeSection,
  CarrierTargetCard,
  CarrierTargetRows,
  useBoardEnglish,
  useCarrierStats,
} from "@qifu/carrier-kit/board";
import { featureBoardRpc } from "@qifu/ui/board";
import { KeyChain, type TIndustrialClustersStats } from "../schemas";
// type-only: erased at build (.dependency-cruiser.cjs allows a feature naming its own ./server types)
import type { industrialClustersRouters } from "../server";

const R = "industrialClusters";
const { api } = featureBoardRpc<typeof industrialClustersRouters>();

/** `industrialClusters.stats` through the board's data provider, typed from this feature's routers. */
export const useIndustrialClustersStats = () => useCarrierStats(api.industrialClusters.stats);

/** The widget: how many clusters, how complete their chains are, and progress towards each year's target. */
export function IndustrialClustersWidget({ stats, loading }: { stats: TIndustrialClustersStats | undefined; loading: boolean }) {
  const t = useTranslate();
  const coverage = stats && stats.links ? stats.coveredLinks / stats.links : 0;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 6, md: 2 }}>
        <CarrierActiveTile resource={R} stats={stats} loading={loading} />
      </Grid>
      <Grid size={{ xs: 6, md: 2 }}>
        <StatCard label={t("industrialClusters.board.members")} value={stats?.members ?? 0} tone="success" loading={loading} />
      </Grid>
      <Grid size={{ xs: 12, md: 3 }}>
        <StatCard
          label={t("industrialClusters.board.coverage")}
          value={stats ? formatPercent(coverage) : "—"}
          hint={t("industrialClusters.board.coverageHint", { covered: stats?.coveredLinks ?? 0, links: stats?.links ?? 0 })}
          tone={coverage >= 1 ? "success" : "warning"}
          loading={loading}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <CarrierTargetCard>
          <CarrierTargetRows resource={R} rows={stats?.progress} loading={loading} />
        </CarrierTargetCard>
      </Grid>
    </Grid>
  );
}

/** Every active cluster's chain coverage, its gaps in red. */
export function ClusterGaps({ stats }: { stats: TIndustrialClustersStats | undefined }) {
  const t = useTranslate();
  const en = useBoardEnglish();
  const clusters = stats?.clusters ?? [];
  if (!clusters.length) return <EmptyState title={t("industrialClusters.board.none")} compact />;
  return (
    <Box component="ul" sx={{ listStyle: "none", m: 0, p: 0 }}>
      {clusters.map((c) => (
        <Box component="li" key={c.id} sx={{ py: 1.25, borderBottom: "1px solid", borderColor: "divider", display: "grid", gap: 0.75 }}>
          <Box sx={{ display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap" }}>
            <Typography variant="body2" sx={{ fontWeight: 600, flex: "1 1 220px", minWidth: 0 }}>
              {c.name}
            </Typography>
            <Chip label={KeyChain.label(c.chain, en ? "en" : "zh")} size="small" variant="outlined" />
            <Typography variant="caption" color="text.secondary">
              {t("industrialClusters.board.clusterLine", { members: c.members, covered: c.covered, links: c.links })}
            </Typography>
          </Box>
          <Box sx={{ display: "flex", gap: 0.5, flexWrap: "wrap", alignItems: "center" }}>
            {c.gaps.length ? (
              <>
                <Typography variant="caption" sx={{ color: "error.main", fontWeight: 700, mr: 0.5 }}>
                  {t("industrialClusters.board.gaps")}
                </Typography>
                {c.gaps.map((g) => (
                  <StatusChip key={g.name} label={g.name} tone="danger" />
                ))}
              </>
            ) : (
              <StatusChip label={t("industrialClusters.board.noGaps")} tone="success" />
            )}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

/** Home page section of the board. */
export function IndustrialClustersHomeSection() {
  return (
    <CarrierHomeSection resource={R} query={useIndustrialClustersStats()}>
      {(stats, loading) => <IndustrialClustersWidget stats={stats} loading={loading} />}
    </CarrierHomeSection>
  );
}

/** The feature's own page on the board: the widget, each cluster's chain gaps, clusters by chain. */
export function IndustrialClustersBoardPage() {
  const t = useTranslate();
  return (
    <CarrierBoardPage resource={R} query={useIndustrialClustersStats()}>
      {(stats, loading) => (
        <>
          <IndustrialClustersWidget stats={stats} loading={loading} />
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 7 }}>
              <Card sx={{ p: 2, height: "100%" }}>
                <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
                  {t("industrialClusters.board.gapsTitle")}
                </Typography>
                <ClusterGaps stats={stats} />
              </Card>
            </Grid>
            <Grid size={{ xs: 12, md: 5 }}>
              <CarrierCountsChart
                title={t("industrialClusters.board.byChain")}
                rows={(stats?.byChain ?? []).filter((r) => r.count)}
                series={t("industrialClusters.board.active")}
                loading={loading}
                height={300}
              />
            </Grid>
          </Grid>
        </>
      )}
    </CarrierBoardPage>
  );
}
