import {
  countsByEnum,
  countsByTown,
  districtProgress,
  operatingStationsByTown,
  operatingStationsWhere,
  type TCarrierStatsKit,
} from "@qifu/carrier-kit/server";
import { defineMetric, type TContext } from "@qifu/trpc-core";
import {
  SERVICE_STATIONS_COUNT_METRIC,
  SERVICE_STATIONS_COVERAGE_METRIC,
  ServiceStationStatus,
  StationOperatorKind,
  TARGET_YEARS,
  type TServiceStationsStats,
} from "../schemas";

/** Operating stations at the end of `year`: the one metric (the carrier kit's operatingStationsWhere). */
export const activeServiceStationsWhere = operatingStationsWhere;

export const serviceStationsCountMetric = defineMetric({
  key: SERVICE_STATIONS_COUNT_METRIC,
  boardOrder: 40,
  label: { zh: "中小企业服务站数量", en: "SME service stations" },
  unit: { zh: "个", en: "" },
  compute: async (ctx, { year, townId }) => (await operatingStationsByTown(ctx, year, townId)).operating,
});

/** Town units with at least one operating station at the end of `year` (for one town: 1 or 0). */
export const serviceStationsCoverageMetric = defineMetric({
  key: SERVICE_STATIONS_COVERAGE_METRIC,
  label: { zh: "有服务站的镇街", en: "Town units with a station" },
  unit: { zh: "个镇街", en: "towns" },
  compute: async (ctx, { year, townId }) => (await operatingStationsByTown(ctx, year, townId)).townsCovered,
});

/** The board's figures; a station's town is its node's (a town admin: its town). */
export async function serviceStationsStats(ctx: TContext, kit: TCarrierStatsKit): Promise<TServiceStationsStats> {
  const scope = "townId" in kit.scope ? { node: { townId: kit.scope.townId } } : kit.scope;
  const townId = ctx.user?.role === "TOWN_ADMIN" ? ctx.user.townId : null;
  const year = ctx.now().getUTCFullYear();
  const db = ctx.db;
  const [scopeLabels, total, statuses, byKind, towns, operating, progress, coverageProgress] = await Promise.all([
    kit.figuresScope(),
    db.serviceStation.count({ where: scope }),
    db.serviceStation.findMany({ where: scope, select: { node: { select: { status: true } } } }),
    db.serviceStation.groupBy({ by: ["operatorKind"], where: { AND: [scope, operatingStationsWhere(year)] }, _count: { _all: true } }),
    db.town.findMany({ where: townId ? { id: townId } : {}, orderBy: { sortOrder: "asc" } }),
    operatingStationsByTown(ctx, year, townId),
    kit.progress(),
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
    byTown: countsByTown(towns, (id) => operating.byTown.get(id)?.length ?? 0),
    byStatus: countsByEnum(ServiceStationStatus, (k) => statuses.filter((r) => r.node.status === k).length),
    byOperatorKind: countsByEnum(StationOperatorKind, (k) => byKind.find((r) => r.operatorKind === k)?._count._all ?? 0),
    progress,
    coverageProgress,
    coverage,
  };
}
