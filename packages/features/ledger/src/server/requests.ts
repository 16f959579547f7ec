import { z } from "zod";
import { AppError } from "@qifu/domain";
import { newId } from "@qifu/db";
import { appErrorFromUnknown, procedure, router, type TContext } from "@qifu/trpc-core";
import {
  requestTransition, ZRequest, ZRequestCancel, ZRequestCreate, ZRequestDecide, ZRequestDeliver, ZRequestFilter,
  type TRequestAction, type TRequestStatus,
} from "../schemas";
import { attachEvidence } from "./evidence";
import { LEDGER_STAFF, ledgerScope, REQUEST, REQUEST_INCLUDE, staffScope, toRequestDto, dateOf } from "./ledger-service";
import { notifyRequest, notifyToRate } from "./notify";
import { checkDelivery } from "./records";
import { scopedReads } from "./scoped-reads";

const ZId = z.object({ id: z.string().min(1).max(64) });

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
  if (count !== 1) throw new AppError("CONFLICT", { zh: "申请状态已变化，请刷新后重试", en: "The request changed meanwhile; reload and try again" });
  return row;
}

const dto = async (ctx: TContext, id: string) => toRequestDto(await ctx.db.serviceRequest.findUniqueOrThrow({ where: { id }, include: REQUEST_INCLUDE }));

/** `serviceRequests`: an enterprise requests a published product; the node accepts or declines, then delivers. */
export const requestsRouter = router({
  ...scopedReads({
    label: REQUEST, model: (db) => db.serviceRequest, include: REQUEST_INCLUDE, dto: ZRequest, toDto: toRequestDto, filter: ZRequestFilter,
    sortable: ["createdAt", "updatedAt", "status", "nodeId"],
    filterWhere: (f) => ({ ...(f.status ? { status: f.status } : {}), ...(f.nodeId ? { nodeId: f.nodeId } : {}), ...(f.townId ? { townId: f.townId } : {}), ...(f.category ? { category: f.category } : {}) }),
    search: (q) => ({ OR: [{ note: { contains: q } }, { enterprise: { name: { contains: q } } }, { product: { title: { contains: q } } }] }),
  }),

  create: procedure(["ENTERPRISE"], { description: "An enterprise requests a published service product" })
    .input(ZRequestCreate)
    .output(ZRequest)
    .mutation(async ({ ctx, input }) => {
      const enterpriseId = ctx.user!.enterpriseId;
      if (!enterpriseId)
        throw new AppError("FORBIDDEN", { zh: "请先认领企业信息，再申请服务", en: "Claim your enterprise's record before requesting services" });
      const product = await ctx.db.serviceProduct.findFirst({ where: { id: input.productId, status: "PUBLISHED" }, select: { id: true, nodeId: true, townId: true, category: true, channel: true } });
      if (!product) throw AppError.validation("productId", { zh: "服务产品不存在或已下架", en: "The product does not exist or was withdrawn" });
      if (product.channel !== "BOTH" && product.channel !== input.channel)
        throw AppError.validation("channel", { zh: `该服务只提供${product.channel === "ONLINE" ? "线上" : "线下"}办理`, en: `This service is only offered ${product.channel === "ONLINE" ? "online" : "offline"}` });
      const duplicate = () => new AppError("CONFLICT", { zh: "您已申请过该服务，正在办理中", en: "You already have an open request for this service" });
      const open = await ctx.db.serviceRequest.count({ where: { enterpriseId, productId: product.id, status: { in: ["PENDING", "ACCEPTED"] } } });
      if (open) throw duplicate();
      const id = newId();
      // two requests at once both pass the count on PostgreSQL: the partial unique index
      // service_request_one_open_idx refuses the second
      await ctx.db.serviceRequest.create({
        data: {
          id, enterpriseId, productId: product.id, nodeId: product.nodeId, townId: product.townId, category: product.category, channel: input.channel,
          note: input.note, contactName: input.contactName ?? null, contactPhone: input.contactPhone ?? null, status: "PENDING",
        },
      }).catch((err: unknown) => {
        throw appErrorFromUnknown(err).code === "CONFLICT" ? duplicate() : err;
      });
      return dto(ctx, id);
    }),

  accept: procedure(LEDGER_STAFF, { description: "The node accepts a pending request" })
    .input(ZId)
    .output(ZRequest)
    .mutation(async ({ ctx, input }) => {
      const row = await step(ctx, input.id, "accept", () => ({ acceptedAt: ctx.now(), handledById: ctx.user!.id }));
      await notifyRequest(ctx, { enterpriseId: row.enterpriseId, status: "ACCEPTED" }, { zh: "您的服务申请已受理", en: "Your service request was accepted" });
      return dto(ctx, input.id);
    }),

  decline: procedure(LEDGER_STAFF, { description: "The node declines a request, with the reason" })
    .input(ZRequestDecide)
    .output(ZRequest)
    .mutation(async ({ ctx, input }) => {
      const row = await step(ctx, input.id, "decline", () => ({ reason: input.reason, closedAt: ctx.now(), handledById: ctx.user!.id }));
      await notifyRequest(ctx, { enterpriseId: row.enterpriseId, status: "DECLINED" }, { zh: "您的服务申请未被受理", en: "Your service request was declined" });
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
          id: recordId, enterpriseId: row.enterpriseId, nodeId: row.nodeId, townId: row.townId, productId: row.productId, requestId: row.id,
          category: row.category, channel: input.channel, servedOn: dateOf(input.servedOn), staffName: input.staffName, summary: input.summary,
          source: "REQUEST", createdById: ctx.user!.id,
        },
      });
      await ctx.db.serviceRequest.update({ where: { id: row.id }, data: { recordId } });
      await attachEvidence(ctx, recordId, input.fileIds);
      await notifyToRate(ctx, { id: recordId, enterpriseId: row.enterpriseId });
      return dto(ctx, input.id);
    }),
});
