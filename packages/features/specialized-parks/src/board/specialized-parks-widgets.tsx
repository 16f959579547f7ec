import { useTranslate } from "@refinedev/core";
import {
  CarrierBoardPage,
  CarrierCountWidget,
  CarrierByTownChart,
  CarrierCountsChart,
  CarrierHomeSection,
  useCarrierStats,
} from "@qifu/carrier-kit/board";
import { featureBoardRpc } from "@qifu/ui/board";
import type { TSpecializedParksStats } from "../schemas";
// type-only: erased at build (.dependency-cruiser.cjs allows a feature naming its own ./server types)
import type { specializedParksRouters } from "../server";

const R = "specializedParks";
const { api } = featureBoardRpc<typeof specializedParksRouters>();

/** `specializedParks.stats` through the board's data provider, typed from this feature's routers. */
export const useSpecializedParksStats = () => useCarrierStats(api.specializedParks.stats);

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
