import { STAFF_ROLES } from "@qifu/domain";
import { Prisma } from "@qifu/db";
import { procedure, registerMetric, router, type TContext, type TSessionUser } from "@qifu/trpc-core";
import { LEDGER_METRICS, SATISFIED_FROM, ZLedgerStats, ZStatsInput, type TFigures, type TLedgerStats } from "../schemas";
import { shanghaiToday } from "./ledger-service";

type TRaw = { gt: number; gn: number; gm: number; townId: string | null; nodeId: string | null; m: number | null; times: number; ents: number; online: number; rated: number; satisfied: number };

/** The figures of a group of records: 家次 = records, distinct enterprises, online share, satisfaction. */
export function figuresOf(r: { times: number; ents: number; online: number; rated: number; satisfied: number } | undefined): TFigures {
  const times = Number(r?.times ?? 0), rated = Number(r?.rated ?? 0), online = Number(r?.online ?? 0), satisfied = Number(r?.satisfied ?? 0);
  return {
    enterpriseTimes: times, enterprises: Number(r?.ents ?? 0), online, rated, satisfied,
    onlineShare: times ? online / times : 0,
    satisfaction: rated ? satisfied / rated : null,
  };
}

/** Where the caller's figures come from: a node's staff their node, a town admin their town, other staff the district. */
export function statsScope(user: TSessionUser | null, want: { townId?: string; nodeId?: string }): { townId?: string; nodeId?: string } {
  if (user?.role === "NODE_OPERATOR") return { nodeId: user.nodeId ?? "-" };
  if (user?.role === "TOWN_ADMIN") return { townId: user.townId ?? "-", ...(want.nodeId ? { nodeId: want.nodeId } : {}) };
  return want;
}

/**
 * The SQL of the figures of one year: one pass over the year's records, grouped four ways at
 * once (total, by town, by node, by month). The benchmark times this same statement raw.
 */
export function figuresSql(year: number, f: { townId?: string; nodeId?: string }) {
  const from = `${year}-01-01`, to = `${year + 1}-01-01`;
  return Prisma.sql`
    SELECT grouping("townId")::int AS gt, grouping("nodeId")::int AS gn, grouping(m)::int AS gm, "townId", "nodeId", m,
           count(*)::int AS times, count(DISTINCT "enterpriseId")::int AS ents,
           count(*) FILTER (WHERE channel = 'ONLINE')::int AS online,
           count("ratingScore")::int AS rated,
           count(*) FILTER (WHERE "ratingScore" >= ${SATISFIED_FROM})::int AS satisfied
    FROM (SELECT "townId", "nodeId", "enterpriseId", channel, "ratingScore", extract(month FROM "servedOn")::int AS m
          FROM ledger_record
          WHERE "servedOn" >= ${from}::date AND "servedOn" < ${to}::date
          ${f.townId ? Prisma.sql`AND "townId" = ${f.townId}` : Prisma.empty}
          ${f.nodeId ? Prisma.sql`AND "nodeId" = ${f.nodeId}` : Prisma.empty}) r
    GROUP BY GROUPING SETS ((), ("townId"), ("nodeId"), (m))`;
}

/** Only the totals (metrics and targets need no breakdown). */
async function totals(ctx: TContext, year: number, townId: string | null): Promise<TFigures> {
  const from = `${year}-01-01`, to = `${year + 1}-01-01`;
  const [r] = await ctx.db.$queryRaw<TRaw[]>`
    SELECT count(*)::int AS times, count(DISTINCT "enterpriseId")::int AS ents, count(*) FILTER (WHERE channel = 'ONLINE')::int AS online,
           count("ratingScore")::int AS rated, count(*) FILTER (WHERE "ratingScore" >= ${SATISFIED_FROM})::int AS satisfied
    FROM ledger_record WHERE "servedOn" >= ${from}::date AND "servedOn" < ${to}::date ${townId ? Prisma.sql`AND "townId" = ${townId}` : Prisma.empty}`;
  return figuresOf(r);
}

export async function ledgerStats(ctx: TContext, year: number, scope: { townId?: string; nodeId?: string }): Promise<TLedgerStats> {
  const [rows, towns, targets] = await Promise.all([
    ctx.db.$queryRaw<TRaw[]>(figuresSql(year, scope)),
    ctx.db.town.findMany({ select: { id: true, name: true }, orderBy: { sortOrder: "asc" } }),
    ctx.db.target.findMany({ where: { year, scopeKey: scope.townId ?? "DISTRICT", metricKey: { in: Object.values(LEDGER_METRICS) } }, select: { metricKey: true, value: true } }),
  ]);
  const total = rows.find((r) => r.gt === 1 && r.gn === 1 && r.gm === 1);
  const townRows = rows.filter((r) => r.gt === 0);
  const nodeRows = rows.filter((r) => r.gn === 0);
  const monthRows = rows.filter((r) => r.gm === 0);
  const nodes = await ctx.db.node.findMany({ where: { id: { in: nodeRows.map((r) => r.nodeId!) } }, select: { id: true, name: true, town: { select: { name: true } } } });
  const townName = new Map(towns.map((t) => [t.id, t.name]));
  const nodeOf = new Map(nodes.map((n) => [n.id, n]));
  const target = (key: string) => targets.find((t) => t.metricKey === key)?.value ?? null;
  return {
    year,
    total: figuresOf(total),
    // every town in scope, served or not, in the towns' order
    byTown: towns
      .filter((t) => !scope.townId || t.id === scope.townId)
      .map((t) => ({ townId: t.id as string | null, townName: t.name, ...figuresOf(townRows.find((r) => r.townId === t.id)) }))
      .concat(townRows.filter((r) => r.townId === null).map((r) => ({ townId: null, townName: "区级", ...figuresOf(r) })))
      .filter((t) => !scope.nodeId || t.enterpriseTimes > 0),
    byNode: nodeRows
      .map((r) => ({ nodeId: r.nodeId!, nodeName: nodeOf.get(r.nodeId!)?.name ?? r.nodeId!, townName: nodeOf.get(r.nodeId!)?.town?.name ?? (r.townId ? townName.get(r.townId) ?? null : null), ...figuresOf(r) }))
      .sort((a, b) => b.enterpriseTimes - a.enterpriseTimes),
    byMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, ...figuresOf(monthRows.find((r) => r.m === i + 1)) })),
    targets: { enterpriseTimes: target(LEDGER_METRICS.enterpriseTimes), onlineShare: target(LEDGER_METRICS.onlineShare), satisfaction: target(LEDGER_METRICS.satisfaction) },
  };
}

export const ledgerStatsRouter = router({
  stats: procedure(STAFF_ROLES, { description: "Ledger figures of a year: enterprise-times, distinct enterprises, online share, satisfaction — by town, node and month" })
    .input(ZStatsInput)
    .output(ZLedgerStats)
    .query(({ ctx, input }) => {
      const year = input?.year ?? Number(shanghaiToday(ctx.now()).slice(0, 4));
      return ledgerStats(ctx, year, statsScope(ctx.user, { townId: input?.townId, nodeId: input?.nodeId }));
    }),
});

// Targets are data (seeded: 10,000 enterprise-times, online > 50 %, satisfaction ≥ 90 %); these are their formulas.
registerMetric({
  key: LEDGER_METRICS.enterpriseTimes,
  label: { zh: "服务企业家次", en: "Enterprise-times served" },
  unit: { zh: "家次", en: "enterprise-times" },
  compute: async (ctx, { year, townId }) => (await totals(ctx, year, townId)).enterpriseTimes,
});
registerMetric({
  key: LEDGER_METRICS.onlineShare,
  label: { zh: "线上服务占比", en: "Online share of services" },
  unit: { zh: "%", en: "%" },
  compute: async (ctx, { year, townId }) => Math.round((await totals(ctx, year, townId)).onlineShare * 1000) / 10,
});
registerMetric({
  key: LEDGER_METRICS.satisfaction,
  label: { zh: "服务满意度", en: "Satisfaction" },
  unit: { zh: "%", en: "%" },
  compute: async (ctx, { year, townId }) => Math.round(((await totals(ctx, year, townId)).satisfaction ?? 0) * 1000) / 10,
});

