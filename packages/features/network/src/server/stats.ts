import { NodeKind, NodeStatus, RecognitionLevel } from "@qifu/domain";
import { figuresScope, operatingStationsByTown } from "@qifu/carrier-kit/server";
import { defineMetric, type TContext, type TWhere } from "@qifu/trpc-core";
import { LINKED_PLATFORMS_METRIC, type TNetworkStats } from "../schemas";
import { DISTRICT_ROW } from "../stats-view";

/** "Linked platforms" (累计链接服务平台): active nodes linked to the network on or before the end of the year. */
export function linkedPlatformsWhere(year: number): TWhere {
  return { status: "ACTIVE", linkedAt: { not: null, lt: new Date(Date.UTC(year + 1, 0, 1)) } };
}

export const linkedPlatformsMetric = defineMetric({
  key: LINKED_PLATFORMS_METRIC,
  boardOrder: 20,
  label: { zh: "累计链接服务平台", en: "Linked service platforms" },
  unit: { zh: "个", en: "platforms" },
  compute: (ctx, { year, townId }) => ctx.db.node.count({ where: { AND: [linkedPlatformsWhere(year), townId ? { townId } : {}] } }),
});

/** The district's linked-platform target for the nearest target year at or after `year`. */
export async function linkedTarget(ctx: TContext, year: number) {
  const t = await ctx.db.target.findFirst({
    where: { scopeKey: "DISTRICT", metricKey: LINKED_PLATFORMS_METRIC, year: { gte: year } },
    orderBy: { year: "asc" },
  });
  return t ? { year: t.year, value: t.value } : null;
}

/** Counts by kind, town, status and level within a scope: one grouped query per dimension. */
export async function networkStats(ctx: TContext, scope: TWhere, year: number): Promise<TNetworkStats> {
  const db = ctx.db;
  const role = ctx.user?.role;
  const [
    scopeLabels,
    total,
    active,
    linked,
    districtLinked,
    byKind,
    byTownAll,
    byTownActive,
    byTownStations,
    byStatus,
    byLevel,
    towns,
    linkedDates,
    target,
  ] = await Promise.all([
    // commissioners, handlers and evaluators see the public network: active nodes only
    figuresScope(ctx, { activeOnly: role !== "DISTRICT_ADMIN" && role !== "TOWN_ADMIN" && role !== "NODE_OPERATOR" }),
    db.node.count({ where: scope }),
    db.node.count({ where: { AND: [scope, { status: "ACTIVE" }] } }),
    db.node.count({ where: { AND: [scope, linkedPlatformsWhere(year)] } }),
    db.node.count({ where: linkedPlatformsWhere(year) }),
    db.node.groupBy({ by: ["kind"], where: scope, _count: { _all: true } }),
    db.node.groupBy({ by: ["townId"], where: scope, _count: { _all: true } }),
    db.node.groupBy({ by: ["townId"], where: { AND: [scope, { status: "ACTIVE" }] }, _count: { _all: true } }),
    // stations: the one metric of operating stations (the same count as the station pages)
    operatingStationsByTown(ctx, year),
    db.node.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    db.node.groupBy({ by: ["recognitionLevel"], where: scope, _count: { _all: true } }),
    db.town.findMany({ orderBy: { sortOrder: "asc" } }),
    db.node.findMany({ where: { AND: [scope, { status: "ACTIVE", linkedAt: { not: null } }] }, select: { linkedAt: true } }),
    linkedTarget(ctx, year),
  ]);
  const countOf = <K extends string>(rows: (Record<K, string | null> & { _count: { _all: number } })[], key: K, value: string | null) =>
    rows.find((r) => r[key] === value)?._count._all ?? 0;
  const townIdsInScope = new Set(byTownAll.map((r) => r.townId));
  const scopedTowns = ctx.user?.role === "TOWN_ADMIN" ? towns.filter((t) => t.id === ctx.user!.townId) : towns;

  const years = new Map<number, number>();
  for (const { linkedAt } of linkedDates) {
    const y = linkedAt!.getUTCFullYear();
    years.set(y, (years.get(y) ?? 0) + 1);
  }
  let running = 0;
  const linkedByYear = [...years.entries()].sort((a, b) => a[0] - b[0]).map(([y, n]) => ({ year: y, count: (running += n) }));

  return {
    scope: scopeLabels,
    totalNodes: total,
    activeNodes: active,
    linkedPlatforms: linked,
    linkedTarget: target,
    districtLinkedPlatforms: districtLinked,
    byKind: NodeKind.values.map((k) => ({
      key: k,
      label: NodeKind.labels[k].zh,
      labelEn: NodeKind.labels[k].en,
      count: countOf(byKind, "kind", k),
    })),
    byTown: [
      ...scopedTowns.map((t) => ({
        key: t.id,
        label: t.name,
        labelEn: t.nameEn || t.code,
        count: countOf(byTownAll, "townId", t.id),
        active: countOf(byTownActive, "townId", t.id),
        stations: byTownStations.byTown.get(t.id)?.length ?? 0,
      })),
      ...(townIdsInScope.has(null)
        ? [
            {
              key: DISTRICT_ROW,
              label: "区直属",
              labelEn: "District level",
              count: countOf(byTownAll, "townId", null),
              active: countOf(byTownActive, "townId", null),
              stations: 0,
            },
          ]
        : []),
    ],
    byStatus: NodeStatus.values.map((k) => ({
      key: k,
      label: NodeStatus.labels[k].zh,
      labelEn: NodeStatus.labels[k].en,
      count: countOf(byStatus, "status", k),
    })),
    byLevel: RecognitionLevel.values.map((k) => ({
      key: k,
      label: RecognitionLevel.labels[k].zh,
      labelEn: RecognitionLevel.labels[k].en,
      count: countOf(byLevel, "recognitionLevel", k),
    })),
    linkedByYear,
  };
}
