import { useCustom, useGetLocale, useTranslate, type HttpError } from "@refinedev/core";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Grid from "@mui/material/Grid2";
import Typography from "@mui/material/Typography";
import Chip from "@mui/material/Chip";
import { BarChart, ChartCard, EmptyState, ErrorState, PageHeading, StatCard, TargetProgress } from "@qifu/ui";
import type { TServiceStationsStats } from "../schemas";

/** `serviceStations.stats` through the board's data provider (`custom` calls a procedure by path). */
export function useServiceStationsStats() {
  const { query } = useCustom<TServiceStationsStats, HttpError>({ url: "serviceStations.stats", method: "get" });
  return { stats: query.data?.data, loading: query.isLoading, error: query.error, refetch: query.refetch };
}

type TProgress = TServiceStationsStats["progress"];

/** One line per target year: the live figure against the year's target. */
function ProgressRows({ rows, label, unit, loading }: { rows: TProgress; label: (year: number) => string; unit: string; loading: boolean }) {
  const t = useTranslate();
  return (
    <>
      {rows.map((p) =>
        p.target === null ? (
          <Typography key={p.year} variant="body2" color="text.secondary" sx={{ py: 0.5 }}>{`${label(p.year)}：${t("serviceStations.board.noTarget")}`}</Typography>
        ) : (
          <TargetProgress key={p.year} compact label={label(p.year)} actual={p.actual} target={p.target} unit={unit} year={p.year} loading={loading} />
        ),
      )}
    </>
  );
}

/** The widget: active stations, towns covered, and progress towards each year's two targets. */
export function ServiceStationsWidget({ stats, loading }: { stats: TServiceStationsStats | undefined; loading: boolean }) {
  const t = useTranslate();
  const uncovered = stats?.coverage.filter((c) => c.count === 0) ?? [];
  const lang = useGetLocale()() === "en" ? "en" : "zh";
  // the counts cover the caller's scope; the target rows are the district's and say so
  const scope = stats?.scope.map((l) => l[lang]).join(" · ") || undefined;
  const district = scope ? `${t("serviceStations.board.district")} · ` : "";
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <StatCard label={t("serviceStations.board.active")} value={stats?.active ?? 0} unit={t("serviceStations.board.unit")} hint={t("serviceStations.board.total", { total: stats?.total ?? 0 })} scope={scope} loading={loading} />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <StatCard
          label={t("serviceStations.board.covered")}
          value={`${(stats?.coverage.length ?? 0) - uncovered.length} / ${stats?.coverage.length ?? 0}`}
          hint={uncovered.length ? t("serviceStations.board.uncoveredHint", { count: uncovered.length }) : t("serviceStations.board.allCovered")}
          tone={uncovered.length ? "warning" : "success"}
          scope={scope}
          loading={loading}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Card sx={{ p: 2, height: "100%" }}>
          <ProgressRows rows={stats?.progress ?? []} label={(year) => district + t("serviceStations.board.target", { year })} unit={t("serviceStations.board.unit")} loading={loading} />
          <ProgressRows rows={stats?.coverageProgress ?? []} label={(year) => district + t("serviceStations.board.coverageTarget", { year })} unit={t("serviceStations.board.townUnit")} loading={loading} />
        </Card>
      </Grid>
    </Grid>
  );
}

/** Coverage by town unit: each town's active stations; a town without one is flagged. */
export function StationCoverage({ stats, loading }: { stats: TServiceStationsStats | undefined; loading: boolean }) {
  const t = useTranslate();
  const en = useGetLocale()()?.startsWith("en");
  return (
    <ChartCard title={t("serviceStations.board.coverageTitle")} subtitle={t("serviceStations.board.coverageSubtitle")} loading={loading} empty={!stats?.coverage.length} height={320}>
      <Box component="ul" data-testid="station-coverage" sx={{ listStyle: "none", m: 0, p: 0, display: "grid", gridTemplateColumns: { xs: "minmax(0, 1fr)", sm: "repeat(2, minmax(0, 1fr))", lg: "repeat(3, minmax(0, 1fr))" }, gap: 1 }}>
        {(stats?.coverage ?? []).map((c) => (
          <Box component="li" key={c.townId} data-town={c.name} data-covered={c.count > 0 ? "yes" : "no"}
            sx={{ display: "flex", alignItems: "center", gap: 1, p: 1, borderRadius: 1, border: "1px solid", borderColor: c.count ? "divider" : "error.light", bgcolor: c.count ? "transparent" : "error.50" }}>
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>{en ? c.nameEn : c.name}</Typography>
              <Typography variant="caption" color="text.secondary" title={c.stations.join("、") || undefined} sx={{ display: "block", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>
                {c.stations.join("、") || t("serviceStations.board.noneYet")}
              </Typography>
            </Box>
            {c.count ? <Chip size="small" color="success" variant="outlined" label={t("serviceStations.board.stations", { count: c.count })} /> : <Chip size="small" color="error" label={t("serviceStations.board.flag")} />}
          </Box>
        ))}
      </Box>
    </ChartCard>
  );
}

/** Home page section of the board. */
export function ServiceStationsHomeSection() {
  const { stats, loading, error, refetch } = useServiceStationsStats();
  const t = useTranslate();
  if (error && !stats) return <ErrorState message={error.message} onRetry={() => void refetch()} />;
  return (
    <Box>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>{t("serviceStations.titles.list")}</Typography>
      <ServiceStationsWidget stats={stats} loading={loading} />
      {stats && stats.coverage.some((c) => c.count === 0) && (
        <Box sx={{ mt: 1, display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center" }}>
          <Typography variant="body2" color="error.main">{t("serviceStations.board.flagList")}</Typography>
          {stats.coverage.filter((c) => c.count === 0).map((c) => <Chip key={c.townId} size="small" color="error" variant="outlined" label={c.name} />)}
        </Box>
      )}
    </Box>
  );
}

/** The feature's own page on the board. */
export function ServiceStationsBoardPage() {
  const t = useTranslate();
  const en = useGetLocale()()?.startsWith("en");
  const { stats, loading, error, refetch } = useServiceStationsStats();
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
      <PageHeading title={t("serviceStations.titles.list")} subtitle={t("serviceStations.board.subtitle")} />
      {error && !stats ? (
        <ErrorState message={error.message} onRetry={() => void refetch()} />
      ) : (
        <>
          <ServiceStationsWidget stats={stats} loading={loading} />
          <StationCoverage stats={stats} loading={loading} />
          <ChartCard title={t("serviceStations.board.byTown")} loading={loading} empty={!stats?.byTown.length} height={320}>
            <BarChart horizontal categories={(stats?.byTown ?? []).map((r) => (en ? r.labelEn : r.label))} series={[{ name: t("serviceStations.board.active"), data: (stats?.byTown ?? []).map((r) => r.count) }]} />
          </ChartCard>
        </>
      )}
    </Box>
  );
}
