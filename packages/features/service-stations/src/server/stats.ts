import { carrierStatsScope, districtProgress, registerMetric, type TContext, type TWhere } from "@qifu/trpc-core";
import {
  SERVICE_STATIONS_COUNT_METRIC, SERVICE_STATIONS_COVERAGE_METRIC, ServiceStationStatus, StationOperatorKind, TARGET_YEARS, type TServiceStationsStats,
} from "../schemas";

/** Active stations opened on or before the end of `year` (no opening date: counted from the start). */
export function activeServiceStationsWhere(year: number): TWhere {
  return { status: "ACTIVE", OR: [{ openedOn: null }, { openedOn: { lt: new Date(Date.UTC(year + 1, 0, 1)) } }] };
}

export const serviceStationsCountMetric = registerMetric({
  key: SERVICE_STATIONS_COUNT_METRIC,
  label: { zh: "中小企业服务站数量", en: "SME service stations" },
  unit: { zh: "个", en: "" },
  compute: (ctx, { year, townId }) => ctx.db.serviceStation.count({ where: { AND: [activeServiceStationsWhere(year), townId ? { townId } : {}] } }),
});

/** Town units with at least one active station at the end of `year` (for one town: 1 or 0). */
export const serviceStationsCoverageMetric = registerMetric({
  key: SERVICE_STATIONS_COVERAGE_METRIC,
  label: { zh: "有服务站的镇街", en: "Town units with a station" },
  unit: { zh: "个镇街", en: "towns" },
  compute: async (ctx, { year, townId }) =>
    (await ctx.db.serviceStation.groupBy({ by: ["townId"], where: { AND: [activeServiceStationsWhere(year), townId ? { townId } : {}] } })).length,
});

export async function serviceStationsStats(ctx: TContext): Promise<TServiceStationsStats> {
  const scope = carrierStatsScope(ctx.user);
  const db = ctx.db;
  const [total, active, byStatus, byKind, towns, activeRows, progress, coverageProgress] = await Promise.all([
    db.serviceStation.count({ where: scope }),
    db.serviceStation.count({ where: { AND: [scope, { status: "ACTIVE" }] } }),
    db.serviceStation.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    db.serviceStation.groupBy({ by: ["operatorKind"], where: { AND: [scope, { status: "ACTIVE" }] }, _count: { _all: true } }),
    db.town.findMany({ where: "townId" in scope ? { id: scope.townId as string } : {}, orderBy: { sortOrder: "asc" } }),
    db.serviceStation.findMany({ where: { AND: [scope, { status: "ACTIVE" }] }, select: { townId: true, name: true }, orderBy: { name: "asc" } }),
    districtProgress(ctx, serviceStationsCountMetric, TARGET_YEARS),
    districtProgress(ctx, serviceStationsCoverageMetric, TARGET_YEARS),
  ]);
  const coverage = towns.map((t) => {
    const stations = activeRows.filter((r) => r.townId === t.id).map((r) => r.name);
    return { townId: t.id, name: t.name, nameEn: t.nameEn || t.code, count: stations.length, stations };
  });
  return {
    total,
    active,
    byTown: coverage.map((c) => ({ key: c.townId, label: c.name, labelEn: c.nameEn, count: c.count })),
    byStatus: ServiceStationStatus.values.map((k) => ({ key: k, label: ServiceStationStatus.labels[k].zh, labelEn: ServiceStationStatus.labels[k].en, count: byStatus.find((r) => r.status === k)?._count._all ?? 0 })),
    byOperatorKind: StationOperatorKind.values.map((k) => ({ key: k, label: StationOperatorKind.labels[k].zh, labelEn: StationOperatorKind.labels[k].en, count: byKind.find((r) => r.operatorKind === k)?._count._all ?? 0 })),
    progress,
    coverageProgress,
    coverage,
  };
}
