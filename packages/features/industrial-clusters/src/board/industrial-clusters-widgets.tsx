import { useCustom, useGetLocale, useTranslate, type HttpError } from "@refinedev/core";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import Grid from "@mui/material/Grid2";
import Typography from "@mui/material/Typography";
import { BarChart, ChartCard, EmptyState, ErrorState, formatPercent, PageHeading, StatCard, StatusChip, TargetProgress } from "@qifu/ui";
import { KeyChain, type TIndustrialClustersStats } from "../schemas";

/** `industrialClusters.stats` through the board's data provider (`custom` calls a procedure by path). */
export function useIndustrialClustersStats() {
  const { query } = useCustom<TIndustrialClustersStats, HttpError>({ url: "industrialClusters.stats", method: "get" });
  return { stats: query.data?.data, loading: query.isLoading, error: query.error, refetch: query.refetch };
}

/** The widget: how many clusters, how complete their chains are, and progress towards each year's target. */
export function IndustrialClustersWidget({ stats, loading }: { stats: TIndustrialClustersStats | undefined; loading: boolean }) {
  const t = useTranslate();
  const coverage = stats && stats.links ? stats.coveredLinks / stats.links : 0;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 6, md: 2 }}>
        <StatCard label={t("industrialClusters.board.active")} value={stats?.active ?? 0} unit={t("industrialClusters.board.unit")} hint={t("industrialClusters.board.total", { total: stats?.total ?? 0 })} loading={loading} />
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
        <Card sx={{ p: 2, height: "100%" }}>
          {(stats?.progress ?? []).map((p) =>
            p.target === null ? (
              <Typography key={p.year} variant="body2" color="text.secondary" sx={{ py: 0.5 }}>{`${t("industrialClusters.board.target", { year: p.year })}：${t("industrialClusters.board.noTarget")}`}</Typography>
            ) : (
              <TargetProgress key={p.year} compact label={t("industrialClusters.board.target", { year: p.year })} actual={p.actual} target={p.target} unit={t("industrialClusters.board.unit")} year={p.year} loading={loading} />
            ),
          )}
        </Card>
      </Grid>
    </Grid>
  );
}

/** Every active cluster's chain coverage, its gaps in red. */
export function ClusterGaps({ stats }: { stats: TIndustrialClustersStats | undefined }) {
  const t = useTranslate();
  const en = useGetLocale()()?.startsWith("en");
  const clusters = stats?.clusters ?? [];
  if (!clusters.length) return <EmptyState title={t("industrialClusters.board.none")} compact />;
  return (
    <Box component="ul" sx={{ listStyle: "none", m: 0, p: 0 }}>
      {clusters.map((c) => (
        <Box component="li" key={c.id} sx={{ py: 1.25, borderBottom: "1px solid", borderColor: "divider", display: "grid", gap: 0.75 }}>
          <Box sx={{ display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap" }}>
            <Typography variant="body2" sx={{ fontWeight: 600, flex: "1 1 220px", minWidth: 0 }}>{c.name}</Typography>
            <Chip label={KeyChain.label(c.chain, en ? "en" : "zh")} size="small" variant="outlined" />
            <Typography variant="caption" color="text.secondary">{t("industrialClusters.board.clusterLine", { members: c.members, covered: c.covered, links: c.links })}</Typography>
          </Box>
          <Box sx={{ display: "flex", gap: 0.5, flexWrap: "wrap", alignItems: "center" }}>
            {c.gaps.length ? (
              <>
                <Typography variant="caption" sx={{ color: "error.main", fontWeight: 700, mr: 0.5 }}>{t("industrialClusters.board.gaps")}</Typography>
                {c.gaps.map((g) => <StatusChip key={g.name} label={g.name} tone="danger" />)}
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
  const { stats, loading, error, refetch } = useIndustrialClustersStats();
  const t = useTranslate();
  if (error && !stats) return <ErrorState message={error.message} onRetry={() => void refetch()} />;
  return (
    <Box>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>{t("industrialClusters.titles.list")}</Typography>
      <IndustrialClustersWidget stats={stats} loading={loading} />
    </Box>
  );
}

/** The feature's own page on the board. */
export function IndustrialClustersBoardPage() {
  const t = useTranslate();
  const en = useGetLocale()()?.startsWith("en");
  const { stats, loading, error, refetch } = useIndustrialClustersStats();
  const byChain = (stats?.byChain ?? []).filter((r) => r.count);
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
      <PageHeading title={t("industrialClusters.titles.list")} subtitle={t("industrialClusters.board.subtitle")} />
      {error && !stats ? (
        <ErrorState message={error.message} onRetry={() => void refetch()} />
      ) : (
        <>
          <IndustrialClustersWidget stats={stats} loading={loading} />
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 7 }}>
              <Card sx={{ p: 2, height: "100%" }}>
                <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>{t("industrialClusters.board.gapsTitle")}</Typography>
                <ClusterGaps stats={stats} />
              </Card>
            </Grid>
            <Grid size={{ xs: 12, md: 5 }}>
              <ChartCard title={t("industrialClusters.board.byChain")} loading={loading} empty={!byChain.length} height={300}>
                <BarChart horizontal categories={byChain.map((r) => (en ? r.labelEn : r.label))} series={[{ name: t("industrialClusters.board.active"), data: byChain.map((r) => r.count) }]} />
              </ChartCard>
            </Grid>
          </Grid>
        </>
      )}
    </Box>
  );
}
