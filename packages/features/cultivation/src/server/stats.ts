import { z } from "zod";
import { shanghaiDate, shanghaiYear } from "@qifu/domain";
import type { TDbTx } from "@qifu/db";
import { defineMetric, procedure, router, type TContext } from "@qifu/trpc-core";
import { deriveTier } from "../ladder";
import {
  ABOVE_SIZE_METRIC,
  CultivationLevel,
  LADDER,
  levelMetricKey,
  QUALITY_SMES_METRIC,
  TARGET_YEARS,
  ZLadderStats,
  type TCultivationLevel,
  type TLadderStats,
} from "../schemas";
import { enterpriseScope, LADDER_STAFF } from "./access";
import { evaluatePool } from "./pools";
import { RECOGNITION_INCLUDE, toRecognitionDto } from "./recognitions";
import { expiryWindow, spanOf } from "./tier";

/** The day a stock is read on: the year's last day, or today for the current year. */
const stockDay = (year: number) => {
  const today = shanghaiDate(new Date());
  const end = `${year}-12-31`;
  return end < today ? end : today;
};

/** Each enterprise's tier on `day` (from the recognitions, not the cache: past years too), with its town. */
export async function tiersOn(db: TDbTx, day: string, townId: string | null) {
  const at = new Date(`${day}T00:00:00Z`);
  const rows = await db.cultivationRecognition.findMany({
    where: {
      level: { in: [...LADDER] },
      revokedAt: null,
      recognisedOn: { lte: at },
      OR: [{ validUntil: null }, { validUntil: { gte: at } }],
      ...(townId ? { enterprise: { townId } } : {}),
    },
    select: {
      id: true,
      enterpriseId: true,
      level: true,
      recognisedOn: true,
      validUntil: true,
      revokedAt: true,
      enterprise: { select: { townId: true } },
    },
  });
  const byEnterprise = new Map<string, { townId: string | null; rows: typeof rows }>();
  for (const r of rows) {
    const e = byEnterprise.get(r.enterpriseId) ?? { townId: r.enterprise.townId, rows: [] };
    e.rows.push(r);
    byEnterprise.set(r.enterpriseId, e);
  }
  return [...byEnterprise.values()].map((e) => ({ townId: e.townId, tier: deriveTier(e.rows.map(spanOf), day) }));
}

async function aboveSizeIn(db: TDbTx, year: number, townId: string | null) {
  const rows = await db.cultivationRecognition.findMany({
    where: {
      level: "ABOVE_SIZE",
      revokedAt: null,
      recognisedOn: { gte: new Date(`${year}-01-01T00:00:00Z`), lte: new Date(`${year}-12-31T00:00:00Z`) },
      ...(townId ? { enterprise: { townId } } : {}),
    },
    select: { enterpriseId: true },
    distinct: ["enterpriseId"],
  });
  return rows.length;
}

/** 优质中小企业 (all rungs), each rung, and 小升规 per year: by district (townId null) or town. */
export const cultivationMetrics = [
  defineMetric({
    key: QUALITY_SMES_METRIC,
    kind: "stock",
    // the plan's headline (1,000+ by 2027): third on the board after enterprise-times and platforms
    boardOrder: 30,
    label: { zh: "优质中小企业数（各层级合计）", en: "Quality SMEs (all levels)" },
    unit: { zh: "家", en: "enterprises" },
    compute: async (ctx, { year, townId }) => (await tiersOn(ctx.db, stockDay(year), townId)).length,
  }),
  ...LADDER.map((level) =>
    defineMetric({
      key: levelMetricKey(level),
      kind: "stock",
      label: { zh: `${CultivationLevel.labels[level].zh}数`, en: `${CultivationLevel.labels[level].en}s` },
      unit: { zh: "家", en: "enterprises" },
      compute: async (ctx, { year, townId }) => (await tiersOn(ctx.db, stockDay(year), townId)).filter((t) => t.tier === level).length,
    }),
  ),
  defineMetric({
    key: ABOVE_SIZE_METRIC,
    kind: "flow",
    label: { zh: "小升规企业数（当年）", en: "Enterprises that grew above size (in the year)" },
    unit: { zh: "家", en: "enterprises" },
    compute: (ctx, { year, townId }) => aboveSizeIn(ctx.db, year, townId),
  }),
];

const FIGURES_YEAR = TARGET_YEARS[TARGET_YEARS.length - 1];

/** What the caller's figures cover: 全区 for the district, the town for a town admin. */
async function scopeOf(ctx: TContext) {
  if (ctx.user?.role !== "TOWN_ADMIN" || !ctx.user.townId) return { townId: null, label: { zh: "全区范围", en: "Whole district" } };
  const town = await ctx.db.town.findUnique({ where: { id: ctx.user.townId }, select: { name: true } });
  return { townId: ctx.user.townId, label: { zh: `${town?.name ?? ""}范围`, en: `${town?.name ?? ""} only` } };
}

/** The board: the ladder as a funnel by town, the candidate pools, the expiring recognitions, the 1,000 target. */
const stats = procedure(LADDER_STAFF, { description: "The cultivation ladder's figures" })
  .input(z.object({ year: z.number().int().min(2020).max(2100).optional() }).optional())
  .output(ZLadderStats)
  .query(async ({ ctx, input }): Promise<TLadderStats> => {
    const year = input?.year ?? shanghaiYear(new Date());
    const scope = await scopeOf(ctx);
    const tiers = await tiersOn(ctx.db, stockDay(year), scope.townId);
    const towns = await ctx.db.town.findMany({ where: scope.townId ? { id: scope.townId } : {}, orderBy: { sortOrder: "asc" } });
    const funnel = towns.map((t) => ({
      townId: t.id,
      townName: t.name,
      counts: Object.fromEntries(LADDER.map((l) => [l, tiers.filter((x) => x.townId === t.id && x.tier === l).length])),
    }));
    const totals = Object.fromEntries(LADDER.map((l) => [l, tiers.filter((x) => x.tier === l).length]));
    totals.ABOVE_SIZE = await aboveSizeIn(ctx.db, year, scope.townId);
    const candidates = [];
    for (const level of CultivationLevel.values as readonly TCultivationLevel[]) {
      const pool = await evaluatePool(ctx.db, enterpriseScope(ctx.user), level);
      const n = (v: string) => pool.filter((c) => c.evaluation.verdict === v).length;
      candidates.push({ level, ready: n("READY"), missing: n("MISSING"), unknown: n("UNKNOWN") });
    }
    const day = shanghaiDate(new Date());
    const { from, to } = expiryWindow(day);
    const expiring = await ctx.db.cultivationRecognition.findMany({
      where: { revokedAt: null, validUntil: { gte: from, lte: to }, ...(scope.townId ? { enterprise: { townId: scope.townId } } : {}) },
      include: RECOGNITION_INCLUDE,
      orderBy: { validUntil: "asc" },
      take: 50,
    });
    const target = await ctx.db.target.findUnique({
      where: { scopeKey_year_metricKey: { scopeKey: "DISTRICT", year: FIGURES_YEAR, metricKey: QUALITY_SMES_METRIC } },
    });
    return {
      year,
      scope: scope.label,
      funnel,
      totals,
      qualitySmes: tiers.length,
      target: scope.townId ? null : (target?.value ?? null),
      targetYear: FIGURES_YEAR,
      candidates,
      expiring: expiring.map((r) => toRecognitionDto(r, day)),
    };
  });

export const statsRouter = router({ stats });
