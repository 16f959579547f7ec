import { z } from "zod";
import { AppError, dayOrNull, isoOrNull, ServiceCategory, shanghaiDate, type TServiceCategory } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import {
  attachFiles,
  defineExport,
  defineResource,
  listFilesOf,
  procedure,
  recordLedgerEntry,
  router,
  type TContext,
} from "@qifu/trpc-core";
import {
  periodOf,
  REFUSALS,
  RedemptionStatus,
  ZConfirm,
  ZMine,
  ZRedeem,
  ZRedeemLookup,
  ZRedemption,
  ZRedemptionFilter,
  type TRedemption,
} from "../schemas";
import { openBatchWhere, BATCH_INCLUDE, toBatchDto } from "./batches";
import {
  DISTRICT,
  EVIDENCE_FILES,
  lockPeriod,
  myEnterpriseId,
  NODE_STAFF,
  REDEMPTION_LABEL,
  redemptionScope,
  refuse,
  STAFF,
} from "./access";
import { toVoucherDto, VOUCHER_INCLUDE } from "./vouchers";

export const REDEMPTION_INCLUDE = {
  voucher: { select: { code: true } },
  batch: { select: { name: true } },
  enterprise: { select: { name: true } },
  node: { select: { name: true } },
  town: { select: { name: true } },
} satisfies Prisma.VoucherRedemptionInclude;
type TRedemptionRow = Prisma.VoucherRedemptionGetPayload<{ include: typeof REDEMPTION_INCLUDE }>;

export function toRedemptionDto(r: TRedemptionRow): TRedemption {
  return {
    id: r.id,
    voucherCode: r.voucher.code,
    batchId: r.batchId,
    batchName: r.batch.name,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterprise.name,
    nodeId: r.nodeId,
    nodeName: r.node.name,
    townName: r.town?.name ?? null,
    ledgerRecordId: r.ledgerRecordId,
    category: r.category as TServiceCategory,
    amountFen: r.amountFen,
    servedAt: r.servedAt.toISOString(),
    period: r.period,
    steps: r.steps,
    staffName: r.staffName,
    status: r.status as TRedemption["status"],
    rating: r.rating,
    comment: r.comment,
    confirmedAt: isoOrNull(r.confirmedAt),
    settled: r.settlementId !== null,
    files: [],
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

/** Rows with their evidence files (one query for the files of all rows). */
async function withFiles(ctx: TContext, rows: TRedemptionRow[]): Promise<TRedemption[]> {
  const files = await listFilesOf(
    ctx,
    EVIDENCE_FILES,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...toRedemptionDto(r),
    files: (files.get(r.id) ?? []).map((f) => ({ id: f.id, name: f.name, url: f.url, size: f.size })),
  }));
}

const readOnly = async () => {
  throw new AppError("FORBIDDEN", { zh: "核销通过节点核销办理", en: "Redemptions are made by the node's redeem form" });
};
export const redemptionsResource = defineResource({
  name: "voucherRedemptions",
  label: REDEMPTION_LABEL,
  model: (db) => db.voucherRedemption,
  include: REDEMPTION_INCLUDE,
  schemas: { create: z.object({}), update: z.object({}), filter: ZRedemptionFilter, dto: ZRedemption },
  sortable: ["servedAt", "amountFen", "createdAt", "updatedAt"],
  defaultSort: { field: "servedAt", order: "DESC" },
  policy: { read: [...STAFF, ...NODE_STAFF, "ENTERPRISE"], create: DISTRICT, update: DISTRICT, delete: DISTRICT },
  scope: { read: redemptionScope, write: redemptionScope },
  filterToWhere: (f) => ({
    ...(f.status ? { status: f.status } : {}),
    ...(f.period ? { period: f.period } : {}),
    ...(f.nodeId ? { nodeId: f.nodeId } : {}),
    ...(f.batchId ? { batchId: f.batchId } : {}),
    ...(f.settled !== undefined ? { settlementId: f.settled ? { not: null } : null } : {}),
    ...(f.q?.trim()
      ? {
          OR: [
            { enterprise: { name: { contains: f.q.trim() } } },
            { node: { name: { contains: f.q.trim() } } },
            { voucher: { code: f.q.trim().toUpperCase() } },
          ],
        }
      : {}),
  }),
  toDto: toRedemptionDto,
  prepareCreate: readOnly,
  prepareUpdate: readOnly,
});

export const redemptionsExport = defineExport<TRedemption>(redemptionsResource, {
  policy: [...STAFF, ...NODE_STAFF],
  columns: [
    { header: { zh: "结算月份", en: "Period" }, value: (r) => r.period },
    { header: { zh: "服务节点", en: "Node" }, width: 28, value: (r) => r.nodeName },
    { header: { zh: "镇街", en: "Town" }, value: (r) => r.townName },
    { header: { zh: "企业", en: "Enterprise" }, width: 28, value: (r) => r.enterpriseName },
    { header: { zh: "券码", en: "Code" }, value: (r) => r.voucherCode },
    { header: { zh: "服务类别", en: "Category" }, value: (r, lang) => ServiceCategory.label(r.category, lang) },
    { header: { zh: "服务时间", en: "Served at" }, width: 20, value: (r) => new Date(r.servedAt) },
    { header: { zh: "金额（元）", en: "Amount (yuan)" }, value: (r) => r.amountFen / 100 },
    { header: { zh: "状态", en: "Status" }, value: (r, lang) => RedemptionStatus.label(r.status, lang) },
    { header: { zh: "评分", en: "Rating" }, value: (r) => r.rating },
    { header: { zh: "已结算", en: "Settled" }, value: (r, lang) => (r.settled ? (lang === "zh" ? "是" : "yes") : "") },
  ],
});

const UNKNOWN_CODE = { zh: "券码无效，请核对", en: "Unknown voucher code" };
const NOT_ISSUED = { zh: "该服务券尚未发放", en: "This voucher has not been issued" };

/**
 * Why this voucher cannot be redeemed at this node today, whatever the service and amount: the one
 * check the code lookup shows before the form and the redemption enforces. Null when it can.
 */
function redemptionBlock(
  voucher: { status: string },
  batch: { validFrom: Date; validTo: Date; nodeIds: string[] },
  nodeId: string,
  today: string,
): "NOT_ISSUED" | "EXPIRED" | "NODE_NOT_ELIGIBLE" | null {
  if (voucher.status !== "ISSUED") return "NOT_ISSUED";
  if (today < dayOrNull(batch.validFrom)! || today > dayOrNull(batch.validTo)!) return "EXPIRED";
  if (batch.nodeIds.length && !batch.nodeIds.includes(nodeId)) return "NODE_NOT_ELIGIBLE";
  return null;
}

/**
 * 核销: node staff redeem a voucher the enterprise shows (its code) against a service of their node.
 * The batch's row is locked for the transaction (SELECT … FOR UPDATE), so every check below and the
 * writes after it see the batch's and the voucher's latest spending: concurrent redemptions queue on
 * the lock and none can spend past a quota or the budget (a CHECK constraint is the second wall).
 */
async function redeem(ctx: TContext, input: z.infer<typeof ZRedeem>) {
  const user = ctx.user!;
  const nodeId = user.nodeId;
  if (!nodeId) throw new AppError("FORBIDDEN", { zh: "您的账号没有关联服务节点", en: "Your account has no service node" });
  const code = input.code.trim().toUpperCase();
  const found = await ctx.db.voucher.findUnique({ where: { code }, select: { id: true, batchId: true } });
  if (!found) throw AppError.validation("code", UNKNOWN_CODE);
  await ctx.db.$queryRaw`SELECT id FROM voucher_batch WHERE id = ${found.batchId} FOR UPDATE`;
  const [voucher, batch] = await Promise.all([
    ctx.db.voucher.findUniqueOrThrow({ where: { id: found.id }, include: { enterprise: { select: { name: true } } } }),
    ctx.db.voucherBatch.findUniqueOrThrow({ where: { id: found.batchId } }),
  ]);
  const now = ctx.now();
  const block = redemptionBlock(voucher, batch, nodeId, shanghaiDate(now));
  if (block === "NOT_ISSUED") throw AppError.validation("code", NOT_ISSUED);
  if (block) throw refuse(block);
  const servedAt = new Date(input.servedAt);
  if (servedAt.getTime() > now.getTime() + 5 * 60_000)
    throw AppError.validation("servedAt", { zh: "服务时间不能晚于现在", en: "The service cannot be in the future" });
  // the service itself falls in the batch's window too, not only the day it is redeemed
  const servedDay = shanghaiDate(servedAt);
  if (servedDay < dayOrNull(batch.validFrom)! || servedDay > dayOrNull(batch.validTo)!) throw refuse("EXPIRED");

  // the service: a ledger record of this node and the voucher's enterprise, or one recorded now
  let ledger: { id: string; category: string } | null = null;
  if (input.ledgerRecordId) {
    ledger = await ctx.db.ledgerRecord.findFirst({
      where: { id: input.ledgerRecordId, nodeId, enterpriseId: voucher.enterpriseId },
      select: { id: true, category: true },
    });
    if (!ledger)
      throw AppError.validation("ledgerRecordId", {
        zh: "台账记录不存在，或不属于本节点与该企业",
        en: "The ledger record is not this node's service to this enterprise",
      });
    if (await ctx.db.voucherRedemption.count({ where: { ledgerRecordId: ledger.id } }))
      throw AppError.validation("ledgerRecordId", { zh: "这条台账记录已核销过服务券", en: "This ledger record has already been redeemed" });
  }
  const category = (ledger?.category ?? input.category) as TServiceCategory | undefined;
  if (!category) throw AppError.validation("category", { zh: "请选择服务类别", en: "Choose the service category" });
  if (!batch.categories.includes(category)) throw refuse("CATEGORY_NOT_ELIGIBLE");

  const period = periodOf(servedAt);
  await lockPeriod(ctx, period);
  if (await ctx.db.voucherSettlement.count({ where: { period } })) throw refuse("PERIOD_SETTLED");

  const used = await ctx.db.voucherRedemption.aggregate({
    where: { batchId: batch.id, enterpriseId: voucher.enterpriseId, category },
    _sum: { amountFen: true },
  });
  if (input.amountFen > voucher.balanceFen || (used._sum.amountFen ?? 0) + input.amountFen > batch.quotaPerCategoryFen)
    throw refuse("QUOTA_USED");
  if (batch.spentFen + input.amountFen > batch.budgetFen) throw refuse("BUDGET_SPENT");

  const id = newId();
  const ledgerRecordId =
    ledger?.id ??
    (
      await recordLedgerEntry(ctx.db, {
        source: "VOUCHER",
        originId: id,
        enterpriseId: voucher.enterpriseId,
        nodeId,
        category,
        channel: "OFFLINE",
        servedOn: servedDay,
        staffName: user.displayName,
        summary: `服务券核销：${voucher.enterprise.name}，${ServiceCategory.label(category)}，${(input.amountFen / 100).toFixed(2)}元`,
        createdById: user.id,
      })
    ).id;
  const node = await ctx.db.node.findUniqueOrThrow({ where: { id: nodeId }, select: { townId: true } });
  await ctx.db.voucherRedemption.create({
    data: {
      id,
      voucherId: voucher.id,
      batchId: batch.id,
      enterpriseId: voucher.enterpriseId,
      nodeId,
      townId: node.townId,
      ledgerRecordId,
      category,
      amountFen: input.amountFen,
      servedAt,
      period,
      steps: input.steps,
      staffName: user.displayName,
      createdById: user.id,
    },
  });
  await ctx.db.voucher.update({ where: { id: voucher.id }, data: { balanceFen: { decrement: input.amountFen } } });
  await ctx.db.voucherBatch.update({ where: { id: batch.id }, data: { spentFen: { increment: input.amountFen } } });
  await attachFiles(ctx, { fileIds: input.fileIds, ownerKind: EVIDENCE_FILES, ownerId: id });
  return id;
}

const one = async (ctx: TContext, id: string) =>
  (await withFiles(ctx, [await ctx.db.voucherRedemption.findUniqueOrThrow({ where: { id }, include: REDEMPTION_INCLUDE })]))[0];

export const redemptionsRouter = router({
  list: redemptionsResource.router.list,
  get: redemptionsResource.router.get,
  getMany: redemptionsResource.router.getMany,
  export: redemptionsExport,

  /** Before redeeming: the voucher behind a code, whether this node can take it, and the node's services it can pay for. */
  lookup: procedure(NODE_STAFF, { description: "The voucher behind a code and the caller's node's services it can pay for" })
    .input(z.object({ code: z.string().trim().min(4).max(32) }))
    .output(ZRedeemLookup)
    .query(async ({ ctx, input }) => {
      const nodeId = ctx.user!.nodeId;
      if (!nodeId) throw new AppError("FORBIDDEN", { zh: "您的账号没有关联服务节点", en: "Your account has no service node" });
      const voucher = await ctx.db.voucher.findUnique({
        where: { code: input.code.toUpperCase() },
        include: { ...VOUCHER_INCLUDE, batch: { select: { ...VOUCHER_INCLUDE.batch.select, nodeIds: true } } },
      });
      if (!voucher) return { voucher: null, blocked: UNKNOWN_CODE, records: [] };
      const batch = voucher.batch;
      const block = redemptionBlock(voucher, batch, nodeId, shanghaiDate(ctx.now()));
      const blocked = block === "NOT_ISSUED" ? NOT_ISSUED : block ? REFUSALS[block] : voucher.balanceFen <= 0 ? REFUSALS.QUOTA_USED : null;
      if (blocked) return { voucher: toVoucherDto(voucher), blocked, records: [] };
      // the node's services to this enterprise the voucher can pay for; a ledger record pays for one redemption only
      const redeemed = await ctx.db.voucherRedemption.findMany({
        where: { enterpriseId: voucher.enterpriseId, nodeId },
        select: { ledgerRecordId: true },
      });
      const records = await ctx.db.ledgerRecord.findMany({
        where: {
          nodeId,
          enterpriseId: voucher.enterpriseId,
          category: { in: batch.categories },
          servedOn: { gte: batch.validFrom, lte: batch.validTo },
          id: { notIn: redeemed.map((r) => r.ledgerRecordId) },
        },
        select: { id: true, servedOn: true, category: true, summary: true },
        orderBy: { servedOn: "desc" },
        take: 50,
      });
      return {
        voucher: toVoucherDto(voucher),
        blocked,
        records: records.map((r) => ({
          id: r.id,
          servedOn: dayOrNull(r.servedOn)!,
          category: r.category as TServiceCategory,
          summary: r.summary,
        })),
      };
    }),

  redeem: procedure(NODE_STAFF, { description: "Redeem a voucher (its code) against a service of the caller's node, with evidence" })
    .input(ZRedeem)
    .output(ZRedemption)
    .mutation(async ({ ctx, input }) => one(ctx, await redeem(ctx, input))),

  /** With its evidence files (within the caller's scope). */
  detail: procedure([...STAFF, ...NODE_STAFF, "ENTERPRISE"], { description: "One redemption with its evidence" })
    .input(z.object({ id: z.string().min(1).max(64) }))
    .output(ZRedemption)
    .query(async ({ ctx, input }) => {
      const r = await ctx.db.voucherRedemption.findFirst({
        where: { AND: [{ id: input.id }, redemptionScope(ctx.user)] },
        include: REDEMPTION_INCLUDE,
      });
      if (!r) throw AppError.notFound(REDEMPTION_LABEL);
      return (await withFiles(ctx, [r]))[0];
    }),

  /** 确认并评价: the enterprise confirms a redemption of its own voucher and rates the service (only confirmed ones are settled). */
  confirm: procedure(["ENTERPRISE"], { description: "Confirm and rate a redemption of the enterprise's voucher" })
    .input(ZConfirm)
    .output(ZRedemption)
    .mutation(async ({ ctx, input }) => {
      const enterpriseId = myEnterpriseId(ctx);
      const r = await ctx.db.voucherRedemption.findFirst({
        where: { id: input.id, enterpriseId },
        select: { id: true, period: true, status: true },
      });
      if (!r) throw AppError.notFound(REDEMPTION_LABEL);
      await lockPeriod(ctx, r.period);
      if (await ctx.db.voucherSettlement.count({ where: { period: r.period } })) throw refuse("PERIOD_SETTLED");
      const { count } = await ctx.db.voucherRedemption.updateMany({
        where: { id: r.id, status: "PENDING" },
        data: { status: "CONFIRMED", rating: input.rating, comment: input.comment ?? null, confirmedAt: ctx.now() },
      });
      if (count !== 1) throw new AppError("CONFLICT", { zh: "该核销已确认过", en: "This redemption is already confirmed" });
      return one(ctx, r.id);
    }),

  /** 我的服务券: the enterprise's vouchers, the batches it may apply to, its redemptions. */
  mine: procedure(["ENTERPRISE"], { description: "The enterprise's vouchers, open batches and redemptions" })
    .input(z.object({}).optional())
    .output(ZMine)
    .query(async ({ ctx }) => {
      const enterpriseId = myEnterpriseId(ctx);
      const [vouchers, batches, redemptions] = await Promise.all([
        ctx.db.voucher.findMany({ where: { enterpriseId }, include: VOUCHER_INCLUDE, orderBy: { createdAt: "desc" }, take: 100 }),
        ctx.db.voucherBatch.findMany({ where: openBatchWhere(ctx.now()), include: BATCH_INCLUDE, orderBy: { validTo: "asc" }, take: 20 }),
        ctx.db.voucherRedemption.findMany({
          where: { enterpriseId },
          include: REDEMPTION_INCLUDE,
          orderBy: { servedAt: "desc" },
          take: 100,
        }),
      ]);
      return { vouchers: vouchers.map(toVoucherDto), openBatches: batches.map(toBatchDto), redemptions: await withFiles(ctx, redemptions) };
    }),
});

/** Evidence files: whoever may read the redemption. */
export const canReadEvidence = async (ctx: TContext, ownerId: string) =>
  (await ctx.db.voucherRedemption.count({ where: { AND: [{ id: ownerId }, redemptionScope(ctx.user)] } })) > 0;
