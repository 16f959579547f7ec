import { CarrierBoardPage, CarrierCountWidget, CarrierByTownChart, CarrierHomeSection, useCarrierStats } from "@qifu/carrier-kit/board";
import type { TExpertsStats } from "../schemas";

const R = "experts";

/** `experts.stats` through the board's data provider. */
export const useExpertsStats = () => useCarrierStats<TExpertsStats>(R);

/** The widget: how many are active, and progress towards each year's target. */
export function ExpertsWidget({ stats, loading }: { stats: TExpertsStats | undefined; loading: boolean }) {
  return <CarrierCountWidget resource={R} stats={stats} loading={loading} />;
}

/** Home page section of the board. */
export function ExpertsHomeSection() {
  return (
    <CarrierHomeSection resource={R} query={useExpertsStats()}>
      {(stats, loading) => <ExpertsWidget stats={stats} loading={loading} />}
    </CarrierHomeSection>
  );
}

/** The feature's own page on the board. */
export function ExpertsBoardPage() {
  return (
    <CarrierBoardPage resource={R} query={useExpertsStats()}>
      {(stats, loading) => (
        <>
          <ExpertsWidget stats={stats} loading={loading} />
          <CarrierByTownChart resource={R} rows={stats?.byTown} loading={loading} height={320} />
        </>
      )}
    </CarrierBoardPage>
  );
}
