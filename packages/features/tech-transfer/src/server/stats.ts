import { z } from "zod";
import type { TLabel } from "@qifu/domain";
import { byTown, defineMetric, procedure, type TContext } from "@qifu/trpc-core";
import {
  TECH_CONTRACT_METRIC,
  TECH_PROJECTS_METRIC,
  TechField,
  ZTechTransferStats,
  type TFigures,
  type TTechTransferStats,
} from "../schemas";
import { TT_STAFF } from "./access";

/** The calendar days of a Shanghai year, as stored (midnight UTC of each day). */
const yearDays = (year: number) => ({ gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) });
/** A need counts as matched once a provider agreed to talk (or signed). */
export const MATCHED_CONTACT = { status: { in: ["ACCEPTED", "SIGNED"] } };

/** 成果转化·签约项目: cooperation projects signed in the year, district or one town (the enterprise's). */
export const techProjectsMetric = defineMetric({
  key: TECH_PROJECTS_METRIC,
  label: { zh: "产学研合作签约项目数", en: "Cooperation projects signed" },
  unit: { zh: "项", en: "" },
  kind: "flow",
  boardOrder: 150,
  compute: (ctx, { year, townId }) => ctx.db.techProject.count({ where: { signedOn: yearDays(year), ...(townId ? { townId } : {}) } }),
});

/** 成果转化·合同金额: contract value of the projects signed in the year, in 万元. */
export const techContractMetric = defineMetric({
  key: TECH_CONTRACT_METRIC,
  label: { zh: "成果转化合同金额", en: "Technology transfer contract value" },
  unit: { zh: "万元", en: "CNY 10k" },
  kind: "flow",
  boardOrder: 151,
  compute: async (ctx, { year, townId }) => {
    const sum = await ctx.db.techProject.aggregate({
      where: { signedOn: yearDays(year), ...(townId ? { townId } : {}) },
      _sum: { contractFen: true },
    });
    return Number(sum._sum.contractFen ?? 0n) / 1_000_000;
  },
});

type TBucket = Omit<TFigures, "key" | "label">;
const empty = (): TBucket => ({ needs: 0, needsMatched: 0, projects: 0, contractFen: 0 });

/**
 * The board's figures within the caller's scope (the district, or the town admin's town's
 * enterprises): needs posted in `year` and how many were matched (a provider agreed to talk),
 * projects signed in `year` and their contract value, by town and field. Each figure once.
 */
export async function computeStats(ctx: TContext, year: number): Promise<TTechTransferStats> {
  const scope = byTown(ctx.user);
  const town = ctx.user?.role === "TOWN_ADMIN" ? ctx.user.townId : null;
  const [needs, projects, towns, published, pending, labs, platforms] = await Promise.all([
    ctx.db.techNeed.findMany({
      where: { AND: [scope, { postedOn: yearDays(year) }] },
      select: { townId: true, field: true, _count: { select: { contacts: { where: MATCHED_CONTACT } } } },
    }),
    ctx.db.techProject.findMany({
      where: { AND: [scope, { signedOn: yearDays(year) }] },
      select: { townId: true, field: true, contractFen: true },
    }),
    ctx.db.town.findMany({ where: town ? { id: town } : {}, orderBy: { sortOrder: "asc" } }),
    ctx.db.techAchievement.count({ where: { status: "PUBLISHED" } }),
    ctx.db.techAchievement.count({ where: { status: "PENDING", ...(town ? { providerNode: { townId: town } } : {}) } }),
    ctx.db.jointLab.count({ where: town ? { enterprise: { townId: town } } : {} }),
    ctx.db.techPlatform.count(),
  ]);
  const total = empty();
  const byTownMap = new Map<string, TBucket>(towns.map((t) => [t.id, empty()]));
  const byField = new Map<string, TBucket>(TechField.values.map((f) => [f, empty()]));
  for (const n of needs)
    for (const b of [total, n.townId ? byTownMap.get(n.townId) : undefined, byField.get(n.field)]) {
      if (!b) continue;
      b.needs += 1;
      if (n._count.contacts > 0) b.needsMatched += 1;
    }
  for (const p of projects)
    for (const b of [total, p.townId ? byTownMap.get(p.townId) : undefined, byField.get(p.field)]) {
      if (!b) continue;
      b.projects += 1;
      b.contractFen += Number(p.contractFen);
    }
  const t = town ? towns[0] : undefined;
  const scopeLabel: TLabel = t
    ? { zh: `${t.name}范围，${year}年`, en: `${t.nameEn ?? t.name}, ${year}` }
    : { zh: `全区，${year}年`, en: `Whole district, ${year}` };
  return {
    year,
    scope: scopeLabel,
    total: { key: "total", label: { zh: "合计", en: "Total" }, ...total },
    byTown: towns.map((x) => ({ key: x.id, label: { zh: x.name, en: x.nameEn ?? x.name }, ...byTownMap.get(x.id)! })),
    byField: TechField.values.map((f) => ({ key: f, label: TechField.labels[f], ...byField.get(f)! })),
    achievements: { published, pending },
    labs,
    platforms,
  };
}

export const statsProcedure = procedure(TT_STAFF, { description: "Technology transfer figures of a year within the caller's scope" })
  .input(z.object({ year: z.number().int().min(2020).max(2100) }))
  .output(ZTechTransferStats)
  .query(({ ctx, input }) => computeStats(ctx, input.year));
