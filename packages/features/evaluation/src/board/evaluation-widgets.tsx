import { CarrierBoardPage, CarrierCountWidget, CarrierByTownChart, CarrierHomeSection, useCarrierStats } from "@qifu/carrier-kit/board";
import type { TEvaluationStats } from "../schemas";

const R = "evaluation";

/** `evaluation.stats` through the board's data provider. */
export const useEvaluationStats = () => useCarrierStats<TEvaluationStats>(R);

/** The widget: how many are active, and progress towards each year's target. */
export function EvaluationWidget({ stats, loading }: { stats: TEvaluationStats | undefined; loading: boolean }) {
  return <CarrierCountWidget resource={R} stats={stats} loading={loading} />;
}

/** Home page section of the board. */
export function EvaluationHomeSection() {
  return (
    <CarrierHomeSection resource={R} query={useEvaluationStats()}>
      {(stats, loading) => <EvaluationWidget stats={stats} loading={loading} />}
    </CarrierHomeSection>
  );
}

/** The feature's own page on the board. */
export function EvaluationBoardPage() {
  return (
    <CarrierBoardPage resource={R} query={useEvaluationStats()}>
      {(stats, loading) => (
        <>
          <EvaluationWidget stats={stats} loading={loading} />
          <CarrierByTownChart resource={R} rows={stats?.byTown} loading={loading} height={320} />
        </>
      )}
    </CarrierBoardPage>
  );
}
