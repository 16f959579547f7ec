import { activeByYearWhere, countsByEnum, countsByTown, groupCount, townsOfScope, type TCarrierStatsKit } from "@qifu/carrier-kit/server";
import { defineMetric, type TContext } from "@qifu/trpc-core";
import { EXPERTS_COUNT_METRIC, ExpertStatus, type TExpertsStats } from "../schemas";

export const expertsCountMetric = defineMetric({
  key: EXPERTS_COUNT_METRIC,
  label: { zh: "专家库数量", en: "Experts" },
  unit: { zh: "个", en: "" },
  // active ones opened on or before the end of `year` (no opening date: counted from the start)
  compute: (ctx, { year, townId }) =>
    ctx.db.expert.count({ where: { AND: [activeByYearWhere(year, "ACTIVE", "openedOn"), townId ? { townId } : {}] } }),
});

/** The board's figures inside the caller's scope (`kit.scope`), with the district's target progress. */
export async function expertsStats(ctx: TContext, kit: TCarrierStatsKit): Promise<TExpertsStats> {
  const { scope } = kit;
  const db = ctx.db;
  const [total, active, byTown, byStatus, towns, progress] = await Promise.all([
    db.expert.count({ where: scope }),
    db.expert.count({ where: { AND: [scope, { status: "ACTIVE" }] } }),
    db.expert.groupBy({ by: ["townId"], where: { AND: [scope, { status: "ACTIVE" }] }, _count: { _all: true } }),
    db.expert.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    townsOfScope(ctx, scope),
    kit.progress(),
  ]);
  return {
    total,
    active,
    byTown: countsByTown(towns, groupCount(byTown, "townId")),
    byStatus: countsByEnum(ExpertStatus, groupCount(byStatus, "status")),
    progress,
  };
}
