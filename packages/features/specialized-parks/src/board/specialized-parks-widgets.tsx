import { useTranslate } from "@refinedev/core";
import {
  CarrierBoardPage,
  CarrierCountWidget,
  CarrierByTownChart,
  CarrierCountsChart,
  CarrierHomeSection,
  useCarrierStats,
} from "@qifu/carrier-kit/board";
import type { TSpecializedParksStats } from "../schemas";

const R = "specializedParks";

/** `specializedParks.stats` through the board's data provider. */
export const useSpecializedParksStats = () => useCarrierStats<TSpecializedParksStats>(R);

/** The widget: how many are active, and progress towards each year's target. */
export function SpecializedParksWidget({ stats, loading }: { stats: TSpecializedParksStats | undefined; loading: boolean }) {
  return <CarrierCountWidget resource={R} stats={stats} loading={loading} />;
}

/** Home page section of the board. */
export function SpecializedParksHomeSection() {
  return (
    <CarrierHomeSection resource={R} query={useSpecializedParksStats()}>
      {(stats, loading) => <SpecializedParksWidget stats={stats} loading={loading} />}
    </CarrierHomeSection>
  );
}

/** The feature's own page on the board: the widget, residents by tier, parks by town. */
export function SpecializedParksBoardPage() {
  const t = useTranslate();
  return (
    <CarrierBoardPage resource={R} query={useSpecializedParksStats()}>
      {(stats, loading) => (
        <>
          <SpecializedParksWidget stats={stats} loading={loading} />
          <CarrierCountsChart
            title={t("specializedParks.board.byTier")}
            subtitle={t("specializedParks.board.byTierSubtitle")}
            rows={stats?.residentsByTier}
            series={t("specializedParks.board.residents")}
            loading={loading}
            height={260}
            emptyIfAllZero
          />
          <CarrierByTownChart resource={R} rows={stats?.byTown} loading={loading} height={320} />
        </>
      )}
    </CarrierBoardPage>
  );
}
