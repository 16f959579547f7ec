import { activeByYearWhere, countsByEnum, countsByTown, groupCount, townsOfScope, type TCarrierStatsKit } from "@qifu/carrier-kit/server";
import { defineMetric, type TContext } from "@qifu/trpc-core";
import { EVALUATION_COUNT_METRIC, EvaluationSchemeStatus, type TEvaluationStats } from "../schemas";

export const evaluationCountMetric = defineMetric({
  key: EVALUATION_COUNT_METRIC,
  label: { zh: "评价考核数量", en: "Evaluation schemes" },
  unit: { zh: "个", en: "" },
  // active ones opened on or before the end of `year` (no opening date: counted from the start)
  compute: (ctx, { year, townId }) =>
    ctx.db.evaluationScheme.count({ where: { AND: [activeByYearWhere(year, "ACTIVE", "openedOn"), townId ? { townId } : {}] } }),
});

/** The board's figures inside the caller's scope (`kit.scope`), with the district's target progress. */
export async function evaluationStats(ctx: TContext, kit: TCarrierStatsKit): Promise<TEvaluationStats> {
  const { scope } = kit;
  const db = ctx.db;
  const [total, active, byTown, byStatus, towns, progress] = await Promise.all([
    db.evaluationScheme.count({ where: scope }),
    db.evaluationScheme.count({ where: { AND: [scope, { status: "ACTIVE" }] } }),
    db.evaluationScheme.groupBy({ by: ["townId"], where: { AND: [scope, { status: "ACTIVE" }] }, _count: { _all: true } }),
    db.evaluationScheme.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    townsOfScope(ctx, scope),
    kit.progress(),
  ]);
  return {
    total,
    active,
    byTown: countsByTown(towns, groupCount(byTown, "townId")),
    byStatus: countsByEnum(EvaluationSchemeStatus, groupCount(byStatus, "status")),
    progress,
  };
}
