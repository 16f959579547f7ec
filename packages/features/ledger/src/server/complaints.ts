import { z } from "zod";
import { AppError } from "@qifu/domain";
import { newId } from "@qifu/db";
import { procedure, router, type TContext, type TWhere } from "@qifu/trpc-core";
import { ComplaintStatus, ZComplaint, ZComplaintAnswer, ZComplaintCreate, ZComplaintFilter, ZComplaintStep, type TComplaintStatus } from "../schemas";
import { scopedReads } from "./scoped-reads";
import { COMPLAINT, ledgerScope, NAMES_INCLUDE, nodeFor, SUPERVISORS, supervisorScope, toComplaintDto } from "./ledger-service";

const ZId = z.object({ id: z.string().min(1).max(64) });

const dto = async (ctx: TContext, id: string) => toComplaintDto(await ctx.db.serviceComplaint.findUniqueOrThrow({ where: { id }, include: NAMES_INCLUDE }));

/** filed → handling → answered → closed; each step from its one status, inside the caller's scope. */
async function move(ctx: TContext, id: string, scope: TWhere, from: TComplaintStatus[], to: TComplaintStatus, data: Record<string, unknown>) {
  const row = await ctx.db.serviceComplaint.findFirst({ where: { AND: [{ id }, scope] } });
  if (!row) throw AppError.notFound(COMPLAINT);
  if (!from.includes(row.status as TComplaintStatus))
    throw new AppError("CONFLICT", {
      zh: `投诉当前状态为“${ComplaintStatus.label(row.status as TComplaintStatus)}”，不能改为“${ComplaintStatus.label(to)}”`,
      en: `The complaint is ${ComplaintStatus.label(row.status as TComplaintStatus, "en").toLowerCase()}; it cannot become ${ComplaintStatus.label(to, "en").toLowerCase()}`,
    });
  const { count } = await ctx.db.serviceComplaint.updateMany({ where: { id, status: row.status }, data: { status: to, ...data } });
  if (count !== 1) throw new AppError("CONFLICT", { zh: "投诉状态已变化，请刷新后重试", en: "The complaint changed meanwhile; reload and try again" });
  return dto(ctx, id);
}

/** `serviceComplaints`: complaints of enterprises against nodes, handled by the town or the district; the node sees them. */
export const complaintsRouter = router({
  ...scopedReads({
    label: COMPLAINT, model: (db) => db.serviceComplaint, include: NAMES_INCLUDE, dto: ZComplaint, toDto: toComplaintDto, filter: ZComplaintFilter,
    sortable: ["createdAt", "updatedAt", "status"],
    filterWhere: (f) => ({ ...(f.status ? { status: f.status } : {}), ...(f.nodeId ? { nodeId: f.nodeId } : {}), ...(f.townId ? { townId: f.townId } : {}) }),
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
          throw AppError.validation("recordId", { zh: "服务记录不存在，或不是该节点为贵企业提供的服务", en: "No such service of this node to your enterprise" });
      }
      const id = newId();
      await ctx.db.serviceComplaint.create({
        data: { id, enterpriseId, nodeId: node.id, townId: node.townId, recordId: input.recordId ?? null, subject: input.subject, content: input.content },
      });
      return dto(ctx, id);
    }),

  handle: procedure(SUPERVISORS, { description: "The town or district takes up a complaint" })
    .input(ZComplaintStep)
    .output(ZComplaint)
    .mutation(({ ctx, input }) => move(ctx, input.id, supervisorScope(ctx.user), ["FILED"], "HANDLING", { handlerId: ctx.user!.id, handledAt: ctx.now() })),

  answer: procedure(SUPERVISORS, { description: "Answer a complaint being handled" })
    .input(ZComplaintAnswer)
    .output(ZComplaint)
    .mutation(({ ctx, input }) => move(ctx, input.id, supervisorScope(ctx.user), ["HANDLING"], "ANSWERED", { answer: input.answer, answeredAt: ctx.now() })),

  /** The enterprise closes its answered complaint, or the handler does (e.g. after a call). */
  close: procedure(["DISTRICT_ADMIN", "TOWN_ADMIN", "ENTERPRISE"], { description: "Close an answered complaint" })
    .input(ZComplaintStep)
    .output(ZComplaint)
    .mutation(({ ctx, input }) => {
      const scope = ctx.user?.role === "ENTERPRISE" ? ledgerScope(ctx.user) : supervisorScope(ctx.user);
      return move(ctx, input.id, scope, ["ANSWERED"], "CLOSED", { closedAt: ctx.now(), closeNote: input.note ?? null });
    }),
});
