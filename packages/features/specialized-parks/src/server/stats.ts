import { CultivationTier } from "@qifu/domain";
import { activeByYearWhere, countsByEnum, countsByTown, groupCount, townsOfScope, type TCarrierStatsKit } from "@qifu/carrier-kit/server";
import { defineMetric, type TContext, type TWhere } from "@qifu/trpc-core";
import { PUBLIC_PARK_STATUSES, SPECIALIZED_PARKS_COUNT_METRIC, SpecializedParkStatus, type TSpecializedParksStats } from "../schemas";

/** Parks operating by the end of `year` (no opening date: counted from the start). */
export function operatingParksWhere(year: number): TWhere {
  return activeByYearWhere(year, "OPERATING", "openedOn");
}

export const specializedParksCountMetric = defineMetric({
  key: SPECIALIZED_PARKS_COUNT_METRIC,
  boardOrder: 70,
  label: { zh: "专精特新产业园（运营中）", en: "Specialized parks operating" },
  unit: { zh: "个", en: "" },
  compute: (ctx, { year, townId }) =>
    ctx.db.specializedPark.count({ where: { AND: [operatingParksWhere(year), townId ? { townId } : {}] } }),
});

export async function specializedParksStats(ctx: TContext, kit: TCarrierStatsKit): Promise<TSpecializedParksStats> {
  const scope = kit.scope;
  const db = ctx.db;
  const [total, active, byTown, byStatus, towns, area, residents, progress] = await Promise.all([
    db.specializedPark.count({ where: scope }),
    db.specializedPark.count({ where: { AND: [scope, { status: "OPERATING" }] } }),
    db.specializedPark.groupBy({ by: ["townId"], where: { AND: [scope, { status: "OPERATING" }] }, _count: { _all: true } }),
    db.specializedPark.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    townsOfScope(ctx, scope),
    db.specializedPark.aggregate({ where: { AND: [scope, { status: { in: PUBLIC_PARK_STATUSES } }] }, _sum: { floorAreaSqm: true } }),
    db.specializedParkResident.findMany({
      where: { park: { AND: [scope, { status: { in: PUBLIC_PARK_STATUSES } }] } },
      select: { enterprise: { select: { tier: true } } },
    }),
    kit.progress(),
  ]);
  return {
    total,
    active,
    byTown: countsByTown(towns, groupCount(byTown, "townId")),
    byStatus: countsByEnum(SpecializedParkStatus, groupCount(byStatus, "status")),
    residentsByTier: countsByEnum(CultivationTier, (k) => residents.filter((r) => r.enterprise.tier === k).length),
    floorAreaSqm: area._sum.floorAreaSqm ?? 0,
    progress,
  };
}
