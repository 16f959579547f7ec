import { useTranslate } from "@refinedev/core";
import Box from "@mui/material/Box";
import Grid from "@mui/material/Grid2";
import Typography from "@mui/material/Typography";
import Chip from "@mui/material/Chip";
import { ChartCard, StatCard } from "@qifu/ui";
import {
  CarrierActiveTile,
  CarrierBoardPage,
  CarrierByTownChart,
  CarrierHomeSection,
  CarrierTargetCard,
  CarrierTargetRows,
  useBoardEnglish,
  useCarrierStats,
} from "@qifu/carrier-kit/board";
import { featureBoardRpc, useBoardLang } from "@qifu/ui/board";
import type { TServiceStationsStats } from "../schemas";
// type-only: erased at build (.dependency-cruiser.cjs allows a feature naming its own ./server types)
import type { serviceStationsRouters } from "../server";

const R = "serviceStations";
const { api } = featureBoardRpc<typeof serviceStationsRouters>();

/** `serviceStations.stats` through the board's data provider, typed from this feature's routers. */
export const useServiceStationsStats = () => useCarrierStats(api.serviceStations.stats);

/** The widget: active stations, towns covered, and progress towards each year's two targets. */
export function ServiceStationsWidget({ stats, loading }: { stats: TServiceStationsStats | undefined; loading: boolean }) {
  const t = useTranslate();
  const uncovered = stats?.coverage.filter((c) => c.count === 0) ?? [];
  const lang = useBoardLang();
  // the counts cover the caller's scope; the target rows are the district's and say so
  const scope = stats?.scope.map((l) => l[lang]).join(" · ") || undefined;
  const district = scope ? `${t("serviceStations.board.district")} · ` : "";
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <CarrierActiveTile resource={R} stats={stats} scope={scope} loading={loading} />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <StatCard
          label={t("serviceStations.board.covered")}
          value={`${(stats?.coverage.length ?? 0) - uncovered.length} / ${stats?.coverage.length ?? 0}`}
          hint={
            uncovered.length ? t("serviceStations.board.uncoveredHint", { count: uncovered.length }) : t("serviceStations.board.allCovered")
          }
          tone={uncovered.length ? "warning" : "success"}
          scope={scope}
          loading={loading}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <CarrierTargetCard>
          <CarrierTargetRows
            resource={R}
            rows={stats?.progress}
            label={(year) => district + t("serviceStations.board.target", { year })}
            loading={loading}
          />
          <CarrierTargetRows
            resource={R}
            rows={stats?.coverageProgress}
            label={(year) => district + t("serviceStations.board.coverageTarget", { year })}
            unit={t("serviceStations.board.townUnit")}
            loading={loading}
          />
        </CarrierTargetCard>
      </Grid>
    </Grid>
  );
}

/** Coverage by town unit: each town's active stations; a town without one is flagged. */
export function StationCoverage({ stats, loading }: { stats: TServiceStationsStats | undefined; loading: boolean }) {
  const t = useTranslate();
  const en = useBoardEnglish();
  return (
    <ChartCard
      title={t("serviceStations.board.coverageTitle")}
      subtitle={t("serviceStations.board.coverageSubtitle")}
      loading={loading}
      empty={!stats?.coverage.length}
      height={320}
    >
      <Box
        component="ul"
        data-testid="station-coverage"
        sx={{
          listStyle: "none",
          m: 0,
          p: 0,
          display: "grid",
          gridTemplateColumns: { xs: "minmax(0, 1fr)", sm: "repeat(2, minmax(0, 1fr))", lg: "repeat(3, minmax(0, 1fr))" },
          gap: 1,
        }}
      >
        {(stats?.coverage ?? []).map((c) => (
          <Box
            component="li"
            key={c.townId}
            data-town={c.name}
            data-covered={c.count > 0 ? "yes" : "no"}
            sx={{
              display: "flex",
              alignItems: "center",
              gap: 1,
              p: 1,
              borderRadius: 1,
              border: "1px solid",
              borderColor: c.count ? "divider" : "error.light",
              bgcolor: c.count ? "transparent" : "error.50",
            }}
          >
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {en ? c.nameEn : c.name}
              </Typography>
              <Typography
                variant="caption"
                color="text.secondary"
                title={c.stations.join("、") || undefined}
                sx={{ display: "block", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}
              >
                {c.stations.join("、") || t("serviceStations.board.noneYet")}
              </Typography>
            </Box>
            {c.count ? (
              <Chip size="small" color="success" variant="outlined" label={t("serviceStations.board.stations", { count: c.count })} />
            ) : (
              <Chip size="small" color="error" label={t("serviceStations.board.flag")} />
            )}
          </Box>
        ))}
      </Box>
    </ChartCard>
  );
}

/** Home page section of the board: the widget, then the towns without a station. */
export function ServiceStationsHomeSection() {
  const t = useTranslate();
  return (
    <CarrierHomeSection resource={R} query={useServiceStationsStats()}>
      {(stats, loading) => (
        <>
          <ServiceStationsWidget stats={stats} loading={loading} />
          {stats && stats.coverage.some((c) => c.count === 0) && (
            <Box sx={{ mt: 1, display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center" }}>
              <Typography variant="body2" color="error.main">
                {t("serviceStations.board.flagList")}
              </Typography>
              {stats.coverage
                .filter((c) => c.count === 0)
                .map((c) => (
                  <Chip key={c.townId} size="small" color="error" variant="outlined" label={c.name} />
                ))}
            </Box>
          )}
        </>
      )}
    </CarrierHomeSection>
  );
}

/** The feature's own page on the board: the widget, coverage by town unit, stations by town. */
export function ServiceStationsBoardPage() {
  return (
    <CarrierBoardPage resource={R} query={useServiceStationsStats()}>
      {(stats, loading) => (
        <>
          <ServiceStationsWidget stats={stats} loading={loading} />
          <StationCoverage stats={stats} loading={loading} />
          <CarrierByTownChart resource={R} rows={stats?.byTown} loading={loading} height={320} />
        </>
      )}
    </CarrierBoardPage>
  );
}
