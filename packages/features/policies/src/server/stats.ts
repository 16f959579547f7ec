import { activeByYearWhere, countsByEnum, countsByTown, groupCount, townsOfScope, type TCarrierStatsKit } from "@qifu/carrier-kit/server";
import { defineMetric, type TContext } from "@qifu/trpc-core";
import { POLICIES_COUNT_METRIC, PolicyStatus, type TPoliciesStats } from "../schemas";

export const policiesCountMetric = defineMetric({
  key: POLICIES_COUNT_METRIC,
  label: { zh: "政策直享数量", en: "Policys" },
  unit: { zh: "个", en: "" },
  // active ones opened on or before the end of `year` (no opening date: counted from the start)
  compute: (ctx, { year, townId }) =>
    ctx.db.policy.count({ where: { AND: [activeByYearWhere(year, "ACTIVE", "openedOn"), townId ? { townId } : {}] } }),
});

/** The board's figures inside the caller's scope (`kit.scope`), with the district's target progress. */
export async function policiesStats(ctx: TContext, kit: TCarrierStatsKit): Promise<TPoliciesStats> {
  const { scope } = kit;
  const db = ctx.db;
  const [total, active, byTown, byStatus, towns, progress] = await Promise.all([
    db.policy.count({ where: scope }),
    db.policy.count({ where: { AND: [scope, { status: "ACTIVE" }] } }),
    db.policy.groupBy({ by: ["townId"], where: { AND: [scope, { status: "ACTIVE" }] }, _count: { _all: true } }),
    db.policy.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    townsOfScope(ctx, scope),
    kit.progress(),
  ]);
  return {
    total,
    active,
    byTown: countsByTown(towns, groupCount(byTown, "townId")),
    byStatus: countsByEnum(PolicyStatus, groupCount(byStatus, "status")),
    progress,
  };
}
