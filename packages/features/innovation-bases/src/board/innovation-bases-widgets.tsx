import { useCustom, useGetLocale, useTranslate, type HttpError } from "@refinedev/core";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Grid from "@mui/material/Grid2";
import Typography from "@mui/material/Typography";
import { BarChart, ChartCard, ErrorState, formatFen, formatPercent, PageHeading, PieChart, StatCard, TargetProgress } from "@qifu/ui";
import type { TInnovationBasesStats } from "../schemas";

/** `innovationBases.stats` through the board's data provider (`custom` calls a procedure by path). */
export function useInnovationBasesStats() {
  const { query } = useCustom<TInnovationBasesStats, HttpError>({ url: "innovationBases.stats", method: "get" });
  return { stats: query.data?.data, loading: query.isLoading, error: query.error, refetch: query.refetch };
}

type TProgress = TInnovationBasesStats["progress"];

/** One bar per target year (2025–2027); a year without a target says so. */
function ProgressCard({ title, rows, unit, loading }: { title: string; rows: TProgress | undefined; unit: string; loading: boolean }) {
  const t = useTranslate();
  return (
    <Card sx={{ p: 2, height: "100%" }}>
      <Typography variant="subtitle2" sx={{ fontWeight: 600, mb: 0.5 }}>{title}</Typography>
      {(rows ?? []).map((p) =>
        p.target === null ? (
          <Typography key={p.year} variant="body2" color="text.secondary" sx={{ py: 0.5 }}>{`${t("innovationBases.board.target", { year: p.year })}：${t("innovationBases.board.noTarget")}`}</Typography>
        ) : (
          <TargetProgress key={p.year} compact label={t("innovationBases.board.target", { year: p.year })} actual={p.actual} target={p.target} unit={unit} year={p.year} loading={loading} />
        ),
      )}
    </Card>
  );
}

/** The widget: counts and figures, and progress towards each year's targets (bases, graduations). */
export function InnovationBasesWidget({ stats, loading }: { stats: TInnovationBasesStats | undefined; loading: boolean }) {
  const t = useTranslate();
  const en = useGetLocale()()?.startsWith("en");
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 6, md: 3 }}>
        <StatCard label={t("innovationBases.board.active")} value={stats?.active ?? 0} unit={t("innovationBases.board.unit")} hint={t("innovationBases.board.total", { total: stats?.total ?? 0 })} loading={loading} />
      </Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        <StatCard label={t("innovationBases.board.occupancy")} value={stats ? formatPercent(stats.occupancy) : "—"} hint={t("innovationBases.board.inResidence", { n: stats?.inResidence ?? 0 })} tone="success" loading={loading} />
      </Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        <StatCard label={t("innovationBases.board.grown")} value={stats?.grownAboveSize ?? 0} unit={t("innovationBases.board.enterprises")} hint={t("innovationBases.board.grownHint")} tone="warning" loading={loading} />
      </Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        <StatCard label={t("innovationBases.board.financing")} value={stats ? formatFen(stats.financingFen, en ? "en" : "zh") : "—"} loading={loading} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ProgressCard title={t("innovationBases.board.countTargets")} rows={stats?.progress} unit={t("innovationBases.board.unit")} loading={loading} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ProgressCard title={t("innovationBases.board.graduationTargets")} rows={stats?.graduationProgress} unit={t("innovationBases.board.enterprises")} loading={loading} />
      </Grid>
    </Grid>
  );
}

/** Home page section of the board. */
export function InnovationBasesHomeSection() {
  const { stats, loading, error, refetch } = useInnovationBasesStats();
  const t = useTranslate();
  if (error && !stats) return <ErrorState message={error.message} onRetry={() => void refetch()} />;
  return (
    <Box>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>{t("innovationBases.titles.list")}</Typography>
      <InnovationBasesWidget stats={stats} loading={loading} />
    </Box>
  );
}

/** The feature's own page on the board. */
export function InnovationBasesBoardPage() {
  const t = useTranslate();
  const en = useGetLocale()()?.startsWith("en");
  const { stats, loading, error, refetch } = useInnovationBasesStats();
  const label = (r: { label: string; labelEn: string }) => (en ? r.labelEn : r.label);
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
      <PageHeading title={t("innovationBases.titles.list")} subtitle={t("innovationBases.board.subtitle")} />
      {error && !stats ? (
        <ErrorState message={error.message} onRetry={() => void refetch()} />
      ) : (
        <>
          <InnovationBasesWidget stats={stats} loading={loading} />
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 6 }}>
              <ChartCard title={t("innovationBases.board.graduationsByYear")} loading={loading} empty={!stats?.graduationsByYear.length} height={300}>
                <BarChart categories={(stats?.graduationsByYear ?? []).map((r) => String(r.year))} series={[{ name: t("innovationBases.board.graduations"), data: (stats?.graduationsByYear ?? []).map((r) => r.count) }]} />
              </ChartCard>
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <ChartCard title={t("innovationBases.board.byKind")} loading={loading} empty={!stats?.byKind.some((k) => k.count)} height={300}>
                <PieChart data={(stats?.byKind ?? []).filter((k) => k.count).map((k) => ({ name: label(k), value: k.count }))} />
              </ChartCard>
            </Grid>
          </Grid>
          <ChartCard title={t("innovationBases.board.byTown")} loading={loading} empty={!stats?.byTown.length} height={360}>
            <BarChart horizontal categories={(stats?.byTown ?? []).map(label)} series={[{ name: t("innovationBases.board.active"), data: (stats?.byTown ?? []).map((r) => r.count) }]} />
          </ChartCard>
        </>
      )}
    </Box>
  );
}
