import crypto from "node:crypto";
import { z } from "zod";
import { AppError, dayOrNull, isoOrNull, shanghaiDate } from "@qifu/domain";
import { newId, type Prisma, type TDbTx } from "@qifu/db";
import { defineResource, procedure, router, type TContext } from "@qifu/trpc-core";
import { ZAllocate, ZApply, ZDecide, ZVoucher, ZVoucherFilter, type TVoucher } from "../schemas";
import { BATCH_LABEL, DISTRICT, myEnterpriseId, STAFF, VOUCHER_LABEL, voucherScope } from "./access";

export const VOUCHER_INCLUDE = {
  batch: { select: { name: true, validFrom: true, validTo: true, categories: true } },
  enterprise: { select: { name: true } },
  town: { select: { name: true } },
} satisfies Prisma.VoucherInclude;
type TVoucherRow = Prisma.VoucherGetPayload<{ include: typeof VOUCHER_INCLUDE }>;

export function toVoucherDto(r: TVoucherRow): TVoucher {
  return {
    id: r.id,
    code: r.code,
    batchId: r.batchId,
    batchName: r.batch.name,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterprise.name,
    townName: r.town?.name ?? null,
    faceValueFen: r.faceValueFen,
    balanceFen: r.balanceFen,
    status: r.status as TVoucher["status"],
    source: r.source as TVoucher["source"],
    validFrom: dayOrNull(r.batch.validFrom)!,
    validTo: dayOrNull(r.batch.validTo)!,
    categories: r.batch.categories as TVoucher["categories"],
    issuedAt: isoOrNull(r.issuedAt),
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

const readOnly = async () => {
  throw new AppError("FORBIDDEN", { zh: "服务券通过申领或分配发放", en: "Vouchers are issued by application or allocation" });
};
export const vouchersResource = defineResource({
  name: "vouchers",
  label: VOUCHER_LABEL,
  model: (db) => db.voucher,
  include: VOUCHER_INCLUDE,
  schemas: { create: z.object({}), update: z.object({}), filter: ZVoucherFilter, dto: ZVoucher },
  sortable: ["createdAt", "issuedAt", "balanceFen", "updatedAt"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  policy: { read: [...STAFF, "ENTERPRISE"], create: DISTRICT, update: DISTRICT, delete: DISTRICT },
  scope: { read: voucherScope, write: voucherScope },
  filterToWhere: (f) => ({
    ...(f.status ? { status: f.status } : {}),
    ...(f.batchId ? { batchId: f.batchId } : {}),
    ...(f.townId ? { townId: f.townId } : {}),
    ...(f.q?.trim() ? { OR: [{ code: f.q.trim().toUpperCase() }, { enterprise: { name: { contains: f.q.trim() } } }] } : {}),
  }),
  toDto: toVoucherDto,
  prepareCreate: readOnly,
  prepareUpdate: readOnly,
});

/** A code an enterprise reads out at the node: QF + 8 characters without look-alikes (0/O, 1/I). */
export function newVoucherCode(): string {
  const alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  const bytes = crypto.randomBytes(8);
  return `QF${[...bytes].map((b) => alphabet[b % alphabet.length]).join("")}`;
}

/** The batch, locked for this transaction, with its terms checked for one more voucher of `faceValueFen`. */
async function lockBatchFor(db: TDbTx, batchId: string, faceValueFen: number, mode: "APPLICATION" | "ALLOCATION") {
  await db.$queryRaw`SELECT id FROM voucher_batch WHERE id = ${batchId} FOR UPDATE`;
  const batch = await db.voucherBatch.findUnique({ where: { id: batchId } });
  if (!batch) throw AppError.notFound(BATCH_LABEL);
  if (batch.status !== "OPEN" || (mode === "APPLICATION" && batch.issueMode !== "APPLICATION"))
    throw new AppError("CONFLICT", { zh: "该批次当前不接受申领", en: "This batch is not open for applications" });
  if (!batch.faceValuesFen.includes(faceValueFen))
    throw AppError.validation("faceValueFen", { zh: "请选择本批次的面额", en: "Choose one of the batch's face values" });
  return batch;
}

/** An enterprise may hold `quotaPerEnterprise` vouchers of a batch (applied or issued). */
async function checkHolding(db: TDbTx, batch: { id: string; quotaPerEnterprise: number }, enterpriseId: string) {
  const held = await db.voucher.count({ where: { batchId: batch.id, enterpriseId, status: { not: "REJECTED" } } });
  if (held >= batch.quotaPerEnterprise)
    throw new AppError("CONFLICT", {
      zh: `每家企业在本批次最多可领 ${batch.quotaPerEnterprise} 张服务券`,
      en: `An enterprise may hold at most ${batch.quotaPerEnterprise} voucher(s) of this batch`,
    });
}

const ZAllocated = z.object({ issued: z.number().int(), skipped: z.array(z.object({ enterpriseId: z.string(), reason: z.string() })) });

async function createVoucher(
  ctx: TContext,
  data: { batchId: string; enterpriseId: string; faceValueFen: number; source: "APPLICATION" | "ALLOCATION" },
) {
  const enterprise = await ctx.db.enterprise.findUnique({ where: { id: data.enterpriseId }, select: { townId: true } });
  if (!enterprise) throw AppError.validation("enterpriseIds", { zh: "企业不存在", en: "The enterprise does not exist" });
  const issued = data.source === "ALLOCATION";
  return ctx.db.voucher.create({
    data: {
      id: newId(),
      code: newVoucherCode(),
      ...data,
      townId: enterprise.townId,
      balanceFen: data.faceValueFen,
      status: issued ? "ISSUED" : "APPLIED",
      issuedAt: issued ? ctx.now() : null,
    },
    include: VOUCHER_INCLUDE,
  });
}

export const vouchersRouter = router({
  list: vouchersResource.router.list,
  get: vouchersResource.router.get,
  getMany: vouchersResource.router.getMany,

  /** 申领: the enterprise applies for a voucher of an open batch; the district approves it. */
  request: procedure(["ENTERPRISE"], { description: "Apply for a voucher of an open batch" })
    .input(ZApply)
    .output(ZVoucher)
    .mutation(async ({ ctx, input }) => {
      const enterpriseId = myEnterpriseId(ctx);
      const batch = await lockBatchFor(ctx.db, input.batchId, input.faceValueFen, "APPLICATION");
      const today = shanghaiDate(ctx.now());
      if (dayOrNull(batch.validTo)! < today) throw new AppError("CONFLICT", { zh: "该批次已过期", en: "This batch has expired" });
      await checkHolding(ctx.db, batch, enterpriseId);
      return toVoucherDto(
        await createVoucher(ctx, { batchId: batch.id, enterpriseId, faceValueFen: input.faceValueFen, source: "APPLICATION" }),
      );
    }),

  /** 定向分配: the district issues vouchers to named enterprises; those at their quota are reported, not issued. */
  allocate: procedure(DISTRICT, { description: "Allocate vouchers of a batch to named enterprises" })
    .input(ZAllocate)
    .output(ZAllocated)
    .mutation(async ({ ctx, input }) => {
      const batch = await lockBatchFor(ctx.db, input.batchId, input.faceValueFen, "ALLOCATION");
      let issued = 0;
      const skipped: { enterpriseId: string; reason: string }[] = [];
      for (const enterpriseId of [...new Set(input.enterpriseIds)]) {
        try {
          await checkHolding(ctx.db, batch, enterpriseId);
        } catch (e) {
          skipped.push({ enterpriseId, reason: (e as AppError).messages.zh });
          continue;
        }
        await createVoucher(ctx, { batchId: batch.id, enterpriseId, faceValueFen: input.faceValueFen, source: "ALLOCATION" });
        issued++;
      }
      return { issued, skipped };
    }),

  /** 审核申领: the district issues or rejects an application. */
  decide: procedure(DISTRICT, { description: "Issue or reject a voucher application" })
    .input(ZDecide)
    .output(ZVoucher)
    .mutation(async ({ ctx, input }) => {
      const { count } = await ctx.db.voucher.updateMany({
        where: { id: input.id, status: "APPLIED" },
        data: input.approve ? { status: "ISSUED", issuedAt: ctx.now() } : { status: "REJECTED", balanceFen: 0 },
      });
      if (count !== 1) throw AppError.notFound({ zh: "待审核的服务券申领", en: "Voucher application" });
      return toVoucherDto(await ctx.db.voucher.findUniqueOrThrow({ where: { id: input.id }, include: VOUCHER_INCLUDE }));
    }),
});
