import { AppError, nextYearCalendarDue, shanghaiYear, STAFF_ROLES } from "@qifu/domain";
import { defineResource, mergeRouters, NO_ROWS, procedure, router, type TContext, type TSessionUser } from "@qifu/trpc-core";
import { newId } from "@qifu/db";
import {
  ZAssignment,
  ZAssignmentCreate,
  ZAssignmentFilter,
  ZAssignmentUpdate,
  ZCalendarDay,
  ZCalendarDayCreate,
  ZCalendarDayFilter,
  ZCalendarDayUpdate,
  ZCalendarYearCheck,
  ZCategory,
  ZCategoryCreate,
  ZCategoryFilter,
  ZCategoryUpdate,
  ZRoute,
  ZRouteCreate,
  ZRouteFilter,
  ZRouteUpdate,
  type TLimits,
} from "../schemas";
import { announceAssignment } from "./assignment-notice";

const DISTRICT = ["DISTRICT_ADMIN"] as const;
const districtWrites = (u: TSessionUser | null) => (u?.role === "DISTRICT_ADMIN" ? {} : NO_ROWS);
const everyone = () => ({});

/** `calendar`: the holiday / make-up-day table, edited by district admins, read by all staff. */
export const calendarResource = defineResource({
  name: "calendar",
  label: { zh: "工作日历", en: "Working calendar" },
  model: (db) => db.calendarDay,
  schemas: { create: ZCalendarDayCreate, update: ZCalendarDayUpdate, filter: ZCalendarDayFilter, dto: ZCalendarDay },
  sortable: ["date", "kind", "name"],
  defaultSort: { field: "date", order: "ASC" },
  policy: { read: STAFF_ROLES, create: DISTRICT, update: DISTRICT, delete: DISTRICT },
  scope: { read: everyone, write: districtWrites },
  filterToWhere: (f) => ({
    ...(f.year ? { date: { gte: `${f.year}-01-01`, lte: `${f.year}-12-31` } } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
  }),
  toDto: (r) => ({ id: r.id, date: r.date, kind: r.kind, name: r.name, weekday: new Date(`${r.date}T00:00:00Z`).getUTCDay() }),
  prepareCreate: async (_ctx, input) => ({ id: newId(), ...input }),
  prepareUpdate: async (_ctx, _existing, input) => input,
});

/** `calendar.nextYearCheck`: district admins are warned from November when next year has no holidays entered. */
const calendarChecks = router({
  nextYearCheck: procedure(DISTRICT, { description: "Whether next year's holidays are due in the working calendar" })
    .output(ZCalendarYearCheck)
    .query(async ({ ctx }) => {
      const now = ctx.now();
      const year = shanghaiYear(now) + 1;
      const holidays = await ctx.db.calendarDay.count({ where: { kind: "HOLIDAY", date: { gte: `${year}-01-01`, lte: `${year}-12-31` } } });
      return { year, holidays, due: nextYearCalendarDue(now, holidays).due };
    }),
});
export const calendarRouter = mergeRouters(calendarResource.router, calendarChecks);

/** `appealCategories`: categories as data, with their time limits per urgency. */
export const categoriesResource = defineResource({
  name: "appealCategories",
  label: { zh: "诉求类别", en: "Appeal category" },
  model: (db) => db.appealCategory,
  schemas: { create: ZCategoryCreate, update: ZCategoryUpdate, filter: ZCategoryFilter, dto: ZCategory },
  sortable: ["sortOrder", "code", "name"],
  defaultSort: { field: "sortOrder", order: "ASC" },
  // enterprises read them too: the appeal form offers them
  policy: { read: "authenticated", create: DISTRICT, update: DISTRICT, delete: DISTRICT },
  scope: { read: everyone, write: districtWrites },
  filterToWhere: (f) => (f.active === undefined ? {} : { active: f.active }),
  toDto: (r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    nameEn: r.nameEn,
    sortOrder: r.sortOrder,
    active: r.active,
    limits: r.limits as TLimits,
  }),
  prepareCreate: async (_ctx, input) => ({ id: newId(), ...input }),
  prepareUpdate: async (_ctx, _existing, input) => input,
  beforeDelete: async (ctx, existing) => {
    const n = await ctx.db.appeal.count({ where: { categoryId: existing.id } });
    if (n)
      throw new AppError("CONFLICT", {
        zh: `该类别下已有 ${n} 件诉求，不能删除，可停用`,
        en: `${n} appeal(s) use this category; deactivate it instead`,
      });
  },
});

async function checkRoute(
  ctx: TContext,
  r: {
    categoryId?: string | null;
    townId?: string | null;
    unitKind?: string;
    unitTownId?: string | null;
    unitDepartmentId?: string | null;
  },
) {
  if (r.categoryId && !(await ctx.db.appealCategory.findUnique({ where: { id: r.categoryId } })))
    throw AppError.validation("categoryId", { zh: "诉求类别不存在", en: "No such category" });
  if (r.townId && !(await ctx.db.town.findUnique({ where: { id: r.townId } })))
    throw AppError.validation("townId", { zh: "镇街不存在", en: "No such town" });
  if (r.unitKind === "TOWN") {
    if (!r.unitTownId || !(await ctx.db.town.findUnique({ where: { id: r.unitTownId } })))
      throw AppError.validation("unitTownId", { zh: "请选择承办镇街", en: "Choose the handling town" });
  } else if (!r.unitDepartmentId || !(await ctx.db.department.findUnique({ where: { id: r.unitDepartmentId } })))
    throw AppError.validation("unitDepartmentId", { zh: "请选择承办部门", en: "Choose the handling department" });
}

/** A route names one unit: the other unit column is cleared. */
function normaliseRoute<T extends { unitKind?: string; unitTownId?: string | null; unitDepartmentId?: string | null }>(r: T): T {
  return r.unitKind === "TOWN" ? { ...r, unitDepartmentId: null } : { ...r, unitTownId: null };
}

/** `appealRoutes`: category × town → handling unit, with a default (both empty). */
export const routesResource = defineResource({
  name: "appealRoutes",
  label: { zh: "分派规则", en: "Routing rule" },
  model: (db) => db.appealRoute,
  include: { category: true },
  schemas: { create: ZRouteCreate, update: ZRouteUpdate, filter: ZRouteFilter, dto: ZRoute },
  sortable: ["categoryId", "townId", "unitKind", "updatedAt"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  policy: { read: STAFF_ROLES, create: DISTRICT, update: DISTRICT, delete: DISTRICT },
  scope: { read: everyone, write: districtWrites },
  filterToWhere: (f) => ({ ...(f.categoryId ? { categoryId: f.categoryId } : {}), ...(f.townId ? { townId: f.townId } : {}) }),
  toDto: (r) => ({
    id: r.id,
    categoryId: r.categoryId,
    categoryName: r.category?.name ?? null,
    townId: r.townId,
    unitKind: r.unitKind,
    unitTownId: r.unitTownId,
    unitDepartmentId: r.unitDepartmentId,
    note: r.note,
  }),
  prepareCreate: async (ctx, input) => {
    const data = normaliseRoute({ ...input, categoryId: input.categoryId ?? null, townId: input.townId ?? null });
    await checkRoute(ctx, data);
    return { id: newId(), ...data };
  },
  prepareUpdate: async (ctx, existing, input) => {
    const data = normaliseRoute({ ...existing, ...input });
    await checkRoute(ctx, data);
    delete (data as Record<string, unknown>).category;
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = data;
    return rest;
  },
});

/** `commissionerAssignments`: which commissioner looks after which enterprise (one per enterprise). */
export const assignmentsResource = defineResource({
  name: "commissionerAssignments",
  label: { zh: "专员联系企业", en: "Commissioner assignment" },
  model: (db) => db.commissionerAssignment,
  include: { commissioner: { select: { displayName: true } }, enterprise: { select: { name: true } } },
  schemas: { create: ZAssignmentCreate, update: ZAssignmentUpdate, filter: ZAssignmentFilter, dto: ZAssignment },
  sortable: ["createdAt", "commissionerId"],
  defaultSort: { field: "createdAt", order: "DESC" },
  policy: { read: ["DISTRICT_ADMIN", "COMMISSIONER"], create: DISTRICT, update: DISTRICT, delete: DISTRICT },
  scope: {
    read: (u) => (u?.role === "DISTRICT_ADMIN" ? {} : u?.role === "COMMISSIONER" ? { commissionerId: u.id } : NO_ROWS),
    write: districtWrites,
  },
  filterToWhere: (f) => (f.commissionerId ? { commissionerId: f.commissionerId } : {}),
  toDto: (r) => ({
    id: r.id,
    commissionerId: r.commissionerId,
    commissionerName: r.commissioner.displayName,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterprise.name,
  }),
  prepareCreate: async (ctx, input) => {
    await checkAssignment(ctx, input.commissionerId, input.enterpriseId);
    await announceAssignment(ctx, input.commissionerId, input.enterpriseId);
    return { id: newId(), ...input };
  },
  prepareUpdate: async (ctx, existing, input) => {
    await checkAssignment(ctx, input.commissionerId ?? existing.commissionerId, input.enterpriseId ?? existing.enterpriseId);
    return input;
  },
});

async function checkAssignment(ctx: TContext, commissionerId: string, enterpriseId: string) {
  const c = await ctx.db.user.findUnique({ where: { id: commissionerId } });
  if (!c || c.role !== "COMMISSIONER")
    throw AppError.validation("commissionerId", { zh: "请选择暖企专员账号", en: "Choose a commissioner account" });
  if (!(await ctx.db.enterprise.findUnique({ where: { id: enterpriseId } })))
    throw AppError.validation("enterpriseId", { zh: "企业不存在", en: "No such enterprise" });
}
