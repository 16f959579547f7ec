import { useCustom, useGetLocale, useTranslate, type HttpError } from "@refinedev/core";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Grid from "@mui/material/Grid2";
import Typography from "@mui/material/Typography";
import { BarChart, ChartCard, ErrorState, PageHeading, StatCard, TargetProgress } from "@qifu/ui";
import type { TSpecializedParksStats } from "../schemas";

/** `specializedParks.stats` through the board's data provider (`custom` calls a procedure by path). */
export function useSpecializedParksStats() {
  const { query } = useCustom<TSpecializedParksStats, HttpError>({ url: "specializedParks.stats", method: "get" });
  return { stats: query.data?.data, loading: query.isLoading, error: query.error, refetch: query.refetch };
}

/** The widget: how many are active, and progress towards each year's target. */
export function SpecializedParksWidget({ stats, loading }: { stats: TSpecializedParksStats | undefined; loading: boolean }) {
  const t = useTranslate();
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 4 }}>
        <StatCard label={t("specializedParks.board.active")} value={stats?.active ?? 0} unit={t("specializedParks.board.unit")} hint={t("specializedParks.board.total", { total: stats?.total ?? 0 })} loading={loading} />
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <Card sx={{ p: 2, height: "100%" }}>
          {(stats?.progress ?? []).map((p) =>
            p.target === null ? (
              <Typography key={p.year} variant="body2" color="text.secondary" sx={{ py: 0.5 }}>{`${t("specializedParks.board.target", { year: p.year })}：${t("specializedParks.board.noTarget")}`}</Typography>
            ) : (
              <TargetProgress key={p.year} compact label={t("specializedParks.board.target", { year: p.year })} actual={p.actual} target={p.target} unit={t("specializedParks.board.unit")} year={p.year} loading={loading} />
            ),
          )}
        </Card>
      </Grid>
    </Grid>
  );
}

/** Home page section of the board. */
export function SpecializedParksHomeSection() {
  const { stats, loading, error, refetch } = useSpecializedParksStats();
  const t = useTranslate();
  if (error && !stats) return <ErrorState message={error.message} onRetry={() => void refetch()} />;
  return (
    <Box>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>{t("specializedParks.titles.list")}</Typography>
      <SpecializedParksWidget stats={stats} loading={loading} />
    </Box>
  );
}

/** The feature's own page on the board. */
export function SpecializedParksBoardPage() {
  const t = useTranslate();
  const en = useGetLocale()()?.startsWith("en");
  const { stats, loading, error, refetch } = useSpecializedParksStats();
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
      <PageHeading title={t("specializedParks.titles.list")} subtitle={t("specializedParks.board.subtitle")} />
      {error && !stats ? (
        <ErrorState message={error.message} onRetry={() => void refetch()} />
      ) : (
        <>
          <SpecializedParksWidget stats={stats} loading={loading} />
          <ChartCard title={t("specializedParks.board.byTier")} subtitle={t("specializedParks.board.byTierSubtitle")} loading={loading} empty={!stats?.residentsByTier.some((r) => r.count)} height={260}>
            <BarChart horizontal categories={(stats?.residentsByTier ?? []).map((r) => (en ? r.labelEn : r.label))} series={[{ name: t("specializedParks.board.residents"), data: (stats?.residentsByTier ?? []).map((r) => r.count) }]} />
          </ChartCard>
          <ChartCard title={t("specializedParks.board.byTown")} loading={loading} empty={!stats?.byTown.length} height={320}>
            <BarChart horizontal categories={(stats?.byTown ?? []).map((r) => (en ? r.labelEn : r.label))} series={[{ name: t("specializedParks.board.active"), data: (stats?.byTown ?? []).map((r) => r.count) }]} />
          </ChartCard>
        </>
      )}
    </Box>
  );
}
