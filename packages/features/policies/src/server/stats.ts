import { z } from "zod";
import type { TLabel } from "@qifu/domain";
import { byTown, defineMetric, procedure, type TContext, type TWhere } from "@qifu/trpc-core";
import { GRANTED_AMOUNT_METRIC, GRANTED_METRIC, ZPoliciesStats, type TPoliciesStats } from "../schemas";
import { STAFF } from "./access";

/** A Shanghai calendar year (UTC+8) as a UTC range. */
const yearRange = (year: number) => ({
  gte: new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000),
  lt: new Date(Date.UTC(year + 1, 0, 1) - 8 * 3_600_000),
});

async function grantsOf(ctx: Pick<TContext, "db">, year: number, where: TWhere) {
  return ctx.db.policyApplication.findMany({
    where: { AND: [where, { status: "APPROVED", reviewedAt: yearRange(year) }] },
    select: { townId: true, policyId: true, grantedFen: true },
  });
}

/** 政策兑现企业家次: approved applications and confirmed 免申即享 grants in the year. */
export const grantedMetric = defineMetric({
  key: GRANTED_METRIC,
  label: { zh: "政策兑现企业家次", en: "Policy grants" },
  unit: { zh: "家次", en: "" },
  kind: "flow",
  boardOrder: 180,
  compute: async (ctx, { year, townId }) => (await grantsOf(ctx, year, townId ? { townId } : {})).length,
});
/** 政策兑现金额 (万元). */
export const grantedAmountMetric = defineMetric({
  key: GRANTED_AMOUNT_METRIC,
  label: { zh: "政策兑现金额", en: "Amount granted" },
  unit: { zh: "万元", en: "CNY 10k" },
  kind: "flow",
  boardOrder: 181,
  compute: async (ctx, { year, townId }) =>
    Math.round((await grantsOf(ctx, year, townId ? { townId } : {})).reduce((a, g) => a + (g.grantedFen ?? 0), 0) / 1_000_000),
});

type TRow = { townId: string | null; policyId: string };
/**
 * The board's figures of one year within the caller's scope (the district, or the town admin's
 * town): pushes (one per enterprise and policy version), applications submitted, grants and
 * their amount — by town and by policy.
 */
export async function computeStats(ctx: TContext, year: number): Promise<TPoliciesStats> {
  const scope = byTown(ctx.user);
  const town = ctx.user?.role === "TOWN_ADMIN" ? ctx.user.townId : null;
  const [pushes, applied, granted, towns, policies] = await Promise.all([
    ctx.db.policyPush.findMany({ where: { AND: [scope, { pushedAt: yearRange(year) }] }, select: { townId: true, policyId: true } }),
    ctx.db.policyApplication.findMany({
      where: { AND: [scope, { auto: false, submittedAt: yearRange(year) }] },
      select: { townId: true, policyId: true },
    }),
    grantsOf(ctx, year, scope),
    ctx.db.town.findMany({ where: town ? { id: town } : {}, orderBy: { sortOrder: "asc" } }),
    ctx.db.policy.findMany({ select: { id: true, title: true }, orderBy: { title: "asc" } }),
  ]);
  const count = (rows: TRow[], pick: (r: TRow) => boolean) => rows.filter(pick).length;
  const amount = (pick: (r: TRow) => boolean) => granted.filter(pick).reduce((a, g) => a + (g.grantedFen ?? 0), 0);
  const row = (key: string, label: TLabel, pick: (r: TRow) => boolean) => ({
    key,
    label,
    pushed: count(pushes, pick),
    applied: count(applied, pick),
    granted: count(granted, pick),
    amountFen: amount(pick),
  });
  const t = town ? towns[0] : undefined;
  const byPolicy = policies
    .map((p) => row(p.id, { zh: p.title, en: p.title }, (r) => r.policyId === p.id))
    .filter((r) => r.pushed + r.applied + r.granted > 0)
    .sort((a, b) => b.granted - a.granted || b.pushed - a.pushed);
  return {
    year,
    scope: t
      ? { zh: `${t.name}范围，${year}年`, en: `${t.nameEn ?? t.name}, ${year}` }
      : { zh: `全区，${year}年`, en: `Whole district, ${year}` },
    totals: { pushed: pushes.length, applied: applied.length, granted: granted.length, amountFen: amount(() => true) },
    byTown: towns.map((x) => row(x.id, { zh: x.name, en: x.nameEn ?? x.name }, (r) => r.townId === x.id)),
    byPolicy,
  };
}

export const statsProcedure = procedure(STAFF, {
  description: "Policy figures of a year within the caller's scope: pushed, applied, granted, amount",
})
  .input(z.object({ year: z.number().int().min(2020).max(2100) }))
  .output(ZPoliciesStats)
  .query(({ ctx, input }) => computeStats(ctx, input.year));
