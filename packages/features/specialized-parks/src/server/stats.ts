import { CultivationTier } from "@qifu/domain";
import { carrierStatsScope, districtProgress, registerMetric, type TContext, type TWhere } from "@qifu/trpc-core";
import { PUBLIC_PARK_STATUSES, SPECIALIZED_PARKS_COUNT_METRIC, SpecializedParkStatus, TARGET_YEARS, type TSpecializedParksStats } from "../schemas";

/** Parks operating by the end of `year` (no opening date: counted from the start). */
export function operatingParksWhere(year: number): TWhere {
  return { status: "OPERATING", OR: [{ openedOn: null }, { openedOn: { lt: new Date(Date.UTC(year + 1, 0, 1)) } }] };
}

export const specializedParksCountMetric = registerMetric({
  key: SPECIALIZED_PARKS_COUNT_METRIC,
  label: { zh: "专精特新产业园（运营中）", en: "Specialized parks operating" },
  unit: { zh: "个", en: "" },
  compute: (ctx, { year, townId }) => ctx.db.specializedPark.count({ where: { AND: [operatingParksWhere(year), townId ? { townId } : {}] } }),
});

export async function specializedParksStats(ctx: TContext): Promise<TSpecializedParksStats> {
  const scope = carrierStatsScope(ctx.user);
  const db = ctx.db;
  const [total, active, byTown, byStatus, towns, area, residents, progress] = await Promise.all([
    db.specializedPark.count({ where: scope }),
    db.specializedPark.count({ where: { AND: [scope, { status: "OPERATING" }] } }),
    db.specializedPark.groupBy({ by: ["townId"], where: { AND: [scope, { status: "OPERATING" }] }, _count: { _all: true } }),
    db.specializedPark.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    db.town.findMany({ where: "townId" in scope ? { id: scope.townId as string } : {}, orderBy: { sortOrder: "asc" } }),
    db.specializedPark.aggregate({ where: { AND: [scope, { status: { in: PUBLIC_PARK_STATUSES } }] }, _sum: { floorAreaSqm: true } }),
    db.specializedParkResident.findMany({ where: { park: { AND: [scope, { status: { in: PUBLIC_PARK_STATUSES } }] } }, select: { enterprise: { select: { tier: true } } } }),
    districtProgress(ctx, specializedParksCountMetric, TARGET_YEARS),
  ]);
  return {
    total,
    active,
    byTown: towns.map((t) => ({ key: t.id, label: t.name, labelEn: t.nameEn || t.code, count: byTown.find((r) => r.townId === t.id)?._count._all ?? 0 })),
    byStatus: SpecializedParkStatus.values.map((k) => ({ key: k, label: SpecializedParkStatus.labels[k].zh, labelEn: SpecializedParkStatus.labels[k].en, count: byStatus.find((r) => r.status === k)?._count._all ?? 0 })),
    residentsByTier: CultivationTier.values.map((k) => ({ key: k, label: CultivationTier.labels[k].zh, labelEn: CultivationTier.labels[k].en, count: residents.filter((r) => r.enterprise.tier === k).length })),
    floorAreaSqm: area._sum.floorAreaSqm ?? 0,
    progress,
  };
}
