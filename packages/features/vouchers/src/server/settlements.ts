import crypto from "node:crypto";
import { z } from "zod";
import { AppError } from "@qifu/domain";
import { newId, type Prisma, type TDbTx } from "@qifu/db";
import { defineResource, procedure, router, seededRandom, writeWorkbook, ZFile } from "@qifu/trpc-core";
import {
  periodOf,
  ZDrawSpotCheck,
  ZSettle,
  ZSettlement,
  ZSettlementPreview,
  ZSpotCheck,
  type TSettlement,
  type TSpotCheck,
} from "../schemas";
import { DISTRICT, districtOnly, lockPeriod, SETTLEMENT_LABEL, SPOT_CHECK_LABEL } from "./access";

type TLine = TSettlement["lines"][number];
type TSettlementRow = Prisma.VoucherSettlementGetPayload<object>;
export const toSettlementDto = (r: TSettlementRow): TSettlement => ({
  id: r.id,
  period: r.period,
  totalFen: r.totalFen,
  count: r.count,
  lines: (Array.isArray(r.lines) ? r.lines : []) as TLine[],
  settledAt: r.settledAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

const readOnly = async () => {
  throw new AppError("FORBIDDEN", { zh: "请通过结算或抽查操作办理", en: "Use the settle or draw action" });
};

export const settlementsResource = defineResource({
  name: "voucherSettlements",
  label: SETTLEMENT_LABEL,
  model: (db) => db.voucherSettlement,
  schemas: { create: z.object({}), update: z.object({}), filter: z.object({ q: z.string().max(100).optional() }), dto: ZSettlement },
  sortable: ["period", "totalFen", "updatedAt"],
  defaultSort: { field: "period", order: "DESC" },
  policy: { read: DISTRICT, create: DISTRICT, update: DISTRICT, delete: DISTRICT },
  scope: { read: districtOnly, write: districtOnly },
  filterToWhere: (f) => (f.q?.trim() ? { period: { contains: f.q.trim() } } : {}),
  toDto: toSettlementDto,
  prepareCreate: readOnly,
  prepareUpdate: readOnly,
});

type TSpotRow = Prisma.VoucherSpotCheckGetPayload<object>;
export const toSpotCheckDto = (r: TSpotRow): TSpotCheck => ({
  id: r.id,
  period: r.period,
  seed: r.seed,
  size: r.size,
  redemptionIds: r.redemptionIds,
  drawnAt: r.drawnAt.toISOString(),
  note: r.note,
  updatedAt: r.updatedAt.toISOString(),
});
export const spotChecksResource = defineResource({
  name: "voucherSpotChecks",
  label: SPOT_CHECK_LABEL,
  model: (db) => db.voucherSpotCheck,
  schemas: { create: z.object({}), update: z.object({}), filter: z.object({ period: z.string().max(7).optional() }), dto: ZSpotCheck },
  sortable: ["drawnAt", "period"],
  defaultSort: { field: "drawnAt", order: "DESC" },
  policy: { read: DISTRICT, create: DISTRICT, update: DISTRICT, delete: DISTRICT },
  scope: { read: districtOnly, write: districtOnly },
  filterToWhere: (f) => (f.period ? { period: f.period } : {}),
  toDto: toSpotCheckDto,
  prepareCreate: readOnly,
  prepareUpdate: readOnly,
});

/** What a period's settlement pays: confirmed, unsettled redemptions per node (totals in fen). */
export async function linesOf(db: TDbTx, period: string) {
  const rows = await db.voucherRedemption.findMany({
    where: { period, status: "CONFIRMED", settlementId: null },
    select: { id: true, nodeId: true, amountFen: true, node: { select: { name: true, town: { select: { name: true } } } } },
    orderBy: { id: "asc" },
  });
  const byNode = new Map<string, TLine>();
  for (const r of rows) {
    const line = byNode.get(r.nodeId) ?? {
      nodeId: r.nodeId,
      nodeName: r.node.name,
      townName: r.node.town?.name ?? null,
      count: 0,
      amountFen: 0,
    };
    line.count++;
    line.amountFen += r.amountFen;
    byNode.set(r.nodeId, line);
  }
  const lines = [...byNode.values()].sort((a, b) => b.amountFen - a.amountFen || a.nodeId.localeCompare(b.nodeId));
  return { ids: rows.map((r) => r.id), lines, totalFen: lines.reduce((s, l) => s + l.amountFen, 0) };
}

/** The records a sample is drawn from, and the draw: a seeded Fisher–Yates over them in id order (same seed, same sample). */
export function drawSample(ids: readonly string[], size: number, seed: number): string[] {
  const pool = [...ids].sort();
  const rnd = seededRandom(seed);
  const n = Math.min(size, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rnd() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n);
}

const ZPeriod = z.object({ period: ZSettle.shape.period });
const ZId = z.object({ id: z.string().min(1).max(64), lang: z.enum(["zh", "en"]).default("zh") });

export const settlementsRouter = router({
  list: settlementsResource.router.list,
  get: settlementsResource.router.get,

  /** What settling a month would pay, before it is settled (or what it paid). */
  preview: procedure(DISTRICT, { description: "What a month's settlement pays per node" })
    .input(ZPeriod)
    .output(ZSettlementPreview)
    .query(async ({ ctx, input }) => {
      const done = await ctx.db.voucherSettlement.findUnique({ where: { period: input.period } });
      const pending = await ctx.db.voucherRedemption.count({ where: { period: input.period, status: "PENDING" } });
      if (done) {
        const d = toSettlementDto(done);
        return { period: d.period, settled: true, totalFen: d.totalFen, count: d.count, pending, lines: d.lines };
      }
      const l = await linesOf(ctx.db, input.period);
      return { period: input.period, settled: false, totalFen: l.totalFen, count: l.ids.length, pending, lines: l.lines };
    }),

  /** 结算: a past month, once; confirmed redemptions only; from then on nothing can enter that month. */
  settle: procedure(DISTRICT, { description: "Settle a past month: confirmed redemptions per node, final" })
    .input(ZSettle)
    .output(ZSettlement)
    .mutation(async ({ ctx, input }) => {
      if (input.period >= periodOf(ctx.now()))
        throw AppError.validation("period", { zh: "只能结算已结束的月份", en: "Only a month that has ended can be settled" });
      await lockPeriod(ctx, input.period);
      if (await ctx.db.voucherSettlement.count({ where: { period: input.period } }))
        throw new AppError("CONFLICT", { zh: "该月份已结算", en: "That month is already settled" });
      const l = await linesOf(ctx.db, input.period);
      const id = newId();
      const row = await ctx.db.voucherSettlement.create({
        data: {
          id,
          period: input.period,
          totalFen: l.totalFen,
          count: l.ids.length,
          lines: l.lines,
          settledById: ctx.user!.id,
          settledAt: ctx.now(),
        },
      });
      if (l.ids.length) await ctx.db.voucherRedemption.updateMany({ where: { id: { in: l.ids } }, data: { settlementId: id } });
      return toSettlementDto(row);
    }),

  /** 结算单: the settlement sheet (Excel), one line per node and the total. */
  sheet: procedure(DISTRICT, { description: "The settlement sheet of a settled month (Excel)" })
    .input(ZId)
    .output(ZFile)
    .query(async ({ ctx, input }) => {
      const row = await ctx.db.voucherSettlement.findUnique({ where: { id: input.id } });
      if (!row) throw AppError.notFound(SETTLEMENT_LABEL);
      const s = toSettlementDto(row);
      const zh = input.lang === "zh";
      const buf = await writeWorkbook(
        zh ? `服务券结算单 ${s.period}` : `Voucher settlement ${s.period}`,
        [
          { header: zh ? "服务节点" : "Node", width: 32 },
          { header: zh ? "镇街" : "Town", width: 14 },
          { header: zh ? "核销笔数" : "Redemptions" },
          { header: zh ? "结算金额（元）" : "Amount (yuan)" },
        ],
        [
          ...s.lines.map((l) => [l.nodeName, l.townName, l.count, l.amountFen / 100]),
          [zh ? "合计" : "Total", null, s.count, s.totalFen / 100],
        ],
      );
      return {
        filename: `${zh ? "服务券结算单" : "voucher-settlement"}-${s.period}.xlsx`,
        contentBase64: buf.toString("base64"),
        rows: s.lines.length,
      };
    }),
});

export const spotChecksRouter = router({
  list: spotChecksResource.router.list,
  get: spotChecksResource.router.get,

  /** 抽查: a random sample of a month's redemptions; the seed is recorded, so anyone can redraw the same sample. */
  draw: procedure(DISTRICT, { description: "Draw a reproducible random sample of a month's redemptions" })
    .input(ZDrawSpotCheck)
    .output(ZSpotCheck)
    .mutation(async ({ ctx, input }) => {
      const seed = input.seed ?? crypto.randomInt(0, 2_147_483_647);
      const ids = (await ctx.db.voucherRedemption.findMany({ where: { period: input.period }, select: { id: true } })).map((r) => r.id);
      if (!ids.length) throw AppError.validation("period", { zh: "该月份没有核销记录", en: "No redemptions in that month" });
      const row = await ctx.db.voucherSpotCheck.create({
        data: {
          id: newId(),
          period: input.period,
          seed,
          size: input.size,
          redemptionIds: drawSample(ids, input.size, seed),
          drawnById: ctx.user!.id,
          drawnAt: ctx.now(),
          note: input.note ?? null,
        },
      });
      return toSpotCheckDto(row);
    }),
});
