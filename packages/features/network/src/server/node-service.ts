import { AppError, NodeKind, searchTextFor, wouldCreateCycle, type TNodeKind } from "@qifu/domain";
import type { TContext } from "@qifu/trpc-core";
import { newId, type Prisma } from "@qifu/db";
import { NODE_ADMIN_ONLY_FIELDS, ZNodePublic, type TNode, type TNodePublic, type TNodeCreate, type TNodeUpdate } from "../schemas";

export const NODE_INCLUDE = { town: true, parent: { select: { name: true } } } as const;

/** A node as stored; its town and parent's name when the query included them (`NODE_INCLUDE`). */
export type TNodeRow = Prisma.NodeGetPayload<object> & { town?: { name: string } | null; parent?: { name: string } | null };

export function toNodeDto(row: TNodeRow): TNode {
  return {
    id: row.id,
    name: row.name,
    // enum-like text columns, written only through the schemas' enums
    kind: row.kind as TNode["kind"],
    parentId: row.parentId,
    parentName: row.parent?.name ?? null,
    townId: row.townId,
    townName: row.town?.name ?? null,
    recognitionLevel: row.recognitionLevel as TNode["recognitionLevel"],
    address: row.address,
    longitude: row.longitude,
    latitude: row.latitude,
    officePhone: row.officePhone ?? null,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    staffCount: row.staffCount,
    serviceCategories: row.serviceCategories as TNode["serviceCategories"],
    status: row.status as TNode["status"],
    linkedAt: row.linkedAt ? row.linkedAt.toISOString().slice(0, 10) : null,
    description: row.description,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The public DTO: built by its own schema, so the contact person's name and mobile never leave. */
export const toPublicNodeDto = (row: TNodeRow): TNodePublic => ZNodePublic.parse(toNodeDto(row));

/** Kinds that only the district sets up: the centre itself and the 12 town units. */
const DISTRICT_ONLY_KINDS = new Set(["DISTRICT_CENTRE", "TOWN_UNIT"]);

async function checkParent(ctx: TContext, id: string | null, parentId: string | null | undefined) {
  if (!parentId) return null;
  const parent = await ctx.db.node.findUnique({ where: { id: parentId }, select: { id: true, townId: true } });
  if (!parent) throw AppError.validation("parentId", { zh: "上级节点不存在", en: "Parent node does not exist" });
  // A town admin hangs its nodes under its own town's nodes or the district's, never under
  // another town's (the node would then show on that town's public page).
  const user = ctx.user;
  if (user?.role === "TOWN_ADMIN" && parent.townId !== null && parent.townId !== user.townId)
    throw new AppError("FORBIDDEN", { zh: "不能把节点挂到其他镇街的节点之下", en: "You cannot place a node under another town's node" }, [
      { path: "parentId", message: { zh: "上级节点属于其他镇街", en: "The parent belongs to another town" } },
    ]);
  if (id) {
    // Walk up from the new parent; the tree is shallow (a handful of levels), so one query a level is fine.
    const parents = new Map<string, string | null>();
    let cursor: string | null = parentId;
    while (cursor && !parents.has(cursor)) {
      const row: { parentId: string | null } | null = await ctx.db.node.findUnique({ where: { id: cursor }, select: { parentId: true } });
      parents.set(cursor, row?.parentId ?? null);
      cursor = row?.parentId ?? null;
    }
    if (wouldCreateCycle(id, parentId, (n) => parents.get(n)))
      throw AppError.validation("parentId", {
        zh: "上级节点不能是本节点或其下级节点（会形成循环）",
        en: "Parent cannot be the node itself or one of its descendants (cycle)",
      });
  }
  return parent;
}

async function checkTown(ctx: TContext, townId: string | null | undefined) {
  if (!townId) return;
  const town = await ctx.db.town.findUnique({ where: { id: townId }, select: { id: true } });
  if (!town) throw AppError.validation("townId", { zh: "所属镇街不存在", en: "Town does not exist" });
}

async function searchTextOf(
  ctx: TContext,
  n: { name: string; address?: string | null; description?: string | null; kind: string; townId?: string | null },
) {
  const town = n.townId ? await ctx.db.town.findUnique({ where: { id: n.townId }, select: { name: true } }) : null;
  return searchTextFor(n.name, n.address, n.description, town?.name, NodeKind.label(n.kind as TNodeKind));
}

function dateOrNull(s: string | null | undefined) {
  return s ? new Date(`${s}T00:00:00Z`) : s === null ? null : undefined;
}

export async function prepareNodeCreate(ctx: TContext, input: TNodeCreate) {
  const user = ctx.user!;
  if (DISTRICT_ONLY_KINDS.has(input.kind) && user.role !== "DISTRICT_ADMIN")
    throw AppError.validation("kind", {
      zh: "区级服务中心和镇街服务单元只能由区级管理员设立",
      en: "Only district admins set up the district centre and town units",
    });
  const parent = await checkParent(ctx, null, input.parentId);
  // A town admin's node is in their town unless they say otherwise; a child inherits its parent's town.
  const townId =
    input.townId !== undefined && input.townId !== null
      ? input.townId
      : user.role === "TOWN_ADMIN"
        ? user.townId
        : (parent?.townId ?? null);
  await checkTown(ctx, townId);
  return {
    id: newId(),
    ...input,
    townId,
    parentId: input.parentId ?? null,
    linkedAt: dateOrNull(input.linkedAt) ?? null,
    searchText: await searchTextOf(ctx, { ...input, townId }),
  };
}

export async function prepareNodeUpdate(ctx: TContext, existing: TNodeRow, input: TNodeUpdate) {
  const user = ctx.user!;
  if (user.role === "NODE_OPERATOR") {
    const touched = NODE_ADMIN_ONLY_FIELDS.filter(
      (f) =>
        input[f] !== undefined &&
        String(input[f]) !== String(existing[f] instanceof Date ? existing[f].toISOString().slice(0, 10) : existing[f]),
    );
    if (touched.length)
      throw new AppError(
        "FORBIDDEN",
        {
          zh: "服务节点人员不能修改类型、上级、镇街、认定级别、状态或接入日期",
          en: "Node staff cannot change kind, parent, town, recognition, status or linked date",
        },
        touched.map((f) => ({ path: f, message: { zh: "仅管理员可修改", en: "Only admins may change this" } })),
      );
  }
  if (input.kind && input.kind !== existing.kind && DISTRICT_ONLY_KINDS.has(input.kind) && user.role !== "DISTRICT_ADMIN")
    throw AppError.validation("kind", {
      zh: "区级服务中心和镇街服务单元只能由区级管理员设立",
      en: "Only district admins set up the district centre and town units",
    });
  if (input.parentId !== undefined) await checkParent(ctx, existing.id, input.parentId);
  if (input.townId !== undefined) await checkTown(ctx, input.townId);
  const merged = { ...existing, ...input };
  return {
    ...input,
    linkedAt: dateOrNull(input.linkedAt),
    searchText: await searchTextOf(ctx, merged),
  };
}

export async function beforeNodeDelete(ctx: TContext, existing: { id: string }) {
  const [children, users] = await Promise.all([
    ctx.db.node.count({ where: { parentId: existing.id } }),
    ctx.db.user.count({ where: { nodeId: existing.id } }),
  ]);
  if (children || users)
    throw new AppError("CONFLICT", {
      zh: `该节点下还有 ${children} 个下级节点、${users} 个账号，不能删除；可将状态改为“已关闭”`,
      en: `The node still has ${children} child node(s) and ${users} account(s); set its status to closed instead`,
    });
}
