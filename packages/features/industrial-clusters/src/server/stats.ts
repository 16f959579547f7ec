import { activeByYearWhere, countsByEnum, countsByTown, townsOfScope, type TCarrierStatsKit } from "@qifu/carrier-kit/server";
import { defineMetric, type TContext, type TWhere } from "@qifu/trpc-core";
import { INDUSTRIAL_CLUSTERS_COUNT_METRIC, KeyChain, type TIndustrialClustersStats } from "../schemas";
import { coverageOf, linksOf, LOCAL_DEALS } from "./resources";

/** Clusters being cultivated (active) whose cultivation started on or before the end of `year`. */
export function activeIndustrialClustersWhere(year: number): TWhere {
  return activeByYearWhere(year, "ACTIVE", "establishedOn");
}

export const industrialClustersCountMetric = defineMetric({
  key: INDUSTRIAL_CLUSTERS_COUNT_METRIC,
  boardOrder: 80,
  label: { zh: "累计培育中小企业特色产业集群", en: "SME characteristic industrial clusters" },
  unit: { zh: "个", en: "clusters" },
  compute: (ctx, { year, townId }) =>
    ctx.db.industrialCluster.count({ where: { AND: [activeIndustrialClustersWhere(year), townId ? { townId } : {}] } }),
});

/** The board's figures: a town admin sees its own town, an operator its node's clusters (`ownNodeStats`), every other staff role the district. */
export async function industrialClustersStats(ctx: TContext, kit: TCarrierStatsKit): Promise<TIndustrialClustersStats> {
  const scope = kit.scope;
  const db = ctx.db;
  const [total, activeRows, towns, progress] = await Promise.all([
    db.industrialCluster.count({ where: scope }),
    db.industrialCluster.findMany({
      where: { AND: [scope, { status: "ACTIVE" }] },
      select: {
        id: true,
        name: true,
        chain: true,
        townId: true,
        links: true,
        members: { select: { linkKeys: true } },
        supplyChainDeals: LOCAL_DEALS,
      },
      orderBy: [{ establishedOn: "asc" }, { name: "asc" }],
    }),
    townsOfScope(ctx, scope),
    kit.progress(),
  ]);
  const clusters = activeRows.map((c) => {
    const links = coverageOf(linksOf(c.links), c.members, c.supplyChainDeals);
    return {
      id: c.id,
      name: c.name,
      chain: c.chain as never,
      members: c.members.length,
      links: links.length,
      covered: links.filter((l) => !l.gap).length,
      gaps: links.filter((l) => l.gap).map((l) => ({ segment: l.segment, name: l.name })),
    };
  });
  return {
    total,
    active: activeRows.length,
    members: clusters.reduce((s, c) => s + c.members, 0),
    links: clusters.reduce((s, c) => s + c.links, 0),
    coveredLinks: clusters.reduce((s, c) => s + c.covered, 0),
    byTown: countsByTown(towns, (id) => activeRows.filter((r) => r.townId === id).length),
    byChain: countsByEnum(KeyChain, (k) => activeRows.filter((r) => r.chain === k).length),
    clusters,
    progress,
  };
}
