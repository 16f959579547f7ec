import { z } from "zod";
import { shareInPercent, type TLabel } from "@qifu/domain";
import { defineMetric, procedure, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import {
  KeyChain,
  SUPPLY_CHAIN_DEALS_METRIC,
  SUPPLY_CHAIN_LOCAL_RATE_METRIC,
  ZChains,
  ZSupplyChainStats,
  type TFigures,
  type TKeyChain,
  type TSupplyChainStats,
} from "../schemas";
import { FIGURES_STAFF, linksOf, staffTown, townScope } from "./access";
import { contactScope } from "./contacts";

/** The calendar days of a Shanghai year, as stored (midnight UTC of each day). */
const yearDays = (year: number) => ({ gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) });
/** Deals touching a town: either side an enterprise of it. */
const dealsOfTown = (townId: string | null): TWhere => (townId ? { OR: [{ buyer: { townId } }, { supplier: { townId } }] } : {});

/** 配套成交金额: deals reported in the year, in 万元 (district, or deals with an enterprise of the town). */
export const supplyChainDealsMetric = defineMetric({
  key: SUPPLY_CHAIN_DEALS_METRIC,
  label: { zh: "配套协作成交金额", en: "Supply-chain deal amount" },
  unit: { zh: "万元", en: "CNY 10k" },
  kind: "flow",
  boardOrder: 140,
  compute: async (ctx, { year, townId }) => {
    const sum = await ctx.db.supplyChainDeal.aggregate({
      where: { AND: [{ dealOn: yearDays(year) }, dealsOfTown(townId)] },
      _sum: { amountFen: true },
    });
    return Number(sum._sum.amountFen ?? 0n) / 1_000_000;
  },
});

/** 本地配套率 = deals where both sides are district enterprises ÷ all deals of the year, in %. */
export const supplyChainLocalRateMetric = defineMetric({
  key: SUPPLY_CHAIN_LOCAL_RATE_METRIC,
  label: { zh: "本地配套率", en: "Local supporting rate" },
  unit: { zh: "%", en: "%" },
  kind: "rate",
  boardOrder: 141,
  compute: async (ctx, { year, townId }) => {
    const where = { AND: [{ dealOn: yearDays(year) }, dealsOfTown(townId)] };
    const [all, local] = await Promise.all([
      ctx.db.supplyChainDeal.count({ where }),
      ctx.db.supplyChainDeal.count({ where: { AND: [where, { local: true }] } }),
    ]);
    return shareInPercent(local, all);
  },
});

const empty = (): TFigures => ({ postings: 0, supplies: 0, demands: 0, matches: 0, deals: 0, localDeals: 0, amountFen: 0 });
const rate = (f: TFigures) => (f.deals ? f.localDeals / f.deals : null);

/**
 * The figures inside the caller's scope (the district, or the town admin's town): postings,
 * matches (contacts asked on a matched pair), deals and their amount, by chain and by link; a
 * deal counts where it touches the town (either side). Every posting, contact and deal sits on one
 * link of one chain, so the chains and the links each add up to the total.
 */
async function computeStats(ctx: TContext, user: TSessionUser | null, year: number | undefined): Promise<TSupplyChainStats> {
  const town = staffTown(user) ?? null;
  const when = (field: string) => (year ? { [field]: yearDays(year) } : {});
  const [postings, contacts, deals, visits, lists, townRow] = await Promise.all([
    ctx.db.supplyChainPosting.findMany({
      where: { AND: [townScope(user), when("postedOn")] },
      select: { kind: true, chain: true, clusterId: true, linkKey: true },
    }),
    ctx.db.supplyChainContact.findMany({
      where: { AND: [contactScope(user), when("requestedOn")] },
      select: { demand: { select: { chain: true, clusterId: true, linkKey: true } } },
    }),
    ctx.db.supplyChainDeal.findMany({
      where: { AND: [dealsOfTown(town), when("dealOn")] },
      select: { chain: true, clusterId: true, linkKey: true, amountFen: true, local: true },
    }),
    ctx.db.supplyChainVisit.count({ where: { AND: [townScope(user), when("visitOn")] } }),
    ctx.db.supplyChainProcurementList.count({ where: { AND: [townScope(user), when("publishedOn")] } }),
    town ? ctx.db.town.findUnique({ where: { id: town }, select: { name: true, nameEn: true } }) : null,
  ]);
  const total = empty();
  const byChain = new Map<TKeyChain, TFigures>();
  const byLink = new Map<string, TFigures & { chain: TKeyChain; clusterId: string; linkKey: string }>();
  const at = (r: { chain: string; clusterId: string; linkKey: string }) => {
    const chain = r.chain as TKeyChain;
    if (!byChain.has(chain)) byChain.set(chain, empty());
    const key = `${r.clusterId}|${r.linkKey}`;
    if (!byLink.has(key)) byLink.set(key, { ...empty(), chain, clusterId: r.clusterId, linkKey: r.linkKey });
    return [total, byChain.get(chain)!, byLink.get(key)!];
  };
  for (const p of postings)
    for (const f of at(p)) {
      f.postings += 1;
      if (p.kind === "SUPPLY") f.supplies += 1;
      else f.demands += 1;
    }
  for (const c of contacts) for (const f of at(c.demand)) f.matches += 1;
  for (const d of deals)
    for (const f of at(d)) {
      f.deals += 1;
      f.amountFen += Number(d.amountFen);
      if (d.local) f.localDeals += 1;
    }
  const clusters = await ctx.db.industrialCluster.findMany({
    where: { id: { in: [...new Set([...byLink.values()].map((l) => l.clusterId))] } },
    select: { id: true, name: true, links: true },
  });
  const clusterOf = new Map(clusters.map((c) => [c.id, { name: c.name, links: linksOf(c.links) }]));
  const scope: TLabel = townRow
    ? { zh: `${townRow.name}范围${year ? `，${year}年` : ""}`, en: `${townRow.nameEn ?? townRow.name}${year ? `, ${year}` : ""}` }
    : { zh: `全区${year ? `，${year}年` : ""}`, en: `Whole district${year ? `, ${year}` : ""}` };
  return {
    scope,
    total,
    localRate: rate(total),
    byChain: KeyChain.values
      .filter((c) => byChain.has(c))
      .map((chain) => ({ chain, ...byChain.get(chain)!, localRate: rate(byChain.get(chain)!) })),
    byLink: [...byLink.values()]
      .map((l) => {
        const c = clusterOf.get(l.clusterId);
        const link = c?.links.find((x) => x.key === l.linkKey);
        return { ...l, clusterName: c?.name ?? "—", linkName: link?.name ?? "（已删除的环节）", filled: l.localDeals > 0 };
      })
      .sort((a, b) => b.amountFen - a.amountFen || b.postings - a.postings || a.linkName.localeCompare(b.linkName, "zh")),
    visits,
    lists,
  };
}

export const statsProcedure = procedure(FIGURES_STAFF, { description: "Supply-chain figures within the caller's scope" })
  .input(z.object({ year: z.number().int().min(2020).max(2100).optional() }).optional())
  .output(ZSupplyChainStats)
  .query(({ ctx, input }) => computeStats(ctx, ctx.user, input?.year));

/** The district's key chains as the industrial clusters hold them: each active cluster with its links (the posting forms' choices). */
export const chainsProcedure = procedure("public", { description: "The key chains and their links, from the industrial clusters" })
  .output(ZChains)
  .query(async ({ ctx }) => {
    const rows = await ctx.db.industrialCluster.findMany({
      where: { status: "ACTIVE" },
      select: { id: true, name: true, chain: true, links: true, town: { select: { name: true } } },
      orderBy: [{ establishedOn: "asc" }, { name: "asc" }],
    });
    return KeyChain.values
      .map((chain) => ({
        chain,
        clusters: rows
          .filter((r) => r.chain === chain)
          .map((r) => ({ id: r.id, name: r.name, townName: r.town.name, links: linksOf(r.links) })),
      }))
      .filter((c) => c.clusters.length > 0);
  });
