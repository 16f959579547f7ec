import { useTranslate } from "@refinedev/core";
import Grid from "@mui/material/Grid2";
import { BarChart, ChartCard, formatFen, formatPercent, PieChart, StatCard } from "@qifu/ui";
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
import { featureBoardRpc } from "@qifu/ui/board";
import type { TInnovationBasesStats } from "../schemas";
// type-only: erased at build (.dependency-cruiser.cjs allows a feature naming its own ./server types)
import type { innovationBasesRouters } from "../server";

const R = "innovationBases";
const { api } = featureBoardRpc<typeof innovationBasesRouters>();

/** `innovationBases.stats` through the board's data provider, typed from this feature's routers. */
export const useInnovationBasesStats = () => useCarrierStats(api.innovationBases.stats);

/** The widget: counts and figures, and progress towards each year's targets (bases, graduations). */
export function InnovationBasesWidget({ stats, loading }: { stats: TInnovationBasesStats | undefined; loading: boolean }) {
  const t = useTranslate();
  const en = useBoardEnglish();
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 6, md: 3 }}>
        <CarrierActiveTile resource={R} stats={stats} loading={loading} />
      </Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        <StatCard
          label={t("innovationBases.board.occupancy")}
          value={stats ? formatPercent(stats.occupancy) : "—"}
          hint={t("innovationBases.board.inResidence", { n: stats?.inResidence ?? 0 })}
          tone="success"
          loading={loading}
        />
      </Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        <StatCard
          label={t("innovationBases.board.grown")}
          value={stats?.grownAboveSize ?? 0}
          unit={t("innovationBases.board.enterprises")}
          hint={t("innovationBases.board.grownHint")}
          tone="warning"
          loading={loading}
        />
      </Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        <StatCard
          label={t("innovationBases.board.financing")}
          value={stats ? formatFen(stats.financingFen, en ? "en" : "zh") : "—"}
          loading={loading}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <CarrierTargetCard title={t("innovationBases.board.countTargets")}>
          <CarrierTargetRows resource={R} rows={stats?.progress} loading={loading} />
        </CarrierTargetCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <CarrierTargetCard title={t("innovationBases.board.graduationTargets")}>
          <CarrierTargetRows
            resource={R}
            rows={stats?.graduationProgress}
            unit={t("innovationBases.board.enterprises")}
            loading={loading}
          />
        </CarrierTargetCard>
      </Grid>
    </Grid>
  );
}

/** Home page section of the board. */
export function InnovationBasesHomeSection() {
  return (
    <CarrierHomeSection resource={R} query={useInnovationBasesStats()}>
      {(stats, loading) => <InnovationBasesWidget stats={stats} loading={loading} />}
    </CarrierHomeSection>
  );
}

/** The feature's own page on the board: the widget, graduations by year, bases by kind and by town. */
export function InnovationBasesBoardPage() {
  const t = useTranslate();
  const en = useBoardEnglish();
  const label = (r: { label: string; labelEn: string }) => (en ? r.labelEn : r.label);
  return (
    <CarrierBoardPage resource={R} query={useInnovationBasesStats()}>
      {(stats, loading) => (
        <>
          <InnovationBasesWidget stats={stats} loading={loading} />
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 6 }}>
              <ChartCard
                title={t("innovationBases.board.graduationsByYear")}
                loading={loading}
                empty={!stats?.graduationsByYear.length}
                height={300}
              >
                <BarChart
                  categories={(stats?.graduationsByYear ?? []).map((r) => String(r.year))}
                  series={[{ name: t("innovationBases.board.graduations"), data: (stats?.graduationsByYear ?? []).map((r) => r.count) }]}
                />
              </ChartCard>
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <ChartCard
                title={t("innovationBases.board.byKind")}
                loading={loading}
                empty={!stats?.byKind.some((k) => k.count)}
                height={300}
              >
                <PieChart data={(stats?.byKind ?? []).filter((k) => k.count).map((k) => ({ name: label(k), value: k.count }))} />
              </ChartCard>
            </Grid>
          </Grid>
          <CarrierByTownChart resource={R} rows={stats?.byTown} loading={loading} height={360} />
        </>
      )}
    </CarrierBoardPage>
  );
}
