import { z } from "zod";
import { CultivationTier, shanghaiDate, type TLabel } from "@qifu/domain";
import { byTown, defineMetric, procedure, type TContext } from "@qifu/trpc-core";
import {
  FINANCING_GRANTED_METRIC,
  FINANCING_NEEDS_METRIC,
  MATCHMAKING_SERIES_CODE,
  ZFinancingStats,
  type TAmounts,
  type TFinancingStats,
} from "../schemas";
import { FINANCING_STAFF } from "./access";

/** The calendar days of a Shanghai year, as stored (midnight UTC of each day). */
const yearDays = (year: number) => ({ gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) });

/** 融资促进·放款金额: amounts granted in the year (grant date), in 万元, district or one town (the need's town). */
export const financingGrantedMetric = defineMetric({
  key: FINANCING_GRANTED_METRIC,
  label: { zh: "融资对接放款金额", en: "Financing granted through matching" },
  unit: { zh: "万元", en: "CNY 10k" },
  kind: "flow",
  compute: async (ctx, { year, townId }) => {
    const sum = await ctx.db.financingSending.aggregate({
      where: { grantedOn: yearDays(year), ...(townId ? { need: { townId } } : {}) },
      _sum: { grantedFen: true },
    });
    return Number(sum._sum.grantedFen ?? 0n) / 1_000_000;
  },
});

/** 融资需求数: needs posted in the year, district or one town. */
export const financingNeedsMetric = defineMetric({
  key: FINANCING_NEEDS_METRIC,
  label: { zh: "企业融资需求数", en: "Financing needs posted" },
  unit: { zh: "项", en: "" },
  kind: "flow",
  compute: (ctx, { year, townId }) => ctx.db.financingNeed.count({ where: { postedOn: yearDays(year), ...(townId ? { townId } : {}) } }),
});

type TBucket = Omit<TAmounts, "key" | "label">;
const empty = (): TBucket => ({ needs: 0, askedFen: 0, approvedFen: 0, grantedFen: 0 });

/**
 * The board's figures of the needs posted in `year` within the caller's scope (the district, or
 * the town admin's town): needs and amounts asked / approved / granted by town, tier and
 * institution, and the days from posting to the first grant. Each figure once: a need's asked
 * amount counts once, approvals and grants per institution that gave them.
 */
async function computeStats(ctx: TContext, year: number): Promise<TFinancingStats> {
  const scope = byTown(ctx.user);
  const [needs, towns, schemes, investments] = await Promise.all([
    ctx.db.financingNeed.findMany({
      where: { AND: [scope, { postedOn: yearDays(year) }] },
      select: {
        townId: true,
        amountFen: true,
        postedOn: true,
        activityId: true,
        enterprise: { select: { tier: true } },
        sendings: { select: { nodeId: true, approvedFen: true, grantedFen: true, grantedOn: true, node: { select: { name: true } } } },
      },
    }),
    ctx.db.town.findMany({ where: ctx.user?.role === "TOWN_ADMIN" ? { id: ctx.user.townId ?? "" } : {}, orderBy: { sortOrder: "asc" } }),
    ctx.db.financingScheme.findMany({ orderBy: { name: "asc" } }),
    ctx.db.fundInvestment.aggregate({
      where: { investedOn: yearDays(year), ...(ctx.user?.role === "TOWN_ADMIN" ? { enterprise: { townId: ctx.user.townId } } : {}) },
      _sum: { amountFen: true },
    }),
  ]);
  const total = empty();
  const byTownMap = new Map<string, TBucket>(towns.map((t) => [t.id, empty()]));
  const byTier = new Map<string, TBucket>(CultivationTier.values.map((t) => [t, empty()]));
  const byNode = new Map<string, TBucket & { name: string }>();
  const byEvent = new Map<string, TBucket>();
  const days: number[] = [];
  for (const n of needs) {
    const approved = n.sendings.reduce((s, x) => s + Number(x.approvedFen ?? 0n), 0);
    const granted = n.sendings.reduce((s, x) => s + Number(x.grantedFen ?? 0n), 0);
    const add = (b: TBucket | undefined) => {
      if (!b) return;
      b.needs += 1;
      b.askedFen += Number(n.amountFen);
      b.approvedFen += approved;
      b.grantedFen += granted;
    };
    add(total);
    add(n.townId ? byTownMap.get(n.townId) : undefined);
    add(byTier.get(n.enterprise.tier));
    if (n.activityId) {
      if (!byEvent.has(n.activityId)) byEvent.set(n.activityId, empty());
      add(byEvent.get(n.activityId));
    }
    for (const s of n.sendings) {
      const b = byNode.get(s.nodeId) ?? { ...empty(), name: s.node.name };
      b.needs += 1;
      b.askedFen += Number(n.amountFen);
      b.approvedFen += Number(s.approvedFen ?? 0n);
      b.grantedFen += Number(s.grantedFen ?? 0n);
      byNode.set(s.nodeId, b);
    }
    const grants = n.sendings.filter((s) => s.grantedOn).map((s) => s.grantedOn!.getTime());
    if (grants.length) days.push(Math.round((Math.min(...grants) - n.postedOn.getTime()) / 86_400_000));
  }
  days.sort((a, b) => a - b);
  const median = days.length
    ? days.length % 2
      ? days[(days.length - 1) / 2]
      : (days[days.length / 2 - 1] + days[days.length / 2]) / 2
    : null;
  const town = ctx.user?.role === "TOWN_ADMIN" ? towns[0] : undefined;
  // the events held in the year in scope (a town: its own), and any other event its needs were raised at
  const events = await ctx.db.activity.findMany({
    where: {
      OR: [
        {
          series: { code: MATCHMAKING_SERIES_CODE },
          status: "PUBLISHED",
          startsAt: yearDays(year),
          ...(town ? { townId: town.id } : {}),
        },
        { id: { in: [...byEvent.keys()] } },
      ],
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      startsAt: true,
      _count: {
        // attendees in scope: a town counts its own enterprises at an event held elsewhere
        select: { registrations: { where: { attendedAt: { not: null }, ...(town ? { enterprise: { townId: town.id } } : {}) } } },
      },
    },
  });
  const scopeLabel: TLabel = town
    ? { zh: `${town.name}范围，${year}年发布的需求`, en: `${town.nameEn ?? town.name}, needs posted in ${year}` }
    : { zh: `全区，${year}年发布的需求`, en: `Whole district, needs posted in ${year}` };
  return {
    year,
    scope: scopeLabel,
    total: { key: "total", label: { zh: "合计", en: "Total" }, ...total },
    byTown: towns.map((t) => ({ key: t.id, label: { zh: t.name, en: t.nameEn ?? t.name }, ...byTownMap.get(t.id)! })),
    byTier: CultivationTier.values.map((t) => ({
      key: t,
      label: { zh: CultivationTier.label(t, "zh"), en: CultivationTier.label(t, "en") },
      ...byTier.get(t)!,
    })),
    byInstitution: [...byNode.entries()]
      .map(([key, { name, ...b }]) => ({ key, label: { zh: name, en: name }, ...b }))
      .sort((a, b) => b.grantedFen - a.grantedFen || a.label.zh.localeCompare(b.label.zh, "zh")),
    daysToGrant: { count: days.length, average: days.length ? days.reduce((s, d) => s + d, 0) / days.length : null, median },
    schemes: schemes.map((s) => ({ id: s.id, name: s.name, quotaFen: Number(s.quotaFen), usedFen: Number(s.usedFen) })),
    investmentsFen: Number(investments._sum.amountFen ?? 0n),
    events: events.map((e) => ({
      key: e.id,
      label: { zh: e.title, en: e.title },
      startsOn: shanghaiDate(e.startsAt),
      attended: e._count.registrations,
      ...(byEvent.get(e.id) ?? empty()),
    })),
  };
}

export const statsProcedure = procedure(FINANCING_STAFF, { description: "Financing figures of a year within the caller's scope" })
  .input(z.object({ year: z.number().int().min(2020).max(2100) }))
  .output(ZFinancingStats)
  .query(({ ctx, input }) => computeStats(ctx, input.year));
