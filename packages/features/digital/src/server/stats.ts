import { z } from "zod";
import type { TLabel } from "@qifu/domain";
import { byTown, defineMetric, procedure, type TContext, type TWhere } from "@qifu/trpc-core";
import { AVERAGE_LEVEL_METRIC, DIAGNOSED_METRIC, DigitalIndustry, DigitalScenario, ZDigitalStats, type TDigitalStats } from "../schemas";
import { LEVEL_LABELS } from "../scoring";
import { STAFF } from "./access";

const yearDays = (year: number) => ({ gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) });
/** Before the end of a Shanghai year (UTC+8). */
const byEndOf = (year: number) => ({ lt: new Date(Date.UTC(year + 1, 0, 1) - 8 * 3_600_000) });

/** Each enterprise's latest committed diagnosis up to the end of `year` (drafts never count). */
export async function latestDiagnoses(ctx: TContext, year: number, where: TWhere) {
  const rows = await ctx.db.digitalDiagnosis.findMany({
    where: { AND: [where, { status: "COMMITTED", committedAt: byEndOf(year) }] },
    select: { enterpriseId: true, townId: true, level: true, set: { select: { industry: true } } },
    orderBy: [{ committedAt: "desc" }, { id: "asc" }],
  });
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.enterpriseId) && seen.add(r.enterpriseId));
}
const average = (levels: number[]) => (levels.length ? Math.round((levels.reduce((a, b) => a + b, 0) / levels.length) * 100) / 100 : null);

/** 数字化诊断企业数: enterprises with a committed diagnosis by the end of the year. */
export const diagnosedMetric = defineMetric({
  key: DIAGNOSED_METRIC,
  label: { zh: "完成数字化诊断企业数", en: "Enterprises diagnosed" },
  unit: { zh: "家", en: "" },
  kind: "stock",
  boardOrder: 170,
  compute: async (ctx, { year, townId }) => (await latestDiagnoses(ctx, year, townId ? { townId } : {})).length,
});
/** 平均数字化水平等级: the average of the enterprises' latest levels (the board's town map reads it per town). */
export const averageLevelMetric = defineMetric({
  key: AVERAGE_LEVEL_METRIC,
  label: { zh: "平均数字化水平等级", en: "Average digital level" },
  unit: { zh: "级", en: "" },
  kind: "stock",
  boardOrder: 171,
  compute: async (ctx, { year, townId }) =>
    average((await latestDiagnoses(ctx, year, townId ? { townId } : {})).map((d) => d.level ?? 0)) ?? 0,
});

/** The board's figures within the caller's scope (the district, or the town admin's town). Each figure once. */
export async function computeStats(ctx: TContext, year: number): Promise<TDigitalStats> {
  const scope = byTown(ctx.user);
  const town = ctx.user?.role === "TOWN_ADMIN" ? ctx.user.townId : null;
  const [latest, needs, contacts, towns, published, pending, benchmarks] = await Promise.all([
    latestDiagnoses(ctx, year, scope),
    ctx.db.digitalNeed.findMany({ where: { AND: [scope, { postedOn: yearDays(year) }] }, select: { townId: true, scenario: true } }),
    ctx.db.digitalContact.findMany({
      where: { need: scope, sentOn: yearDays(year) },
      select: { status: true, priceFen: true, need: { select: { townId: true } } },
    }),
    ctx.db.town.findMany({ where: town ? { id: town } : {}, orderBy: { sortOrder: "asc" } }),
    ctx.db.digitalSolution.count({ where: { status: "PUBLISHED" } }),
    ctx.db.digitalSolution.count({ where: { status: "PENDING", ...(town ? { providerNode: { townId: town } } : {}) } }),
    ctx.db.digitalBenchmark.count({ where: town ? { enterprise: { townId: town } } : {} }),
  ]);
  const adopted = contacts.filter((c) => c.status === "ADOPTED");
  const t = town ? towns[0] : undefined;
  const scopeLabel: TLabel = t
    ? { zh: `${t.name}范围，${year}年`, en: `${t.nameEn ?? t.name}, ${year}` }
    : { zh: `全区，${year}年`, en: `Whole district, ${year}` };
  return {
    year,
    scope: scopeLabel,
    diagnosed: latest.length,
    averageLevel: average(latest.map((d) => d.level ?? 0)),
    byLevel: [0, 1, 2, 3, 4].map((level) => ({
      key: String(level),
      label: LEVEL_LABELS[level],
      count: latest.filter((d) => d.level === level).length,
    })),
    byIndustry: DigitalIndustry.values.map((i) => {
      const of = latest.filter((d) => d.set.industry === i);
      return { key: i, label: DigitalIndustry.labels[i], count: of.length, averageLevel: average(of.map((d) => d.level ?? 0)) };
    }),
    byTown: towns.map((x) => {
      const of = latest.filter((d) => d.townId === x.id);
      return {
        key: x.id,
        label: { zh: x.name, en: x.nameEn ?? x.name },
        diagnosed: of.length,
        averageLevel: average(of.map((d) => d.level ?? 0)),
        needs: needs.filter((n) => n.townId === x.id).length,
        adopted: adopted.filter((c) => c.need.townId === x.id).length,
      };
    }),
    needsByScenario: DigitalScenario.values.map((s) => ({
      key: s,
      label: DigitalScenario.labels[s],
      count: needs.filter((n) => n.scenario === s).length,
    })),
    needs: needs.length,
    contacts: contacts.length,
    adopted: adopted.length,
    adoptedFen: adopted.reduce((a, c) => a + (c.priceFen ?? 0), 0),
    solutions: { published, pending },
    benchmarks,
  };
}

export const statsProcedure = procedure(STAFF, { description: "Digital transformation figures of a year within the caller's scope" })
  .input(z.object({ year: z.number().int().min(2020).max(2100) }))
  .output(ZDigitalStats)
  .query(({ ctx, input }) => computeStats(ctx, input.year));
