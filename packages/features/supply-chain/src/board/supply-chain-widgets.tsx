import { CarrierBoardPage, CarrierCountWidget, CarrierByTownChart, CarrierHomeSection, useCarrierStats } from "@qifu/carrier-kit/board";
import { featureBoardRpc } from "@qifu/ui/board";
import type { TSupplyChainStats } from "../schemas";
// type-only: erased at build (.dependency-cruiser.cjs allows a feature naming its own ./server types)
import type { supplyChainRouters } from "../server";

const R = "supplyChain";
const { api } = featureBoardRpc<typeof supplyChainRouters>();

/** `supplyChain.stats` through the board's data provider, typed from this feature's routers. */
export const useSupplyChainStats = () => useCarrierStats(api.supplyChain.stats);

/** The widget: how many are active, and progress towards each year's target. */
export function SupplyChainWidget({ stats, loading }: { stats: TSupplyChainStats | undefined; loading: boolean }) {
  return <CarrierCountWidget resource={R} stats={stats} loading={loading} />;
}

/** Home page section of the board. */
export function SupplyChainHomeSection() {
  return (
    <CarrierHomeSection resource={R} query={useSupplyChainStats()}>
      {(stats, loading) => <SupplyChainWidget stats={stats} loading={loading} />}
    </CarrierHomeSection>
  );
}

/** The feature's own page on the board. */
export function SupplyChainBoardPage() {
  return (
    <CarrierBoardPage resource={R} query={useSupplyChainStats()}>
      {(stats, loading) => (
        <>
          <SupplyChainWidget stats={stats} loading={loading} />
          <CarrierByTownChart resource={R} rows={stats?.byTown} loading={loading} height={320} />
        </>
      )}
    </CarrierBoardPage>
  );
}
