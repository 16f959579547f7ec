import { AppError, dateOfDay, dayOrNull, isoOrNull, shanghaiDate } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineResource, type TContext } from "@qifu/trpc-core";
import { ZBatch, ZBatchCreate, ZBatchFilter, ZBatchUpdate, type TBatch, type TBatchCreate, type TBatchUpdate } from "../schemas";
import { BATCH_LABEL, batchReadScope, DISTRICT, NODE_STAFF, STAFF } from "./access";

export const BATCH_INCLUDE = {
  vouchers: { where: { status: "ISSUED" }, select: { faceValueFen: true } },
} satisfies Prisma.VoucherBatchInclude;
type TBatchRow = Prisma.VoucherBatchGetPayload<{ include: typeof BATCH_INCLUDE }>;

export function toBatchDto(r: TBatchRow): TBatch {
  return {
    id: r.id,
    name: r.name,
    budgetFen: r.budgetFen,
    spentFen: r.spentFen,
    issuedFen: r.vouchers.reduce((s, v) => s + v.faceValueFen, 0),
    faceValuesFen: r.faceValuesFen,
    categories: r.categories as TBatch["categories"],
    nodeIds: r.nodeIds,
    quotaPerEnterprise: r.quotaPerEnterprise,
    quotaPerCategoryFen: r.quotaPerCategoryFen,
    validFrom: dayOrNull(r.validFrom)!,
    validTo: dayOrNull(r.validTo)!,
    issueMode: r.issueMode as TBatch["issueMode"],
    status: r.status as TBatch["status"],
    description: r.description,
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

/** Validity in order, eligible nodes that exist, face values within the per-category quota. */
async function checkBatch(
  ctx: TContext,
  b: Pick<TBatchCreate, "validFrom" | "validTo" | "nodeIds" | "faceValuesFen" | "quotaPerCategoryFen" | "budgetFen">,
) {
  if (b.validTo < b.validFrom)
    throw AppError.validation("validTo", { zh: "有效期止不能早于有效期起", en: "Valid to cannot be before valid from" });
  if (Math.max(...b.faceValuesFen) > b.budgetFen)
    throw AppError.validation("faceValuesFen", { zh: "面额不能超过批次预算", en: "A face value cannot exceed the budget" });
  const nodeIds = [...new Set(b.nodeIds)];
  if (nodeIds.length && (await ctx.db.node.count({ where: { id: { in: nodeIds } } })) !== nodeIds.length)
    throw AppError.validation("nodeIds", { zh: "适用服务节点不存在", en: "An eligible node does not exist" });
  return nodeIds;
}

export const batchesResource = defineResource({
  name: "voucherBatches",
  label: BATCH_LABEL,
  model: (db) => db.voucherBatch,
  include: BATCH_INCLUDE,
  schemas: { create: ZBatchCreate, update: ZBatchUpdate, filter: ZBatchFilter, dto: ZBatch },
  sortable: ["name", "validFrom", "validTo", "budgetFen", "updatedAt"],
  defaultSort: { field: "validFrom", order: "DESC" },
  policy: { read: [...STAFF, ...NODE_STAFF, "ENTERPRISE"], create: DISTRICT, update: DISTRICT, delete: DISTRICT },
  scope: { read: batchReadScope, write: batchReadScope },
  filterToWhere: (f) => ({
    ...(f.status ? { status: f.status } : {}),
    ...(f.q?.trim() ? { name: { contains: f.q.trim() } } : {}),
  }),
  toDto: toBatchDto,
  prepareCreate: async (ctx, input: TBatchCreate) => ({
    id: newId(),
    ...input,
    nodeIds: await checkBatch(ctx, input),
    validFrom: dateOfDay(input.validFrom)!,
    validTo: dateOfDay(input.validTo)!,
  }),
  prepareUpdate: async (ctx, existing: TBatchRow, input: TBatchUpdate) => {
    const merged = {
      validFrom: input.validFrom ?? dayOrNull(existing.validFrom)!,
      validTo: input.validTo ?? dayOrNull(existing.validTo)!,
      nodeIds: input.nodeIds ?? existing.nodeIds,
      faceValuesFen: input.faceValuesFen ?? existing.faceValuesFen,
      quotaPerCategoryFen: input.quotaPerCategoryFen ?? existing.quotaPerCategoryFen,
      budgetFen: input.budgetFen ?? existing.budgetFen,
    };
    if (merged.budgetFen < existing.spentFen)
      throw AppError.validation("budgetFen", { zh: "预算不能低于已核销金额", en: "The budget cannot be below what is already redeemed" });
    const nodeIds = await checkBatch(ctx, merged);
    return {
      ...input,
      ...(input.nodeIds ? { nodeIds } : {}),
      ...(input.validFrom ? { validFrom: dateOfDay(input.validFrom) } : {}),
      ...(input.validTo ? { validTo: dateOfDay(input.validTo) } : {}),
    };
  },
  beforeDelete: async (ctx, existing: TBatchRow) => {
    if ((await ctx.db.voucher.count({ where: { batchId: existing.id } })) > 0)
      throw new AppError("CONFLICT", {
        zh: "该批次已发放服务券，不能删除：可停止发放",
        en: "Vouchers were issued from this batch: close it instead",
      });
  },
});

/** A batch is open for applications when it is OPEN, by application, and today is within its validity. */
export const openBatchWhere = (now: Date): Prisma.VoucherBatchWhereInput => {
  const today = dateOfDay(shanghaiDate(now))!;
  return { status: "OPEN", issueMode: "APPLICATION", validFrom: { lte: today }, validTo: { gte: today } };
};
