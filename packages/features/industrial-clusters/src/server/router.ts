import { z } from "zod";
import { AppError, STAFF_ROLES, tsQueryFor } from "@qifu/domain";
import { procedure, router } from "@qifu/trpc-core";
import { ZIndustrialCluster, ZIndustrialClusterPublicSearch, ZIndustrialClustersStats, ZPublicCluster } from "../schemas";
import { INDUSTRIAL_CLUSTER_INCLUDE, INDUSTRIAL_CLUSTER_LABEL, toIndustrialClusterDto } from "./resources";
import { industrialClustersStats } from "./stats";

const ROLE_ORDER = { LEADER: 0, CORE: 1, MEMBER: 2 } as Record<string, number>;

/** Beside the resource contract: the public pages (active clusters only) and the board's figures. */
export const industrialClustersRouter = router({
  publicList: procedure("public", { description: "Active industrial clusters for the public site" })
    .input(ZIndustrialClusterPublicSearch)
    .output(z.object({ data: z.array(ZIndustrialCluster), total: z.number().int() }))
    .query(async ({ ctx, input }) => {
      const tsq = input.q ? tsQueryFor(input.q) : null;
      const ids = tsq
        ? (await ctx.db.$queryRaw<{ id: string }[]>`SELECT id FROM "industrial_cluster" WHERE "searchVector" @@ to_tsquery('simple', ${tsq}) AND status = 'ACTIVE' LIMIT 5000`).map((r) => r.id)
        : null;
      const where = { status: "ACTIVE", ...(input.townId ? { townId: input.townId } : {}), ...(input.chain ? { chain: input.chain } : {}), ...(ids ? { id: { in: ids } } : {}) };
      const [rows, total] = await Promise.all([
        ctx.db.industrialCluster.findMany({ where, include: INDUSTRIAL_CLUSTER_INCLUDE, orderBy: [{ establishedOn: "asc" }, { name: "asc" }, { id: "asc" }], skip: (input.page - 1) * input.perPage, take: input.perPage }),
        ctx.db.industrialCluster.count({ where }),
      ]);
      return { data: rows.map(toIndustrialClusterDto), total };
    }),

  /** One active cluster with its chain, the members covering each link, and the gaps. */
  publicGet: procedure("public", { description: "One active industrial cluster with its members and chain" })
    .input(z.object({ id: z.string().min(1).max(64) }))
    .output(ZPublicCluster)
    .query(async ({ ctx, input }) => {
      const row = await ctx.db.industrialCluster.findFirst({ where: { id: input.id, status: "ACTIVE" }, include: INDUSTRIAL_CLUSTER_INCLUDE });
      if (!row) throw AppError.notFound(INDUSTRIAL_CLUSTER_LABEL);
      const members = await ctx.db.industrialClusterMember.findMany({ where: { clusterId: row.id }, include: { enterprise: { select: { name: true, tier: true } } } });
      members.sort((a, b) => (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9) || a.enterprise.name.localeCompare(b.enterprise.name, "zh"));
      return {
        ...toIndustrialClusterDto(row),
        members: members.map((m) => ({ enterpriseId: m.enterpriseId, name: m.enterprise.name, tier: m.enterprise.tier as never, role: m.role as never, linkKeys: m.linkKeys })),
      };
    }),

  stats: procedure(STAFF_ROLES, { description: "Counts, chain coverage and target progress of industrial clusters" })
    .output(ZIndustrialClustersStats)
    .query(({ ctx }) => industrialClustersStats(ctx)),
});
