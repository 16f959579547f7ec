import { carrierStatsScope, figuresScope, districtProgress, operatingStationsByTown, operatingStationsWhere, registerMetric, type TContext, type TWhere } from "@qifu/trpc-core";
import {
  SERVICE_STATIONS_COUNT_METRIC, SERVICE_STATIONS_COVERAGE_METRIC, ServiceStationStatus, StationOperatorKind, TARGET_YEARS, type TServiceStationsStats,
} from "../schemas";

/** Operating stations at the end of `year`: the one metric (trpc-core's operatingStationsWhere). */
export const activeServiceStationsWhere = operatingStationsWhere;

export const serviceStationsCountMetric = registerMetric({
  key: SERVICE_STATIONS_COUNT_METRIC,
  label: { zh: "中小企业服务站数量", en: "SME service stations" },
  unit: { zh: "个", en: "" },
  compute: async (ctx, { year, townId }) => (await operatingStationsByTown(ctx, year, townId)).operating,
});

/** Town units with at least one operating station at the end of `year` (for one town: 1 or 0). */
export const serviceStationsCoverageMetric = registerMetric({
  key: SERVICE_STATIONS_COVERAGE_METRIC,
  label: { zh: "有服务站的镇街", en: "Town units with a station" },
  unit: { zh: "个镇街", en: "towns" },
  compute: async (ctx, { year, townId }) => (await operatingStationsByTown(ctx, year, townId)).townsCovered,
});

/** A station's scope on the board, on the station's node (a town admin: its town). */
function boardScope(ctx: TContext): TWhere {
  const scope = carrierStatsScope(ctx.user);
  return "townId" in scope ? { node: { townId: scope.townId } } : scope;
}

export async function serviceStationsStats(ctx: TContext): Promise<TServiceStationsStats> {
  const scope = boardScope(ctx);
  const townId = ctx.user?.role === "TOWN_ADMIN" ? ctx.user.townId : null;
  const year = ctx.now().getUTCFullYear();
  const db = ctx.db;
  const [scopeLabels, total, statuses, byKind, towns, operating, progress, coverageProgress] = await Promise.all([
    figuresScope(ctx),
    db.serviceStation.count({ where: scope }),
    db.serviceStation.findMany({ where: scope, select: { node: { select: { status: true } } } }),
    db.serviceStation.groupBy({ by: ["operatorKind"], where: { AND: [scope, operatingStationsWhere(year)] }, _count: { _all: true } }),
    db.town.findMany({ where: townId ? { id: townId } : {}, orderBy: { sortOrder: "asc" } }),
    operatingStationsByTown(ctx, year, townId),
    districtProgress(ctx, serviceStationsCountMetric, TARGET_YEARS),
    districtProgress(ctx, serviceStationsCoverageMetric, TARGET_YEARS),
  ]);
  const coverage = towns.map((t) => {
    const stations = operating.byTown.get(t.id) ?? [];
    return { townId: t.id, name: t.name, nameEn: t.nameEn || t.code, count: stations.length, stations };
  });
  return {
    scope: scopeLabels,
    total,
    active: operating.operating,
    townsCovered: operating.townsCovered,
    byTown: coverage.map((c) => ({ key: c.townId, label: c.name, labelEn: c.nameEn, count: c.count })),
    byStatus: ServiceStationStatus.values.map((k) => ({ key: k, label: ServiceStationStatus.labels[k].zh, labelEn: ServiceStationStatus.labels[k].en, count: statuses.filter((r) => r.node.status === k).length })),
    byOperatorKind: StationOperatorKind.values.map((k) => ({ key: k, label: StationOperatorKind.labels[k].zh, labelEn: StationOperatorKind.labels[k].en, count: byKind.find((r) => r.operatorKind === k)?._count._all ?? 0 })),
    progress,
    coverageProgress,
    coverage,
  };
}
