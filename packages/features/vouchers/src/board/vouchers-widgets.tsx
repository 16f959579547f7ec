import { CarrierBoardPage, CarrierCountWidget, CarrierByTownChart, CarrierHomeSection, useCarrierStats } from "@qifu/carrier-kit/board";
import { featureBoardRpc } from "@qifu/ui/board";
import type { TVouchersStats } from "../schemas";
// type-only: erased at build (.dependency-cruiser.cjs allows a feature naming its own ./server types)
import type { vouchersRouters } from "../server";

const R = "vouchers";
const { api } = featureBoardRpc<typeof vouchersRouters>();

/** `vouchers.stats` through the board's data provider, typed from this feature's routers. */
export const useVouchersStats = () => useCarrierStats(api.vouchers.stats);

/** The widget: how many are active, and progress towards each year's target. */
export function VouchersWidget({ stats, loading }: { stats: TVouchersStats | undefined; loading: boolean }) {
  return <CarrierCountWidget resource={R} stats={stats} loading={loading} />;
}

/** Home page section of the board. */
export function VouchersHomeSection() {
  return (
    <CarrierHomeSection resource={R} query={useVouchersStats()}>
      {(stats, loading) => <VouchersWidget stats={stats} loading={loading} />}
    </CarrierHomeSection>
  );
}

/** The feature's own page on the board. */
export function VouchersBoardPage() {
  return (
    <CarrierBoardPage resource={R} query={useVouchersStats()}>
      {(stats, loading) => (
        <>
          <VouchersWidget stats={stats} loading={loading} />
          <CarrierByTownChart resource={R} rows={stats?.byTown} loading={loading} height={320} />
        </>
      )}
    </CarrierBoardPage>
  );
}
