import { AppError, isoOrNull, searchTextFor } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineResource, NO_ROWS, type TContext, type TSessionUser } from "@qifu/trpc-core";
import { ZExpert, ZExpertCreate, ZExpertFilter, ZExpertUpdate, type TExpert, type TExpertCreate, type TExpertUpdate } from "../schemas";

export const EXPERTS_LABEL = { zh: "专家", en: "expert" };
export const EXPERTS_INCLUDE = {
  user: { select: { username: true } },
  nodeLinks: { include: { node: { select: { name: true } } }, orderBy: { nodeId: "asc" } },
} satisfies Prisma.ExpertInclude;
type TExpertRow = Prisma.ExpertGetPayload<{ include: typeof EXPERTS_INCLUDE }>;

/** The district admin manages the pool; an evaluator sees only their own entry. */
export function expertScope(user: TSessionUser | null) {
  if (user?.role === "DISTRICT_ADMIN") return {};
  if (user?.role === "EVALUATOR") return { userId: user.id };
  return NO_ROWS;
}
const expertWriteScope = (user: TSessionUser | null) => (user?.role === "DISTRICT_ADMIN" ? {} : NO_ROWS);

export function toExpertDto(row: TExpertRow): TExpert {
  return {
    id: row.id,
    name: row.name,
    field: row.field,
    title: row.title,
    employer: row.employer,
    qualifications: row.qualifications,
    phone: row.phone,
    email: row.email,
    availability: row.availability as TExpert["availability"],
    userId: row.userId,
    username: row.user?.username ?? null,
    nodeLinks: row.nodeLinks.map((l) => ({
      nodeId: l.nodeId,
      nodeName: l.node.name,
      relation: l.relation as TExpert["nodeLinks"][number]["relation"],
    })),
    description: row.description,
    createdAt: isoOrNull(row.createdAt)!,
    updatedAt: isoOrNull(row.updatedAt)!,
  };
}

type TSearchable = { name: string; field: string; title?: string | null; employer?: string | null; qualifications?: string | null };
const searchText = (p: TSearchable) => searchTextFor(p.name, p.field, p.title, p.employer, p.qualifications);

/** The account must be an evaluator's, and linked nodes must exist: a clear message on the field otherwise. */
async function checkExpertRefs(ctx: TContext, input: { userId?: string | null; nodeLinks?: { nodeId: string }[] }) {
  if (input.userId) {
    const user = await ctx.db.user.findUnique({ where: { id: input.userId }, select: { role: true } });
    if (!user || user.role !== "EVALUATOR")
      throw AppError.validation("userId", { zh: "登录账号须为评审专家角色的账号", en: "The sign-in account must be an evaluator's" });
  }
  const ids = [...new Set((input.nodeLinks ?? []).map((l) => l.nodeId))];
  if (ids.length !== (input.nodeLinks ?? []).length)
    throw AppError.validation("nodeLinks", { zh: "同一节点只能关联一次", en: "Link each node only once" });
  if (ids.length && (await ctx.db.node.count({ where: { id: { in: ids } } })) !== ids.length)
    throw AppError.validation("nodeLinks", { zh: "关联节点不存在", en: "A linked node does not exist" });
}

export async function prepareExpertCreate(ctx: TContext, input: TExpertCreate) {
  await checkExpertRefs(ctx, input);
  const { nodeLinks, ...rest } = input;
  return {
    id: newId(),
    ...rest,
    userId: rest.userId ?? null,
    searchText: searchText(rest),
    nodeLinks: { create: nodeLinks.map((l) => ({ nodeId: l.nodeId, relation: l.relation })) },
  };
}

export async function prepareExpertUpdate(ctx: TContext, existing: TExpertRow, input: TExpertUpdate) {
  await checkExpertRefs(ctx, input);
  const { nodeLinks, ...rest } = input;
  const merged = { ...existing, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) } as TSearchable;
  return {
    ...rest,
    searchText: searchText(merged),
    ...(nodeLinks ? { nodeLinks: { deleteMany: {}, create: nodeLinks.map((l) => ({ nodeId: l.nodeId, relation: l.relation })) } } : {}),
  };
}

export const expertsResource = defineResource({
  name: "experts",
  label: EXPERTS_LABEL,
  model: (db) => db.expert,
  searchTable: "expert",
  include: EXPERTS_INCLUDE,
  schemas: { create: ZExpertCreate, update: ZExpertUpdate, filter: ZExpertFilter, dto: ZExpert },
  sortable: ["name", "field", "availability", "createdAt", "updatedAt"],
  defaultSort: { field: "name", order: "ASC" },
  policy: { read: ["DISTRICT_ADMIN", "EVALUATOR"], create: ["DISTRICT_ADMIN"], update: ["DISTRICT_ADMIN"], delete: ["DISTRICT_ADMIN"] },
  scope: { read: expertScope, write: expertWriteScope },
  filterToWhere: (f) => (f.availability ? { availability: f.availability } : {}),
  toDto: toExpertDto,
  prepareCreate: prepareExpertCreate,
  prepareUpdate: prepareExpertUpdate,
  beforeDelete: async (ctx, existing: TExpertRow) => {
    if (await ctx.db.evaluationAssignment.count({ where: { expertId: existing.id } }))
      throw new AppError("CONFLICT", {
        zh: "该专家已被分配评审任务，不能删除；可将其设为暂不可参评",
        en: "This expert has review assignments and cannot be deleted; mark them unavailable instead",
      });
  },
});
