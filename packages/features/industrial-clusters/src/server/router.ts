import { defineCarrier } from "@qifu/carrier-kit/server";
import { router } from "@qifu/trpc-core";
import { TARGET_YEARS, ZIndustrialCluster, ZIndustrialClusterPublicSearch, ZIndustrialClustersStats, ZPublicCluster } from "../schemas";
import { industrialClustersResource } from "./resources";
import { industrialClustersCountMetric, industrialClustersStats } from "./stats";

const ROLE_ORDER = { LEADER: 0, CORE: 1, MEMBER: 2 } as Record<string, number>;

/** 中小企业特色产业集群 as a carrier: the public sees the active clusters, oldest first; a cluster's page shows its chain, the members covering each link, and the gaps. */
export const industrialClustersCarrier = defineCarrier({
  resource: industrialClustersResource,
  public: {
    search: ZIndustrialClusterPublicSearch,
    where: () => ({ status: "ACTIVE" }),
    filters: (input) => (input.chain ? { chain: input.chain } : {}),
    order: [{ establishedOn: "asc" }, { name: "asc" }],
    dto: ZIndustrialCluster,
    description: "Active industrial clusters for the public site",
    getDescription: "One active industrial cluster with its members and chain",
    detail: {
      dto: ZPublicCluster,
      load: async (ctx, row, cluster) => {
        const members = await ctx.db.industrialClusterMember.findMany({
          where: { clusterId: row.id },
          include: { enterprise: { select: { name: true, tier: true } } },
        });
        members.sort(
          (a, b) => (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9) || a.enterprise.name.localeCompare(b.enterprise.name, "zh"),
        );
        return {
          ...cluster,
          members: members.map((m) => ({
            enterpriseId: m.enterpriseId,
            name: m.enterprise.name,
            tier: m.enterprise.tier as never,
            role: m.role as never,
            linkKeys: m.linkKeys,
          })),
        };
      },
    },
  },
  metric: industrialClustersCountMetric,
  targetYears: TARGET_YEARS,
  ownNodeStats: true,
  stats: {
    dto: ZIndustrialClustersStats,
    compute: industrialClustersStats,
    description: "Counts, chain coverage and target progress of industrial clusters",
  },
});

/** Beside the resource contract: the carrier's public pages and the board's figures (members are their own resource). */
export const industrialClustersRouter = router({ ...industrialClustersCarrier.procedures });
