import { z } from "zod";
import type { Prisma } from "@qifu/db";
import { AppError, buildTree, NodeKind, recognitionRank, shanghaiYear, STAFF_ROLES } from "@qifu/domain";
import { carrierPublicList, operatingStationsByTown } from "@qifu/carrier-kit/server";
import { procedure, router } from "@qifu/trpc-core";
import {
  ZDirectoryInput,
  ZNetworkStats,
  ZNodePublic,
  ZPublicNode,
  ZPublicOverview,
  ZTown,
  ZTreeEntry,
  type TTown,
  type TTreeEntry,
} from "../schemas";
import { NODE_INCLUDE, toPublicNodeDto } from "./node-service";
import { nodeReadScope, nodesResource } from "./resources";
import { linkedPlatformsWhere, linkedTarget, networkStats } from "./stats";

const PUBLIC_SCOPE = { status: "ACTIVE" };
/** What the directory's order compares of a node. */
type TRankKeys = Prisma.NodeGetPayload<{ select: { name: true; recognitionLevel: true } }>;
const ZYear = z.number().int().min(2000).max(2100).optional();
const thisYear = () => shanghaiYear(new Date());

export const networkRouter = router({
  /** Dashboard and board figures, counted inside the caller's scope. */
  stats: procedure(STAFF_ROLES, { description: "Network counts by kind, town, status and level" })
    .input(z.object({ year: ZYear }).optional())
    .output(ZNetworkStats)
    .query(({ ctx, input }) => networkStats(ctx, nodeReadScope(ctx.user), input?.year ?? thisYear())),

  /** The network as a tree (1+12+N, or any other shape the data has). */
  tree: procedure(STAFF_ROLES, { description: "The node hierarchy within scope" })
    .output(z.array(ZTreeEntry))
    .query(async ({ ctx }) => {
      const rows = await ctx.db.node.findMany({
        where: nodeReadScope(ctx.user),
        select: { id: true, name: true, kind: true, townId: true, status: true, parentId: true },
        orderBy: [{ kind: "asc" }, { name: "asc" }],
      });
      return buildTree(rows) as TTreeEntry[];
    }),

  /** Public home page: the 1 + 12 + N at a glance. */
  overview: procedure("public", { description: "Public overview of the 1+12+N network" })
    .output(ZPublicOverview)
    .query(async ({ ctx }) => {
      const year = thisYear();
      const [towns, byTownKind, centre, units, linked, target, stations] = await Promise.all([
        ctx.db.town.findMany({ orderBy: { sortOrder: "asc" } }),
        ctx.db.node.groupBy({ by: ["townId", "kind"], where: PUBLIC_SCOPE, _count: { _all: true } }),
        ctx.db.node.findFirst({ where: { ...PUBLIC_SCOPE, kind: "DISTRICT_CENTRE" }, include: NODE_INCLUDE }),
        ctx.db.node.findMany({ where: { ...PUBLIC_SCOPE, kind: "TOWN_UNIT" }, select: { id: true, townId: true } }),
        ctx.db.node.count({ where: linkedPlatformsWhere(year) }),
        linkedTarget(ctx, year),
        operatingStationsByTown(ctx, year),
      ]);
      const kindTotals = new Map<string, number>();
      for (const r of byTownKind) kindTotals.set(r.kind, (kindTotals.get(r.kind) ?? 0) + r._count._all);
      return {
        districtCentre: centre ? toPublicNodeDto(centre) : null,
        towns: towns.map((t) => {
          const rows = byTownKind.filter((r) => r.townId === t.id);
          return {
            id: t.id,
            code: t.code,
            name: t.name,
            nameEn: t.nameEn,
            kind: t.kind as TTown["kind"],
            sortOrder: t.sortOrder,
            activeNodes: rows.reduce((s, r) => s + r._count._all, 0),
            unitId: units.find((u) => u.townId === t.id)?.id ?? null,
            kinds: Object.fromEntries(rows.map((r) => [r.kind, r._count._all])),
          };
        }),
        totalActive: byTownKind.reduce((s, r) => s + r._count._all, 0),
        linkedPlatforms: linked,
        linkedTarget: target,
        stations: { operating: stations.operating, townsCovered: stations.townsCovered },
        byKind: NodeKind.values.map((k) => ({
          key: k,
          label: NodeKind.labels[k].zh,
          labelEn: NodeKind.labels[k].en,
          count: kindTotals.get(k) ?? 0,
        })),
      };
    }),

  /** Public node directory with Chinese full-text search (the carrier kit's public list over the nodes resource). */
  directory: carrierPublicList(nodesResource, {
    search: ZDirectoryInput,
    where: () => PUBLIC_SCOPE,
    filters: (input) => ({
      ...(input.kind ? { kind: input.kind } : {}),
      ...(input.serviceCategory ? { serviceCategories: { has: input.serviceCategory } } : {}),
    }),
    // recognition by rank (国家级 > 省级 > 市级 > 区级 > 无), then name: the rank is the domain's, not the alphabet's
    order: {
      select: { name: true, recognitionLevel: true },
      compare: (a: TRankKeys, b: TRankKeys) =>
        recognitionRank(a.recognitionLevel) - recognitionRank(b.recognitionLevel) || a.name.localeCompare(b.name, "zh-Hans-CN"),
    },
    dto: ZNodePublic,
    toDto: toPublicNodeDto,
    description: "Search active nodes",
  }),

  /** One public node page with its parent and active children. */
  publicNode: procedure("public", { description: "One active node with its neighbours" })
    .input(z.object({ id: z.string().min(1).max(64) }))
    .output(ZPublicNode)
    .query(async ({ ctx, input }) => {
      const node = await ctx.db.node.findFirst({ where: { id: input.id, ...PUBLIC_SCOPE }, include: NODE_INCLUDE });
      if (!node) throw AppError.notFound({ zh: "服务节点", en: "Service node" });
      const [parent, children] = await Promise.all([
        node.parentId ? ctx.db.node.findFirst({ where: { id: node.parentId, ...PUBLIC_SCOPE }, include: NODE_INCLUDE }) : null,
        ctx.db.node.findMany({ where: { parentId: node.id, ...PUBLIC_SCOPE }, include: NODE_INCLUDE, orderBy: { name: "asc" } }),
      ]);
      return { node: toPublicNodeDto(node), parent: parent ? toPublicNodeDto(parent) : null, children: children.map(toPublicNodeDto) };
    }),

  /** Towns for public filters: all of them, whoever asks. */
  publicTowns: procedure("public", { description: "All towns, for public filters" })
    .output(z.array(ZTown))
    .query(async ({ ctx }) =>
      (await ctx.db.town.findMany({ orderBy: { sortOrder: "asc" } })).map((t) => ({
        id: t.id,
        code: t.code,
        name: t.name,
        nameEn: t.nameEn,
        kind: t.kind as TTown["kind"],
        sortOrder: t.sortOrder,
      })),
    ),
});
