import { z } from "zod";
import { AppError } from "@qifu/domain";
import { newId } from "@qifu/db";
import { loadCalendar, procedure, router, type TContext, type TWhere } from "@qifu/trpc-core";
import {
  ComplaintStatus,
  DEFAULT_COMPLAINT_LIMIT_DAYS,
  OPEN_COMPLAINT_STATUSES,
  ZComplaint,
  ZComplaintAnswer,
  ZComplaintCreate,
  ZComplaintFilter,
  ZComplaintReopen,
  ZComplaintStep,
  ZLedgerSettings,
  type TComplaint,
  type TComplaintStatus,
} from "../schemas";
import { notifyComplaint } from "./notify";
import { scopedReads } from "./scoped-reads";
import { COMPLAINT, ledgerScope, NAMES_INCLUDE, nodeFor, SUPERVISORS, supervisorScope, toComplaintDto } from "./ledger-service";

const dto = async (ctx: TContext, id: string) =>
  toComplaintDto(await ctx.db.serviceComplaint.findUniqueOrThrow({ where: { id }, include: NAMES_INCLUDE }));

/** filed → handling → answered → closed; each step from its one status, inside the caller's scope. */
async function move(
  ctx: TContext,
  id: string,
  scope: TWhere,
  from: TComplaintStatus[],
  to: TComplaintStatus,
  data: Record<string, unknown>,
) {
  const row = await ctx.db.serviceComplaint.findFirst({ where: { AND: [{ id }, scope] } });
  if (!row) throw AppError.notFound(COMPLAINT);
  if (!from.includes(row.status as TComplaintStatus))
    throw new AppError("CONFLICT", {
      zh: `投诉当前状态为“${ComplaintStatus.label(row.status as TComplaintStatus)}”，不能改为“${ComplaintStatus.label(to)}”`,
      en: `The complaint is ${ComplaintStatus.label(row.status as TComplaintStatus, "en").toLowerCase()}; it cannot become ${ComplaintStatus.label(to, "en").toLowerCase()}`,
    });
  const { count } = await ctx.db.serviceComplaint.updateMany({ where: { id, status: row.status }, data: { status: to, ...data } });
  if (count !== 1)
    throw new AppError("CONFLICT", { zh: "投诉状态已变化，请刷新后重试", en: "The complaint changed meanwhile; reload and try again" });
  return dto(ctx, id);
}

const SETTINGS_ID = "default";
/** The complaint time limit in working days: the district's setting, or the default. */
export async function complaintLimitDays(ctx: Pick<TContext, "db">): Promise<number> {
  return (await ctx.db.ledgerSetting.findUnique({ where: { id: SETTINGS_ID } }))?.complaintLimitDays ?? DEFAULT_COMPLAINT_LIMIT_DAYS;
}

/** A fresh answer clock from now (filing, reopening). */
async function answerDue(ctx: TContext) {
  return (await loadCalendar(ctx.db)).addWorkingDays(ctx.now(), await complaintLimitDays(ctx));
}

const facts = (c: TComplaint) => ({ id: c.id, subject: c.subject, nodeId: c.nodeId, townId: c.townId, enterpriseId: c.enterpriseId });

/** `serviceComplaints`: complaints of enterprises against nodes, handled by the town or the district; the node sees them. */
export const complaintsRouter = router({
  ...scopedReads({
    label: COMPLAINT,
    model: (db) => db.serviceComplaint,
    include: NAMES_INCLUDE,
    dto: ZComplaint,
    toDto: toComplaintDto,
    filter: ZComplaintFilter,
    sortable: ["createdAt", "updatedAt", "status", "dueAt"],
    filterWhere: (f) => ({
      ...(f.overdue === true ? { overdueAt: { not: null }, status: { in: [...OPEN_COMPLAINT_STATUSES] } } : {}),
      ...(f.status ? { status: f.status } : {}),
      ...(f.nodeId ? { nodeId: f.nodeId } : {}),
      ...(f.townId ? { townId: f.townId } : {}),
    }),
    search: (q) => ({ OR: [{ subject: { contains: q } }, { content: { contains: q } }] }),
  }),

  create: procedure(["ENTERPRISE"], { description: "An enterprise files a complaint against a node" })
    .input(ZComplaintCreate)
    .output(ZComplaint)
    .mutation(async ({ ctx, input }) => {
      const enterpriseId = ctx.user!.enterpriseId;
      if (!enterpriseId) throw new AppError("FORBIDDEN", { zh: "请先认领企业信息", en: "Claim your enterprise's record first" });
      const node = await nodeFor(ctx, input.nodeId);
      if (input.recordId) {
        const record = await ctx.db.ledgerRecord.findFirst({ where: { id: input.recordId, enterpriseId }, select: { nodeId: true } });
        if (!record || record.nodeId !== node.id)
          throw AppError.validation("recordId", {
            zh: "服务记录不存在，或不是该节点为贵企业提供的服务",
            en: "No such service of this node to your enterprise",
          });
      }
      const id = newId();
      await ctx.db.serviceComplaint.create({
        data: {
          id,
          enterpriseId,
          nodeId: node.id,
          townId: node.townId,
          recordId: input.recordId ?? null,
          subject: input.subject,
          content: input.content,
          dueAt: await answerDue(ctx),
          createdAt: ctx.now(),
        },
      });
      const out = await dto(ctx, id);
      await notifyComplaint(ctx, facts(out), ["supervisors", "node"], "ledger.complaint.new", {
        zh: `新的服务投诉：${out.nodeName}`,
        en: `New complaint about ${out.nodeName}`,
      });
      return out;
    }),

  handle: procedure(SUPERVISORS, { description: "The town or district takes up a complaint" })
    .input(ZComplaintStep)
    .output(ZComplaint)
    .mutation(({ ctx, input }) =>
      move(ctx, input.id, supervisorScope(ctx.user), ["FILED"], "HANDLING", { handlerId: ctx.user!.id, handledAt: ctx.now() }),
    ),

  answer: procedure(SUPERVISORS, { description: "Answer a complaint being handled" })
    .input(ZComplaintAnswer)
    .output(ZComplaint)
    .mutation(async ({ ctx, input }) => {
      const out = await move(ctx, input.id, supervisorScope(ctx.user), ["HANDLING"], "ANSWERED", {
        answer: input.answer,
        answeredAt: ctx.now(),
      });
      await notifyComplaint(ctx, facts(out), ["enterprise", "node"], "ledger.complaint.answered", {
        zh: "您的投诉已答复，请确认是否接受",
        en: "Your complaint was answered: accept it or ask for more",
      });
      return out;
    }),

  /** The complaining enterprise accepts the answer: the complaint is closed. */
  accept: procedure(["ENTERPRISE"], { description: "The complaining enterprise accepts the answer (closes the complaint)" })
    .input(ZComplaintStep)
    .output(ZComplaint)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const out = await move(ctx, input.id, ledgerScope(ctx.user), ["ANSWERED"], "CLOSED", {
        acceptedAt: now,
        closedAt: now,
        closeNote: input.note ?? "企业接受答复",
      });
      await notifyComplaint(ctx, facts(out), ["supervisors"], "ledger.complaint.accepted", {
        zh: "企业已接受投诉答复",
        en: "The enterprise accepted the answer",
      });
      return out;
    }),

  /** The complaining enterprise is not satisfied: back to the town, with a new time limit. */
  reopen: procedure(["ENTERPRISE"], { description: "The complaining enterprise reopens an answered complaint, with its reason" })
    .input(ZComplaintReopen)
    .output(ZComplaint)
    .mutation(async ({ ctx, input }) => {
      const row = await ctx.db.serviceComplaint.findFirst({
        where: { AND: [{ id: input.id }, ledgerScope(ctx.user)] },
        select: { reopenCount: true },
      });
      const out = await move(ctx, input.id, ledgerScope(ctx.user), ["ANSWERED"], "HANDLING", {
        reopenCount: (row?.reopenCount ?? 0) + 1,
        reopenedAt: ctx.now(),
        reopenReason: input.reason,
        dueAt: await answerDue(ctx),
        overdueAt: null,
      });
      await notifyComplaint(ctx, facts(out), ["supervisors", "node"], "ledger.complaint.reopened", {
        zh: "企业对投诉答复不满意，已重新办理",
        en: "The enterprise reopened its complaint",
      });
      return out;
    }),

  settings: procedure(["DISTRICT_ADMIN", "TOWN_ADMIN"], { description: "The ledger's settings (complaint time limit)" })
    .input(z.void())
    .output(ZLedgerSettings)
    .query(async ({ ctx }) => ({ complaintLimitDays: await complaintLimitDays(ctx) })),

  setSettings: procedure(["DISTRICT_ADMIN"], { description: "Set the complaint time limit (working days)" })
    .input(ZLedgerSettings)
    .output(ZLedgerSettings)
    .mutation(async ({ ctx, input }) => {
      await ctx.db.ledgerSetting.upsert({ where: { id: SETTINGS_ID }, create: { id: SETTINGS_ID, ...input }, update: input });
      return { complaintLimitDays: input.complaintLimitDays };
    }),

  /** The enterprise closes its answered complaint, or the handler does (e.g. after a call). */
  close: procedure(["DISTRICT_ADMIN", "TOWN_ADMIN", "ENTERPRISE"], { description: "Close an answered complaint" })
    .input(ZComplaintStep)
    .output(ZComplaint)
    .mutation(({ ctx, input }) => {
      const scope = ctx.user?.role === "ENTERPRISE" ? ledgerScope(ctx.user) : supervisorScope(ctx.user);
      return move(ctx, input.id, scope, ["ANSWERED"], "CLOSED", { closedAt: ctx.now(), closeNote: input.note ?? null });
    }),
});
