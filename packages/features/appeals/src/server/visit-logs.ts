import { z } from "zod";
import { AppError } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineResource, NO_ROWS, procedure, router, ZPagination, type TContext } from "@qifu/trpc-core";
import { ZCommissionerOption, ZIssueToAppeal, ZVisitLog, ZVisitLogCreate, ZVisitLogFilter, ZVisitLogUpdate } from "../schemas";
import { createAppeal } from "./appeal-intake";

const WRITERS = ["DISTRICT_ADMIN", "COMMISSIONER"] as const;

async function myEnterprise(ctx: TContext, enterpriseId: string) {
  const user = ctx.user!;
  if (!(await ctx.db.enterprise.findUnique({ where: { id: enterpriseId }, select: { id: true } })))
    throw AppError.validation("enterpriseId", { zh: "企业不存在", en: "No such enterprise" });
  if (
    user.role === "COMMISSIONER" &&
    !(await ctx.db.commissionerAssignment.findFirst({ where: { commissionerId: user.id, enterpriseId } }))
  )
    throw new AppError("FORBIDDEN", { zh: "只能记录您联系的企业的走访", en: "You can only log visits to the enterprises you look after" }, [
      { path: "enterpriseId", message: { zh: "不是您联系的企业", en: "Not one of your enterprises" } },
    ]);
}

/** `visitLogs` (走访记录): a commissioner's own visits (the district sees all); each issue can become an appeal. */
export const visitLogsResource = defineResource({
  name: "visitLogs",
  label: { zh: "走访记录", en: "Visit log" },
  model: (db) => db.visitLog,
  include: { issues: { orderBy: { sortOrder: "asc" } } },
  schemas: { create: ZVisitLogCreate, update: ZVisitLogUpdate, filter: ZVisitLogFilter, dto: ZVisitLog },
  sortable: ["visitedOn", "createdAt"],
  defaultSort: { field: "visitedOn", order: "DESC" },
  policy: { read: WRITERS, create: WRITERS, update: WRITERS, delete: WRITERS },
  scope: {
    read: (u) => (u?.role === "DISTRICT_ADMIN" ? {} : u?.role === "COMMISSIONER" ? { commissionerId: u.id } : NO_ROWS),
    write: (u) => (u?.role === "DISTRICT_ADMIN" ? {} : u?.role === "COMMISSIONER" ? { commissionerId: u.id } : NO_ROWS),
  },
  filterToWhere: (f) => ({
    ...(f.enterpriseId ? { enterpriseId: f.enterpriseId } : {}),
    ...(f.commissionerId ? { commissionerId: f.commissionerId } : {}),
  }),
  // names are filled in by the procedures below (toDto is synchronous): see withNames
  toDto: (r) => ({
    id: r.id,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterpriseName ?? "",
    commissionerId: r.commissionerId,
    commissionerName: r.commissionerName ?? "",
    visitedOn: r.visitedOn,
    peopleMet: r.peopleMet,
    summary: r.summary,
    issues: (r.issues ?? []).map((i: { id: string; text: string; appealId: string | null; appealNumber?: string }) => ({
      id: i.id,
      text: i.text,
      appealId: i.appealId,
      appealNumber: i.appealNumber ?? null,
    })),
  }),
  prepareCreate: async (ctx, input) => {
    await myEnterprise(ctx, input.enterpriseId);
    const commissionerId =
      ctx.user!.role === "COMMISSIONER"
        ? ctx.user!.id
        : (await ctx.db.commissionerAssignment.findFirst({ where: { enterpriseId: input.enterpriseId } }))?.commissionerId;
    if (!commissionerId)
      throw AppError.validation("enterpriseId", { zh: "该企业尚未指定暖企专员", en: "This enterprise has no commissioner yet" });
    const { issues, ...rest } = input;
    return {
      id: newId(),
      ...rest,
      commissionerId,
      issues: { create: issues.map((i, n) => ({ id: newId(), text: i.text, sortOrder: n })) },
    };
  },
  prepareUpdate: async (_ctx, _existing, input) => input,
});

/** Enterprise and commissioner names, and the numbers of appeals made from issues. */
async function withNames(ctx: TContext, logs: z.infer<typeof ZVisitLog>[]) {
  const [ents, users, appeals] = await Promise.all([
    ctx.db.enterprise.findMany({ where: { id: { in: logs.map((l) => l.enterpriseId) } }, select: { id: true, name: true } }),
    ctx.db.user.findMany({ where: { id: { in: logs.map((l) => l.commissionerId) } }, select: { id: true, displayName: true } }),
    ctx.db.appeal.findMany({
      where: { id: { in: logs.flatMap((l) => l.issues.map((i) => i.appealId ?? "")) } },
      select: { id: true, number: true },
    }),
  ]);
  const e = new Map(ents.map((x) => [x.id, x.name]));
  const u = new Map(users.map((x) => [x.id, x.displayName]));
  const a = new Map(appeals.map((x) => [x.id, x.number]));
  return logs.map((l) => ({
    ...l,
    enterpriseName: e.get(l.enterpriseId) ?? "",
    commissionerName: u.get(l.commissionerId) ?? "",
    issues: l.issues.map((i) => ({ ...i, appealNumber: i.appealId ? (a.get(i.appealId) ?? null) : null })),
  }));
}

type TOut = z.infer<typeof ZVisitLog>;
const ZListInput = z.object({
  pagination: ZPagination.default({ page: 1, perPage: 25 }),
  sort: z.object({ field: z.enum(["visitedOn", "createdAt"]), order: z.enum(["ASC", "DESC"]) }).optional(),
  filter: ZVisitLogFilter.optional(),
});
const readScope = (ctx: TContext) =>
  ctx.user?.role === "DISTRICT_ADMIN" ? {} : ctx.user?.role === "COMMISSIONER" ? { commissionerId: ctx.user.id } : NO_ROWS;
type TVisitLogRow = Prisma.VisitLogGetPayload<{ include: { issues: true } }>;
const toOut = (r: TVisitLogRow): TOut => ZVisitLog.parse(visitLogsResource.config.toDto(r));

/** The resource's create/update/delete/getMany, with list and get that also name the enterprise and commissioner. */
export const visitLogsRouter = router({
  ...visitLogsResource.router._def.record,
  list: procedure(WRITERS, { description: "Visit logs in the caller's scope" })
    .input(ZListInput)
    .output(z.object({ data: z.array(ZVisitLog), total: z.number().int() }))
    .query(async ({ ctx, input }) => {
      const f = input.filter ?? {};
      const where = {
        AND: [
          readScope(ctx),
          {
            ...(f.enterpriseId ? { enterpriseId: f.enterpriseId } : {}),
            ...(f.commissionerId ? { commissionerId: f.commissionerId } : {}),
          },
        ],
      };
      const sort = input.sort ?? { field: "visitedOn", order: "DESC" };
      const { page, perPage } = input.pagination;
      const [rows, total] = await Promise.all([
        ctx.db.visitLog.findMany({
          where,
          include: { issues: { orderBy: { sortOrder: "asc" } } },
          orderBy: [{ [sort.field]: sort.order === "ASC" ? "asc" : "desc" }, { id: "asc" }],
          skip: (page - 1) * perPage,
          take: perPage,
        }),
        ctx.db.visitLog.count({ where }),
      ]);
      return { data: await withNames(ctx, rows.map(toOut)), total };
    }),
  get: procedure(WRITERS, { description: "One visit log" })
    .input(z.object({ id: z.string().min(1).max(64) }))
    .output(ZVisitLog)
    .query(async ({ ctx, input }) => {
      const row = await ctx.db.visitLog.findFirst({
        where: { AND: [{ id: input.id }, readScope(ctx)] },
        include: { issues: { orderBy: { sortOrder: "asc" } } },
      });
      if (!row) throw AppError.notFound({ zh: "走访记录", en: "Visit log" });
      return (await withNames(ctx, [toOut(row)]))[0];
    }),

  /** One click: an issue raised on a visit becomes an appeal filed on the enterprise's behalf, linked both ways. */
  issueToAppeal: procedure(WRITERS, { description: "Turn a visit-log issue into an appeal" })
    .input(ZIssueToAppeal)
    .output(z.object({ appealId: z.string(), number: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const user = ctx.user!;
      const issue = await ctx.db.visitIssue.findFirst({
        where: { id: input.issueId, visitLog: user.role === "COMMISSIONER" ? { commissionerId: user.id } : {} },
        include: { visitLog: true },
      });
      if (!issue) throw AppError.notFound({ zh: "走访问题", en: "Visit issue" });
      if (issue.appealId) throw new AppError("CONFLICT", { zh: "该问题已转为诉求", en: "This issue is already an appeal" });
      // a commissioner files only for the enterprises assigned to them now, not those of old visits
      await myEnterprise(ctx, issue.visitLog.enterpriseId);
      await ctx.db.$queryRaw`SELECT id FROM visit_issue WHERE id = ${issue.id} FOR UPDATE`;
      const category = await ctx.db.appealCategory.findUnique({ where: { id: input.categoryId } });
      if (!category?.active) throw AppError.validation("categoryId", { zh: "请选择有效的诉求类别", en: "Choose a valid category" });
      const t = issue.text;
      const title = input.title ?? (t.length > 40 ? `${t.slice(0, 39)}…` : t.length >= 4 ? t : `${category.name}：${t}`);
      const description = `${t}\n\n（${issue.visitLog.visitedOn} 走访时反映；会见：${issue.visitLog.peopleMet}）`;
      const appealId = await createAppeal(ctx.db, ctx.now(), {
        input: { title, description, categoryId: category.id, urgency: input.urgency, mayPublish: false },
        enterpriseId: issue.visitLog.enterpriseId,
        actor: { id: user.id, name: user.displayName, role: user.role },
        channel: "COMMISSIONER",
        submitNote: `由走访记录（${issue.visitLog.visitedOn}）中的问题转为诉求`,
        visitIssueId: issue.id,
      });
      const { count } = await ctx.db.visitIssue.updateMany({ where: { id: issue.id, appealId: null }, data: { appealId } });
      if (count !== 1) throw new AppError("CONFLICT", { zh: "该问题已转为诉求", en: "This issue is already an appeal" });
      const a = await ctx.db.appeal.findUniqueOrThrow({ where: { id: appealId }, select: { number: true } });
      return { appealId, number: a.number };
    }),

  /** The commissioner accounts, for the assignment form's picker. */
  commissioners: procedure(["DISTRICT_ADMIN"], { description: "Commissioner accounts (picker)" })
    .output(z.array(ZCommissionerOption))
    .query(async ({ ctx }) => {
      const users = await ctx.db.user.findMany({
        where: { role: "COMMISSIONER", active: true },
        orderBy: { displayName: "asc" },
        select: { id: true, username: true, displayName: true },
      });
      const counts = await ctx.db.commissionerAssignment.groupBy({ by: ["commissionerId"], _count: { _all: true } });
      const n = new Map(counts.map((c) => [c.commissionerId, c._count._all]));
      return users.map((u) => ({ ...u, enterprises: n.get(u.id) ?? 0 }));
    }),
});
