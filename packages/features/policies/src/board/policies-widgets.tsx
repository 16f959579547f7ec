import { CarrierBoardPage, CarrierCountWidget, CarrierByTownChart, CarrierHomeSection, useCarrierStats } from "@qifu/carrier-kit/board";
import { featureBoardRpc } from "@qifu/ui/board";
import type { TPoliciesStats } from "../schemas";
// type-only: erased at build (.dependency-cruiser.cjs allows a feature naming its own ./server types)
import type { policiesRouters } from "../server";

const R = "policies";
const { api } = featureBoardRpc<typeof policiesRouters>();

/** `policies.stats` through the board's data provider, typed from this feature's routers. */
export const usePoliciesStats = () => useCarrierStats(api.policies.stats);

/** The widget: how many are active, and progress towards each year's target. */
export function PoliciesWidget({ stats, loading }: { stats: TPoliciesStats | undefined; loading: boolean }) {
  return <CarrierCountWidget resource={R} stats={stats} loading={loading} />;
}

/** Home page section of the board. */
export function PoliciesHomeSection() {
  return (
    <CarrierHomeSection resource={R} query={usePoliciesStats()}>
      {(stats, loading) => <PoliciesWidget stats={stats} loading={loading} />}
    </CarrierHomeSection>
  );
}

/** The feature's own page on the board. */
export function PoliciesBoardPage() {
  return (
    <CarrierBoardPage resource={R} query={usePoliciesStats()}>
      {(stats, loading) => (
        <>
          <PoliciesWidget stats={stats} loading={loading} />
          <CarrierByTownChart resource={R} rows={stats?.byTown} loading={loading} height={320} />
        </>
      )}
    </CarrierBoardPage>
  );
}
