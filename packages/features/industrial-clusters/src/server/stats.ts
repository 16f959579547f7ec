import { carrierStatsScope, districtProgress, registerMetric, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import { INDUSTRIAL_CLUSTERS_COUNT_METRIC, KeyChain, TARGET_YEARS, type TIndustrialClustersStats } from "../schemas";
import { coverageOf, linksOf } from "./resources";

/** Clusters being cultivated (active) whose cultivation started on or before the end of `year`. */
export function activeIndustrialClustersWhere(year: number): TWhere {
  return { status: "ACTIVE", OR: [{ establishedOn: null }, { establishedOn: { lt: new Date(Date.UTC(year + 1, 0, 1)) } }] };
}

export const industrialClustersCountMetric = registerMetric({
  key: INDUSTRIAL_CLUSTERS_COUNT_METRIC,
  label: { zh: "累计培育中小企业特色产业集群", en: "SME characteristic industrial clusters" },
  unit: { zh: "个", en: "clusters" },
  compute: (ctx, { year, townId }) => ctx.db.industrialCluster.count({ where: { AND: [activeIndustrialClustersWhere(year), townId ? { townId } : {}] } }),
});

/** The board's figures: a town admin sees its own town, an operator its node's clusters, every other staff role the district. */
export const industrialClusterStatsScope = (user: TSessionUser | null) => carrierStatsScope(user, { ownNode: true });

export async function industrialClustersStats(ctx: TContext): Promise<TIndustrialClustersStats> {
  const scope = industrialClusterStatsScope(ctx.user);
  const db = ctx.db;
  const [total, activeRows, towns, progress] = await Promise.all([
    db.industrialCluster.count({ where: scope }),
    db.industrialCluster.findMany({ where: { AND: [scope, { status: "ACTIVE" }] }, select: { id: true, name: true, chain: true, townId: true, links: true, members: { select: { linkKeys: true } } }, orderBy: [{ establishedOn: "asc" }, { name: "asc" }] }),
    db.town.findMany({ where: "townId" in scope ? { id: scope.townId as string } : {}, orderBy: { sortOrder: "asc" } }),
    districtProgress(ctx, industrialClustersCountMetric, TARGET_YEARS),
  ]);
  const clusters = activeRows.map((c) => {
    const links = coverageOf(linksOf(c.links), c.members);
    return {
      id: c.id, name: c.name, chain: c.chain as never, members: c.members.length, links: links.length, covered: links.filter((l) => !l.gap).length,
      gaps: links.filter((l) => l.gap).map((l) => ({ segment: l.segment, name: l.name })),
    };
  });
  return {
    total,
    active: activeRows.length,
    members: clusters.reduce((s, c) => s + c.members, 0),
    links: clusters.reduce((s, c) => s + c.links, 0),
    coveredLinks: clusters.reduce((s, c) => s + c.covered, 0),
    byTown: towns.map((t) => ({ key: t.id, label: t.name, labelEn: t.nameEn || t.code, count: activeRows.filter((r) => r.townId === t.id).length })),
    byChain: KeyChain.values.map((k) => ({ key: k, label: KeyChain.labels[k].zh, labelEn: KeyChain.labels[k].en, count: activeRows.filter((r) => r.chain === k).length })),
    clusters,
    progress,
  };
}
