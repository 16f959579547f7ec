import { AppError, STAFF_ROLES } from "@qifu/domain";
import { byRole, defineResource, NO_ROWS, townsVisibleTo, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import { newId } from "@qifu/db";
import { ZNode, ZNodeCreate, ZNodeFilter, ZNodeUpdate, ZTown, ZTownCreate, ZTownUpdate } from "../schemas";
import { beforeNodeDelete, NODE_INCLUDE, prepareNodeCreate, prepareNodeUpdate, toNodeDto } from "./node-service";

/** Which nodes a caller sees in the admin console. */
export function nodeReadScope(user: TSessionUser | null): TWhere {
  switch (user?.role) {
    case "DISTRICT_ADMIN":
      return {};
    case "TOWN_ADMIN":
      return user.townId ? { townId: user.townId } : NO_ROWS;
    case "NODE_OPERATOR":
      return user.nodeId ? { id: user.nodeId } : NO_ROWS;
    case undefined:
      return NO_ROWS;
    default:
      return { status: "ACTIVE" }; // commissioners, handlers, evaluators: the public network
  }
}

/** Which nodes a caller may change. */
export function nodeWriteScope(user: TSessionUser | null): TWhere {
  return byRole(user, { node: "id" });
}

export const nodesResource = defineResource({
  name: "nodes",
  label: { zh: "服务节点", en: "Service node" },
  model: (db) => db.node,
  searchTable: "node",
  include: NODE_INCLUDE,
  schemas: { create: ZNodeCreate, update: ZNodeUpdate, filter: ZNodeFilter, dto: ZNode },
  sortable: ["name", "kind", "townId", "recognitionLevel", "status", "staffCount", "linkedAt", "createdAt", "updatedAt"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  policy: {
    read: STAFF_ROLES,
    create: ["DISTRICT_ADMIN", "TOWN_ADMIN"],
    update: ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"],
    delete: ["DISTRICT_ADMIN"],
  },
  scope: { read: nodeReadScope, write: nodeWriteScope },
  outOfScope: { zh: "只能在本镇街范围内创建或修改服务节点", en: "You can only create or change service nodes in your own town" },
  filterToWhere: (f) => ({
    ...(f.townId ? { townId: f.townId } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.recognitionLevel ? { recognitionLevel: f.recognitionLevel } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.parentId ? { parentId: f.parentId } : {}),
    ...(f.serviceCategory ? { serviceCategories: { has: f.serviceCategory } } : {}),
    ...(f.linked === true ? { linkedAt: { not: null } } : f.linked === false ? { linkedAt: null } : {}),
  }),
  toDto: toNodeDto,
  prepareCreate: prepareNodeCreate,
  prepareUpdate: prepareNodeUpdate,
  beforeDelete: beforeNodeDelete,
});

export const townsResource = defineResource({
  name: "towns",
  label: { zh: "镇街", en: "Town" },
  model: (db) => db.town,
  schemas: { create: ZTownCreate, update: ZTownUpdate, filter: ZTown.pick({ kind: true }).partial(), dto: ZTown },
  sortable: ["sortOrder", "name", "code"],
  defaultSort: { field: "sortOrder", order: "ASC" },
  policy: { read: STAFF_ROLES, create: ["DISTRICT_ADMIN"], update: ["DISTRICT_ADMIN"], delete: ["DISTRICT_ADMIN"] },
  scope: { read: townsVisibleTo, write: (u) => (u?.role === "DISTRICT_ADMIN" ? {} : NO_ROWS) },
  filterToWhere: (f) => (f.kind ? { kind: f.kind } : {}),
  toDto: (row) => ({ id: row.id, code: row.code, name: row.name, nameEn: row.nameEn, kind: row.kind, sortOrder: row.sortOrder }),
  prepareCreate: async (_ctx, input) => ({ id: newId(), ...input }),
  prepareUpdate: async (_ctx, _existing, input) => input,
  beforeDelete: async (ctx, existing) => {
    const nodes = await ctx.db.node.count({ where: { townId: existing.id } });
    if (nodes)
      throw new AppError("CONFLICT", { zh: `该镇街下还有 ${nodes} 个服务节点，不能删除`, en: `The town still has ${nodes} node(s)` });
  },
});
