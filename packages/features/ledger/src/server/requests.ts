import { z } from "zod";
import { AppError } from "@qifu/domain";
import { newId } from "@qifu/db";
import { appErrorFromUnknown, attachFiles, loadCalendar, nextCaseNumber, procedure, router, type TContext } from "@qifu/trpc-core";
import {
  OPEN_REQUEST_STATUSES,
  REQUEST_NUMBER_PREFIX,
  requestTransition,
  ZRequest,
  ZRequestCancel,
  ZRequestCreate,
  ZRequestDecide,
  ZRequestDeliver,
  ZRequestDetail,
  ZRequestFilter,
  type TRequestAction,
  type TRequestDetail,
  type TRequestStatus,
} from "../schemas";
import { attachEvidence, filesOut } from "./evidence";
import { LEDGER_READERS, LEDGER_STAFF, ledgerScope, REQUEST, REQUEST_INCLUDE, staffScope, toRequestDto, dateOf } from "./ledger-service";
import { notifyRequest, notifyRequestArrived, notifyToRate } from "./notify";
import { checkDelivery } from "./records";
import { scopedReads } from "./scoped-reads";

const ZId = z.object({ id: z.string().min(1).max(64) });

/** The owner kind of files an enterprise attaches to its request (shared Files mechanism). */
export const REQUEST_FILES = "serviceRequest";
// whoever may read the request may download its attachments: its node, its town, the district, the enterprise
export const canReadRequestFiles = async (ctx: TContext, ownerId: string) =>
  !!(await ctx.prisma.serviceRequest.findFirst({ where: { AND: [{ id: ownerId }, ledgerScope(ctx.user)] }, select: { id: true } }));

/** The case page: the request, its time limit and handler, a timeline from its own dates, its attachments. */
async function requestDetail(ctx: TContext, id: string): Promise<TRequestDetail> {
  const row = await ctx.db.serviceRequest.findFirst({
    where: { AND: [{ id }, ledgerScope(ctx.user)] },
    include: { ...REQUEST_INCLUDE, product: { select: { title: true, timeLimitDays: true } } },
  });
  if (!row) throw AppError.notFound(REQUEST);
  const handler = row.handledById ? await ctx.db.user.findUnique({ where: { id: row.handledById }, select: { displayName: true } }) : null;
  const base = toRequestDto(row);
  const iso = (d: Date) => d.toISOString();
  const timeline: TRequestDetail["timeline"] = [{ kind: "SUBMIT", at: iso(row.createdAt), actorName: base.enterpriseName, note: row.note }];
  if (row.acceptedAt)
    timeline.push({ kind: "ACCEPT", at: iso(row.acceptedAt), actorName: handler?.displayName ?? base.nodeName, note: null });
  if (row.overdueAt) timeline.push({ kind: "OVERDUE", at: iso(row.overdueAt), actorName: null, note: null });
  const closing = { DECLINED: "DECLINE", DELIVERED: "DELIVER", CANCELLED: "CANCEL" } as const;
  if (row.closedAt && row.status in closing)
    timeline.push({
      kind: closing[row.status as keyof typeof closing],
      at: iso(row.closedAt),
      actorName: row.status === "CANCELLED" ? base.enterpriseName : (handler?.displayName ?? base.nodeName),
      note: row.reason,
    });
  timeline.sort((a, b) => a.at.localeCompare(b.at));
  const files = await filesOut(ctx, REQUEST_FILES, row.id);
  return { ...base, timeLimitDays: row.product?.timeLimitDays ?? null, handlerName: handler?.displayName ?? null, timeline, files };
}

/**
 * One step of the state machine: the request must be in the caller's scope (else "not found")
 * and in a status the action leaves from (else a conflict that names both).
 */
async function step(ctx: TContext, id: string, action: TRequestAction, data: (to: TRequestStatus) => Record<string, unknown>) {
  const scope = action === "cancel" ? ledgerScope(ctx.user) : staffScope(ctx.user);
  const row = await ctx.db.serviceRequest.findFirst({ where: { AND: [{ id }, scope] } });
  if (!row) throw AppError.notFound(REQUEST);
  const t = requestTransition(row.status as TRequestStatus, action);
  if ("error" in t) throw new AppError("CONFLICT", t.error);
  // guarded by the status read above: a concurrent step loses instead of overwriting
  const { count } = await ctx.db.serviceRequest.updateMany({ where: { id, status: row.status }, data: { status: t.to, ...data(t.to) } });
  if (count !== 1)
    throw new AppError("CONFLICT", { zh: "申请状态已变化，请刷新后重试", en: "The request changed meanwhile; reload and try again" });
  return row;
}

const dto = async (ctx: TContext, id: string) =>
  toRequestDto(await ctx.db.serviceRequest.findUniqueOrThrow({ where: { id }, include: REQUEST_INCLUDE }));

/** `serviceRequests`: an enterprise requests a published product; the node accepts or declines, then delivers. */
export const requestsRouter = router({
  ...scopedReads({
    label: REQUEST,
    model: (db) => db.serviceRequest,
    include: REQUEST_INCLUDE,
    dto: ZRequest,
    toDto: toRequestDto,
    filter: ZRequestFilter,
    sortable: ["createdAt", "updatedAt", "status", "nodeId", "dueAt", "number"],
    filterWhere: (f) => ({
      ...(f.open === true
        ? { status: { in: [...OPEN_REQUEST_STATUSES] } }
        : f.open === false
          ? { status: { notIn: [...OPEN_REQUEST_STATUSES] } }
          : {}),
      ...(f.overdue === true ? { overdueAt: { not: null }, status: { in: [...OPEN_REQUEST_STATUSES] } } : {}),
      ...(f.status ? { status: f.status } : {}),
      ...(f.nodeId ? { nodeId: f.nodeId } : {}),
      ...(f.townId ? { townId: f.townId } : {}),
      ...(f.category ? { category: f.category } : {}),
    }),
    search: (q) => ({
      OR: [{ note: { contains: q } }, { enterprise: { name: { contains: q } } }, { product: { title: { contains: q } } }],
    }),
  }),

  create: procedure(["ENTERPRISE"], { description: "An enterprise requests a published service product" })
    .input(ZRequestCreate)
    .output(ZRequest)
    .mutation(async ({ ctx, input }) => {
      const enterpriseId = ctx.user!.enterpriseId;
      if (!enterpriseId)
        throw new AppError("FORBIDDEN", {
          zh: "请先认领企业信息，再申请服务",
          en: "Claim your enterprise's record before requesting services",
        });
      const product = await ctx.db.serviceProduct.findFirst({
        where: { id: input.productId, status: "PUBLISHED" },
        select: { id: true, nodeId: true, townId: true, category: true, channel: true, title: true, timeLimitDays: true },
      });
      if (!product)
        throw AppError.validation("productId", { zh: "服务产品不存在或已下架", en: "The product does not exist or was withdrawn" });
      if (product.channel !== "BOTH" && product.channel !== input.channel)
        throw AppError.validation("channel", {
          zh: `该服务只提供${product.channel === "ONLINE" ? "线上" : "线下"}办理`,
          en: `This service is only offered ${product.channel === "ONLINE" ? "online" : "offline"}`,
        });
      const duplicate = () =>
        new AppError("CONFLICT", { zh: "您已申请过该服务，正在办理中", en: "You already have an open request for this service" });
      const open = await ctx.db.serviceRequest.count({
        where: { enterpriseId, productId: product.id, status: { in: ["PENDING", "ACCEPTED"] } },
      });
      if (open) throw duplicate();
      // due: the product's published time limit (五公开) in working days, on the working calendar
      const now = ctx.now();
      const dueAt = (await loadCalendar(ctx.db)).addWorkingDays(now, product.timeLimitDays);
      const enterprise = await ctx.db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId }, select: { name: true } });
      const id = newId();
      // two requests at once both pass the count on PostgreSQL: the partial unique index
      // service_request_one_open_idx refuses the second
      // the number is taken last: its counter row stays locked until commit
      const { number } = await nextCaseNumber(ctx.db, REQUEST_NUMBER_PREFIX, now);
      await ctx.db.serviceRequest
        .create({
          data: {
            id,
            number,
            dueAt,
            enterpriseId,
            productId: product.id,
            nodeId: product.nodeId,
            townId: product.townId,
            category: product.category,
            channel: input.channel,
            note: input.note,
            contactName: input.contactName ?? null,
            contactPhone: input.contactPhone ?? null,
            status: "PENDING",
            createdAt: now,
          },
        })
        .catch((err: unknown) => {
          throw appErrorFromUnknown(err).code === "CONFLICT" ? duplicate() : err;
        });
      if (input.fileIds?.length) await attachFiles(ctx, { fileIds: input.fileIds, ownerKind: REQUEST_FILES, ownerId: id, max: 5 });
      await notifyRequestArrived(ctx, {
        id,
        number,
        productTitle: product.title,
        enterpriseName: enterprise.name,
        nodeId: product.nodeId,
        townId: product.townId,
        dueAt,
      });
      return dto(ctx, id);
    }),

  detail: procedure(LEDGER_READERS, { description: "One service request as a case: timeline, handler, due date, attachments" })
    .input(ZId)
    .output(ZRequestDetail)
    .query(({ ctx, input }) => requestDetail(ctx, input.id)),

  accept: procedure(LEDGER_STAFF, { description: "The node accepts a pending request" })
    .input(ZId)
    .output(ZRequest)
    .mutation(async ({ ctx, input }) => {
      const row = await step(ctx, input.id, "accept", () => ({ acceptedAt: ctx.now(), handledById: ctx.user!.id }));
      await notifyRequest(
        ctx,
        { enterpriseId: row.enterpriseId, status: "ACCEPTED" },
        { zh: "您的服务申请已受理", en: "Your service request was accepted" },
      );
      return dto(ctx, input.id);
    }),

  decline: procedure(LEDGER_STAFF, { description: "The node declines a request, with the reason" })
    .input(ZRequestDecide)
    .output(ZRequest)
    .mutation(async ({ ctx, input }) => {
      const row = await step(ctx, input.id, "decline", () => ({ reason: input.reason, closedAt: ctx.now(), handledById: ctx.user!.id }));
      await notifyRequest(
        ctx,
        { enterpriseId: row.enterpriseId, status: "DECLINED" },
        { zh: "您的服务申请未被受理", en: "Your service request was declined" },
      );
      return dto(ctx, input.id);
    }),

  cancel: procedure(["ENTERPRISE"], { description: "The enterprise withdraws its request before delivery" })
    .input(ZRequestCancel)
    .output(ZRequest)
    .mutation(async ({ ctx, input }) => {
      await step(ctx, input.id, "cancel", () => ({ reason: input.reason ?? null, closedAt: ctx.now() }));
      return dto(ctx, input.id);
    }),

  /** Delivery writes the ledger record (source REQUEST) in the same transaction. */
  deliver: procedure(LEDGER_STAFF, { description: "The node delivers an accepted request: a ledger record is written" })
    .input(ZRequestDeliver)
    .output(ZRequest)
    .mutation(async ({ ctx, input }) => {
      await checkDelivery(ctx, input);
      const recordId = newId();
      const row = await step(ctx, input.id, "deliver", () => ({ closedAt: ctx.now(), handledById: ctx.user!.id }));
      await ctx.db.ledgerRecord.create({
        data: {
          id: recordId,
          enterpriseId: row.enterpriseId,
          nodeId: row.nodeId,
          townId: row.townId,
          productId: row.productId,
          requestId: row.id,
          category: row.category,
          channel: input.channel,
          servedOn: dateOf(input.servedOn),
          staffName: input.staffName,
          summary: input.summary,
          source: "REQUEST",
          createdById: ctx.user!.id,
        },
      });
      await ctx.db.serviceRequest.update({ where: { id: row.id }, data: { recordId } });
      await attachEvidence(ctx, recordId, input.fileIds);
      await notifyToRate(ctx, { id: recordId, enterpriseId: row.enterpriseId });
      return dto(ctx, input.id);
    }),
});
