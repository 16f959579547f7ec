import { z } from "zod";
import { AppError, type TRole } from "@qifu/domain";
import { defineExport, procedure, router, ZPagination, type TContext, type TWhere } from "@qifu/trpc-core";
import {
  OPEN_STATUSES,
  ZAnswer,
  ZAppealDetail,
  type TAppeal,
  ZAppealDetailForCaller,
  ZAppealForCaller,
  ZEnterpriseAppealDetail,
  ZAppealFilter,
  ZAppealId,
  ZAppealSubmit,
  ZConfirm,
  ZNoteInput,
  ZReassign,
  ZReopen,
  ZRequiredNote,
  ZReturnVisit,
  ZSendBack,
  ZSupervise,
  ZUnit,
  ZAddCoUnit,
  ZAddNote,
  ZHardBone,
  ZAppealsOverview,
} from "../schemas";
import { APPEAL_INCLUDE, appealDetail, appealDetailForCaller, appealForCaller, enterpriseAppealDetail, toAppealDtos } from "./appeal-dto";
import { appealReadScope } from "./appeal-access";
import { steps } from "./appeal-steps";
import { submitAppeal } from "./appeal-intake";
import { APPEALS_LABEL, appealExportColumns } from "./appeal-export";

const READERS: TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "DEPARTMENT_HANDLER", "COMMISSIONER", "ENTERPRISE"];
const UNITS: TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "DEPARTMENT_HANDLER"];
const ENTERPRISE: TRole[] = ["ENTERPRISE"];
const VISITORS: TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "DEPARTMENT_HANDLER", "COMMISSIONER"];
const DISTRICT: TRole[] = ["DISTRICT_ADMIN"];

const SORTABLE = ["submittedAt", "number", "status", "resolveDueAt", "ackDueAt", "supervisionLevel", "updatedAt"] as const;
const ZList = z.object({
  pagination: ZPagination.default({ page: 1, perPage: 25 }),
  sort: z.object({ field: z.enum(SORTABLE), order: z.enum(["ASC", "DESC"]) }).optional(),
  filter: ZAppealFilter.optional(),
  q: z.string().max(100).optional(),
});

const DAY_MS = 86_400_000;

/** 待办 for the caller's role: what its next step is on (the console's list opens on it). */
function todoWhere(role: TRole | undefined): TWhere {
  if (role === "COMMISSIONER") return { OR: [{ status: "ANSWERED" }, { status: "WITHDRAWN", callbackPending: true }] };
  if (role === "ENTERPRISE") return { status: "ANSWERED" };
  return { status: { in: [...OPEN_STATUSES, "CONFIRMED"] } };
}

function filterWhere(f: z.infer<typeof ZAppealFilter> | undefined, now: Date, role: TRole | undefined): TWhere {
  if (!f) return {};
  const open = { status: { in: OPEN_STATUSES } };
  return {
    AND: [
      f.status ? { status: f.status } : {},
      f.categoryId ? { categoryId: f.categoryId } : {},
      f.supervisionLevel ? { supervisionLevel: f.supervisionLevel } : {},
      f.enterpriseId ? { enterpriseId: f.enterpriseId } : {},
      f.year ? { year: f.year } : {},
      f.overdue ? { ...open, resolveDueAt: { lt: now } } : {},
      f.todo ? todoWhere(role) : {},
      f.dueSoon
        ? {
            ...open,
            resolveDueAt: { gte: now },
            OR: [{ resolveWarnedAt: { not: null } }, { resolveDueAt: { lte: new Date(now.getTime() + DAY_MS) } }],
          }
        : {},
      f.supervised ? { ...open, supervisionLevel: { in: ["YELLOW", "RED"] } } : {},
      f.open ? open : {},
    ],
  };
}

/** The staff DTO: for procedures enterprises cannot call. */
async function staffDetail(ctx: TContext, id: string) {
  const row = await ctx.db.appeal.findFirst({ where: { AND: [{ id }, await appealReadScope(ctx.db, ctx.user)] }, include: APPEAL_INCLUDE });
  if (!row) throw AppError.notFound({ zh: "诉求", en: "Appeal" });
  return appealDetail(ctx.db, row);
}
/** The enterprise's DTO (procedures only enterprises call), and the caller's (those both call). */
const enterpriseDetail = async (ctx: TContext, id: string) => enterpriseAppealDetail(await staffDetail(ctx, id));
const detail = async (ctx: TContext, id: string) => appealDetailForCaller(ctx.user, await staffDetail(ctx, id));

const list = procedure(READERS, { description: "Appeals within the caller's scope" })
  .input(ZList)
  .output(z.object({ data: z.array(ZAppealForCaller), total: z.number().int() }))
  .query(async ({ ctx, input }) => {
    const q = input.q?.trim();
    const where = {
      AND: [
        await appealReadScope(ctx.db, ctx.user),
        filterWhere(input.filter, ctx.now(), ctx.user?.role),
        q
          ? {
              OR: [{ number: { contains: q, mode: "insensitive" as const } }, { title: { contains: q } }, { description: { contains: q } }],
            }
          : {},
      ],
    };
    const sort = input.sort ?? { field: "submittedAt", order: "DESC" };
    const { page, perPage } = input.pagination;
    const [rows, total] = await Promise.all([
      ctx.db.appeal.findMany({
        where,
        include: APPEAL_INCLUDE,
        orderBy: [{ [sort.field]: sort.order === "ASC" ? "asc" : "desc" }, { id: "asc" }],
        skip: (page - 1) * perPage,
        take: perPage,
      }),
      ctx.db.appeal.count({ where }),
    ]);
    // enterprises get their DTO (no internal fields); staff the full one
    return { data: (await toAppealDtos(ctx.db, rows)).map((a) => appealForCaller(ctx.user, a)), total };
  });

/**
 * The board's appeals figures in the caller's scope (the district's, a town's, a department's):
 * open, overdue and under yellow/red supervision now; received and satisfaction in the year.
 */
const overview = procedure(VISITORS, { description: "Appeal figures for the board: open, overdue, supervised, satisfaction" })
  .input(z.object({ year: z.number().int().min(2000).max(2100) }))
  .output(ZAppealsOverview)
  .query(async ({ ctx, input }) => {
    const scope = await appealReadScope(ctx.db, ctx.user);
    const open = { AND: [scope, { status: { in: OPEN_STATUSES } }] };
    const inYear = { AND: [scope, { year: input.year }] };
    const [openCount, overdue, yellow, red, received, rated, satisfied] = await Promise.all([
      ctx.db.appeal.count({ where: open }),
      ctx.db.appeal.count({ where: { AND: [open, { resolveDueAt: { lt: ctx.now() } }] } }),
      ctx.db.appeal.count({ where: { AND: [open, { supervisionLevel: "YELLOW" }] } }),
      ctx.db.appeal.count({ where: { AND: [open, { supervisionLevel: "RED" }] } }),
      ctx.db.appeal.count({ where: inYear }),
      ctx.db.appeal.count({ where: { AND: [inYear, { satisfaction: { not: null } }] } }),
      ctx.db.appeal.count({ where: { AND: [inYear, { satisfaction: { gte: 4 } }] } }),
    ]);
    return { open: openCount, overdue, yellow, red, received, rated, satisfiedShare: rated ? satisfied / rated : null, year: input.year };
  });

/** The list as a workbook (same filter, search, sort and scope as on screen), through the list itself (staff only: full rows). */
const exportAppeals = defineExport<TAppeal>(
  { config: { label: APPEALS_LABEL, sortable: SORTABLE }, ZListInput: ZList, router: router({ list }) },
  { policy: VISITORS, columns: appealExportColumns },
);

/** A workflow step: run it, then answer with the appeal as the caller now sees it. */
const step = (roles: TRole[], description: string) => procedure(roles, { description }).output(ZAppealDetail);
const enterpriseStep = (description: string) => procedure(ENTERPRISE, { description }).output(ZEnterpriseAppealDetail);

export const appealsRouter = router({
  list,
  overview,
  export: exportAppeals,

  get: procedure(READERS, { description: "One appeal with its timeline" })
    .input(ZAppealId)
    .output(ZAppealDetailForCaller)
    .query(({ ctx, input }) => detail(ctx, input.id)),

  getMany: procedure(READERS, { description: "Several appeals by id" })
    .input(z.object({ ids: z.array(z.string().max(64)).max(200) }))
    .output(z.array(ZAppealForCaller))
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db.appeal.findMany({
        where: { AND: [{ id: { in: input.ids } }, await appealReadScope(ctx.db, ctx.user)] },
        include: APPEAL_INCLUDE,
      });
      return (await toAppealDtos(ctx.db, rows)).map((a) => appealForCaller(ctx.user, a));
    }),

  /** Intake: an enterprise files its own, a commissioner (or the district) records one on its behalf. */
  create: procedure(["ENTERPRISE", "COMMISSIONER", "DISTRICT_ADMIN"], { description: "File an appeal" })
    .input(ZAppealSubmit)
    .output(ZAppealDetailForCaller)
    .mutation(async ({ ctx, input }) => detail(ctx, await submitAppeal(ctx, input))),

  /** Handling units an appeal can go to (forms, send-back, reassign). */
  units: procedure(READERS, { description: "Town units and district departments" })
    .output(z.array(ZUnit))
    .query(async ({ ctx }) => {
      const [towns, departments] = await Promise.all([
        ctx.db.town.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
        ctx.db.department.findMany({ orderBy: { code: "asc" }, select: { id: true, name: true } }),
      ]);
      return [
        ...towns.map((t) => ({ kind: "TOWN" as const, id: t.id, name: `${t.name}企业服务部门` })),
        ...departments.map((d) => ({ kind: "DEPARTMENT" as const, id: d.id, name: d.name })),
      ];
    }),

  accept: step(UNITS, "Accept (受理)")
    .input(ZNoteInput)
    .mutation(async ({ ctx, input }) => (await steps.accept(ctx, input.id, input.note), staffDetail(ctx, input.id))),
  start: step(UNITS, "Start work")
    .input(ZNoteInput)
    .mutation(async ({ ctx, input }) => (await steps.start(ctx, input.id, input.note), staffDetail(ctx, input.id))),
  // the decliner can no longer read the appeal, so it gets back only where it went
  sendBack: procedure(UNITS, { description: "Send back with a reason; it goes on to the next unit" })
    .input(ZSendBack)
    .output(z.object({ id: z.string(), number: z.string(), unit: ZUnit }))
    .mutation(async ({ ctx, input }) => steps.sendBack(ctx, input.id, input.reason, input.suggest)),
  requestInfo: step(UNITS, "Ask the enterprise for information (pauses the clock)")
    .input(ZRequiredNote)
    .mutation(async ({ ctx, input }) => (await steps.requestInfo(ctx, input.id, input.note), staffDetail(ctx, input.id))),
  answer: step(UNITS, "Answer")
    .input(ZAnswer)
    .mutation(
      async ({ ctx, input }) => (
        await steps.answer(ctx, input.id, input.answer, input.resolved, input.fileIds),
        staffDetail(ctx, input.id)
      ),
    ),
  close: step(UNITS, "Close after confirmation")
    .input(ZNoteInput)
    .mutation(async ({ ctx, input }) => (await steps.close(ctx, input.id, input.note), staffDetail(ctx, input.id))),
  returnVisit: step(VISITORS, "Record a return visit (instead of the enterprise's confirmation)")
    .input(ZReturnVisit)
    .mutation(async ({ ctx, input }) => (await steps.confirm(ctx, input.id, input, true), staffDetail(ctx, input.id))),
  callbackDone: step(VISITORS, "Record the call-back on a withdrawn appeal")
    .input(ZRequiredNote)
    .mutation(async ({ ctx, input }) => (await steps.callbackDone(ctx, input.id, input.note), staffDetail(ctx, input.id))),

  supplement: enterpriseStep("Supply the requested information (resumes the clock)")
    .input(ZRequiredNote)
    .mutation(async ({ ctx, input }) => (await steps.supplement(ctx, input.id, input.note), enterpriseDetail(ctx, input.id))),
  confirm: enterpriseStep("Confirm and rate the answer")
    .input(ZConfirm)
    .mutation(async ({ ctx, input }) => (await steps.confirm(ctx, input.id, input), enterpriseDetail(ctx, input.id))),
  reopen: enterpriseStep("Reopen within 15 days")
    .input(ZReopen)
    .mutation(async ({ ctx, input }) => (await steps.reopen(ctx, input.id, input.reason), enterpriseDetail(ctx, input.id))),
  withdraw: enterpriseStep("Withdraw")
    .input(ZNoteInput)
    .mutation(async ({ ctx, input }) => (await steps.withdraw(ctx, input.id, input.note), enterpriseDetail(ctx, input.id))),

  reassign: step(DISTRICT, "Reassign to another unit")
    .input(ZReassign)
    .mutation(async ({ ctx, input }) => (await steps.reassign(ctx, input.id, input.unit, input.note), staffDetail(ctx, input.id))),
  addCoUnit: step(UNITS, "Lead unit adds a co-handling unit (协办)")
    .input(ZAddCoUnit)
    .mutation(async ({ ctx, input }) => (await steps.addCoUnit(ctx, input.id, input.unit, input.note), staffDetail(ctx, input.id))),
  addNote: step(UNITS, "Lead or co-handling unit adds a note to the timeline")
    .input(ZAddNote)
    .mutation(async ({ ctx, input }) => (await steps.addNote(ctx, input.id, input.note), staffDetail(ctx, input.id))),
  flagHardBone: step(DISTRICT, "Flag as a hard-bone problem (硬骨头)")
    .input(ZHardBone)
    .mutation(async ({ ctx, input }) => (await steps.flagHardBone(ctx, input.id, input.note), staffDetail(ctx, input.id))),
  supervise: step(DISTRICT, "Supervise (督办) manually")
    .input(ZSupervise)
    .mutation(async ({ ctx, input }) => (await steps.supervise(ctx, input.id, input.level, input.note), staffDetail(ctx, input.id))),
});
