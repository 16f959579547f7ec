import { shanghaiYearSpan, shareInPercent, STAFF_ROLES } from "@qifu/domain";
import { Prisma } from "@qifu/db";
import { byMetricScope, defineMetric, procedure, router, type TContext, type TMetricScope, type TSessionUser } from "@qifu/trpc-core";
import { LEDGER_METRICS, SATISFIED_FROM, ZLedgerStats, ZStatsInput, type TFigures, type TLedgerStats } from "../schemas";
import { shanghaiToday } from "./ledger-service";

type TCounts = { times: number; ents: number; online: number; rated: number; satisfied: number };
type TScope = { townId?: string; nodeId?: string };
/** The figures of a year in groups: the total, by town ("" = district-level nodes), by node, by month. */
type TGroups = {
  total?: TCounts;
  towns: Map<string, TCounts>;
  nodes: Map<string, TCounts & TNamed & { townKey: string | null }>;
  months: Map<number, TCounts>;
};

/** The figures of a group of records: 家次 = records, distinct enterprises, online share, satisfaction. */
export function figuresOf(r: TCounts | undefined): TFigures {
  const times = Number(r?.times ?? 0),
    rated = Number(r?.rated ?? 0),
    online = Number(r?.online ?? 0),
    satisfied = Number(r?.satisfied ?? 0);
  return {
    enterpriseTimes: times,
    enterprises: Number(r?.ents ?? 0),
    online,
    rated,
    satisfied,
    onlineShare: times ? online / times : 0,
    satisfaction: rated ? satisfied / rated : null,
  };
}

/** Where the caller's figures come from: a node's staff their node, a town admin their town, other staff the district. */
export function statsScope(user: TSessionUser | null, want: TScope): TScope {
  if (user?.role === "NODE_OPERATOR") return { nodeId: user.nodeId ?? "-" };
  if (user?.role === "TOWN_ADMIN") return { townId: user.townId ?? "-", ...(want.nodeId ? { nodeId: want.nodeId } : {}) };
  return want;
}

/** The towns (for the towns nobody served) and the year's targets of the scope, as JSON, beside the figures. */
function contextSql(year: number, f: TScope) {
  return Prisma.sql`
    (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name) ORDER BY "sortOrder"), '[]') FROM town) AS towns,
    (SELECT coalesce(json_agg(json_build_object('metricKey', "metricKey", 'value', value)), '[]') FROM target
      WHERE year = ${year} AND "scopeKey" = ${f.nodeId ? `NODE:${f.nodeId}` : (f.townId ?? "DISTRICT")} AND "metricKey" IN (${Prisma.join(Object.values(LEDGER_METRICS))})) AS targets`;
}

/**
 * The board's figures in one statement: the rows of the rollup (ledger_rollup, kept by a trigger
 * on ledger_record: migration ledger_rollup) that the scope needs, about 640 for the district (the
 * year, 13 towns, the nodes, 12 months), fewer for a town or a node, with each node's current
 * name, plus the towns and the targets — aggregated to JSON in the database, so the service
 * decodes three values instead of 640 rows and makes one round trip. The benchmark times this
 * same statement raw.
 */
export function figuresSql(year: number, f: TScope, topNodes?: number) {
  const grains = f.nodeId
    ? Prisma.sql`r."nodeId" = ${f.nodeId} ${f.townId ? Prisma.sql`AND r."townKey" = ${f.townId}` : Prisma.empty}`
    : f.townId
      ? Prisma.sql`r."townKey" = ${f.townId} AND (r.month = 0 OR r."nodeId" = '*')`
      : Prisma.sql`(r.month = 0 OR (r."townKey" = '*' AND r."nodeId" = '*'))`;
  // Only the busiest nodes' rows: ranked as byNode is sorted (times, then id in byte order, as
  // JS compares strings), summed over towns so a node that moved keeps both of its rows.
  const busiest =
    topNodes && !f.nodeId
      ? Prisma.sql`AND (r."nodeId" = '*' OR r."nodeId" IN (
          SELECT "nodeId" FROM ledger_rollup WHERE year = ${year} AND month = 0 AND "nodeId" <> '*' AND times > 0
            ${f.townId ? Prisma.sql`AND "townKey" = ${f.townId}` : Prisma.empty}
          GROUP BY "nodeId" ORDER BY sum(times) DESC, "nodeId" COLLATE "C" LIMIT ${topNodes}))`
      : Prisma.empty;
  return Prisma.sql`
    SELECT (SELECT coalesce(json_agg(json_build_object('month', r.month, 'townKey', r."townKey", 'nodeId', r."nodeId", 'times', r.times, 'ents', r.enterprises,
              'online', r.online, 'rated', r.rated, 'satisfied', r.satisfied, 'nodeName', n.name, 'nodeTownName', nt.name)), '[]')
            FROM ledger_rollup r LEFT JOIN node n ON n.id = r."nodeId" LEFT JOIN town nt ON nt.id = n."townId"
            WHERE r.year = ${year} AND r.times > 0 AND ${grains} ${busiest}) AS rows,
           ${contextSql(year, f)}`;
}

type TContextRows = { towns: { id: string; name: string }[]; targets: { metricKey: string; value: number }[] };
/** A json column as a value (the driver adapters hand json back parsed or as text, depending on the store). */
const json = <T>(v: unknown): T => (typeof v === "string" ? JSON.parse(v) : v) as T;

/**
 * The same figures from the records themselves: one pass over the year's records grouped four
 * ways. What the board ran before the rollup (seconds at 1,000,000 records); still used for one
 * node that changed towns within the year, and by the tests and the benchmark as the reference.
 */
export function figuresScanSql(year: number, f: TScope) {
  const from = `${year}-01-01`,
    to = `${year + 1}-01-01`;
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

type TNamed = { nodeName?: string | null; nodeTownName?: string | null };
type TScanRow = TCounts & TNamed & { gt: number; gn: number; gm: number; townId: string | null; nodeId: string | null; m: number | null };
type TRollupRow = TCounts & TNamed & { month: number; townKey: string; nodeId: string };

async function scanGroups(ctx: TContext, year: number, scope: TScope): Promise<TGroups> {
  const rows = await ctx.db.$queryRaw<TScanRow[]>(figuresScanSql(year, scope));
  return scanGroupsOf(rows);
}

function scanGroupsOf(rows: TScanRow[]): TGroups {
  return {
    total: rows.find((r) => r.gt === 1 && r.gn === 1 && r.gm === 1),
    towns: new Map(rows.filter((r) => r.gt === 0).map((r) => [r.townId ?? "", r])),
    nodes: new Map(rows.filter((r) => r.gn === 0).map((r) => [r.nodeId!, { ...r, townKey: null }])),
    months: new Map(rows.filter((r) => r.gm === 0).map((r) => [r.m!, r])),
  };
}

const sum = (rows: TCounts[]): TCounts => ({
  times: rows.reduce((a, r) => a + r.times, 0),
  ents: rows.reduce((a, r) => a + r.ents, 0),
  online: rows.reduce((a, r) => a + r.online, 0),
  rated: rows.reduce((a, r) => a + r.rated, 0),
  satisfied: rows.reduce((a, r) => a + r.satisfied, 0),
});

async function rollupGroups(ctx: TContext, year: number, scope: TScope, rows: TRollupRow[]): Promise<TGroups> {
  if (scope.nodeId) {
    // one node: its rows per town. A node moved to another town within the year has two; its
    // distinct enterprises cannot be added up, so read its records (one node's: an index range).
    const towns = new Set(rows.map((r) => r.townKey));
    if (towns.size > 1) return scanGroups(ctx, year, scope);
    const year0 = rows.find((r) => r.month === 0);
    return {
      total: year0,
      towns: new Map(year0 ? [[year0.townKey, year0]] : []),
      nodes: new Map(year0 ? [[year0.nodeId, year0]] : []),
      months: new Map(rows.filter((r) => r.month > 0).map((r) => [r.month, r])),
    };
  }
  const all = scope.townId ?? "*";
  const nodeRows = rows.filter((r) => r.month === 0 && r.nodeId !== "*");
  const nodes = new Map<string, TCounts & TNamed & { townKey: string | null }>();
  const moved: string[] = [];
  for (const r of nodeRows) {
    const seen = nodes.get(r.nodeId);
    if (seen) moved.push(r.nodeId);
    nodes.set(r.nodeId, seen ? { ...seen, ...sum([seen, r]), townKey: null } : r);
  }
  if (moved.length) {
    // a node with records under two towns in the year: its distinct enterprises from its records
    const from = `${year}-01-01`,
      to = `${year + 1}-01-01`;
    const exact = await ctx.db.$queryRaw<{ nodeId: string; ents: number }[]>`
      SELECT "nodeId", count(DISTINCT "enterpriseId")::int AS ents FROM ledger_record
      WHERE "nodeId" IN (${Prisma.join([...new Set(moved)])}) AND "servedOn" >= ${from}::date AND "servedOn" < ${to}::date GROUP BY "nodeId"`;
    for (const e of exact) nodes.get(e.nodeId)!.ents = e.ents;
  }
  return {
    total: rows.find((r) => r.month === 0 && r.townKey === all && r.nodeId === "*"),
    towns: new Map(rows.filter((r) => r.month === 0 && r.townKey !== "*" && r.nodeId === "*").map((r) => [r.townKey, r])),
    nodes,
    months: new Map(rows.filter((r) => r.month > 0 && r.townKey === all && r.nodeId === "*").map((r) => [r.month, r])),
  };
}

/** Only the totals (metrics and targets need no breakdown): one row of the rollup. */
async function totals(ctx: TContext, { year, townId, nodeId }: TMetricScope): Promise<TFigures> {
  // a node is in one town: its year row is the only one with its id
  const [r] = nodeId
    ? await ctx.db.$queryRaw<TCounts[]>`
    SELECT times, enterprises AS ents, online, rated, satisfied FROM ledger_rollup WHERE year = ${year} AND month = 0 AND "nodeId" = ${nodeId}`
    : await ctx.db.$queryRaw<TCounts[]>`
    SELECT times, enterprises AS ents, online, rated, satisfied FROM ledger_rollup WHERE year = ${year} AND month = 0 AND "townKey" = ${townId ?? "*"} AND "nodeId" = '*'`;
  return figuresOf(r);
}

/** The board's figures of a year in a scope; `from: "records"` computes them by scanning the records (the reference). */
export async function ledgerStats(
  ctx: TContext,
  year: number,
  scope: TScope,
  from: "rollup" | "records" = "rollup",
  topNodes?: number,
): Promise<TLedgerStats> {
  let groups: TGroups, context: TContextRows;
  if (from === "rollup") {
    const [r] = await ctx.db.$queryRaw<{ rows: unknown; towns: unknown; targets: unknown }[]>(figuresSql(year, scope, topNodes));
    context = { towns: json(r.towns), targets: json(r.targets) };
    groups = await rollupGroups(ctx, year, scope, json<TRollupRow[]>(r.rows));
  } else {
    const [rows, [r]] = await Promise.all([
      ctx.db.$queryRaw<TScanRow[]>(figuresScanSql(year, scope)),
      ctx.db.$queryRaw<{ towns: unknown; targets: unknown }[]>(Prisma.sql`SELECT ${contextSql(year, scope)}`),
    ]);
    context = { towns: json(r.towns), targets: json(r.targets) };
    groups = scanGroupsOf(rows);
  }
  const { towns, targets } = context;
  // node names: the rollup's statement brings them; the scan (the reference) looks them up
  const missing = [...groups.nodes].filter(([, r]) => r.nodeName === undefined).map(([id]) => id);
  const looked = missing.length
    ? await ctx.db.node.findMany({ where: { id: { in: missing } }, select: { id: true, name: true, town: { select: { name: true } } } })
    : [];
  for (const n of looked) Object.assign(groups.nodes.get(n.id)!, { nodeName: n.name, nodeTownName: n.town?.name ?? null });
  const townName = new Map(towns.map((t) => [t.id, t.name]));
  const target = (key: string) => targets.find((t) => t.metricKey === key)?.value ?? null;
  const district = groups.towns.get("");
  return {
    year,
    total: figuresOf(groups.total),
    // every town in scope, served or not, in the towns' order
    byTown: towns
      .filter((t) => !scope.townId || t.id === scope.townId)
      .map((t) => ({ townId: t.id as string | null, townName: t.name, ...figuresOf(groups.towns.get(t.id)) }))
      .concat(district ? [{ townId: null, townName: "区级", ...figuresOf(district) }] : [])
      .filter((t) => !scope.nodeId || t.enterpriseTimes > 0),
    byNode: [...groups.nodes]
      .map(([nodeId, r]) => ({
        nodeId,
        nodeName: r.nodeName ?? nodeId,
        townName: r.nodeTownName ?? (r.townKey ? (townName.get(r.townKey) ?? null) : null),
        ...figuresOf(r),
      }))
      .sort((a, b) => b.enterpriseTimes - a.enterpriseTimes || (a.nodeId < b.nodeId ? -1 : 1))
      .slice(0, topNodes),
    byMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, ...figuresOf(groups.months.get(i + 1)) })),
    targets: {
      enterpriseTimes: target(LEDGER_METRICS.enterpriseTimes),
      onlineShare: target(LEDGER_METRICS.onlineShare),
      satisfaction: target(LEDGER_METRICS.satisfaction),
    },
  };
}

export const ledgerStatsRouter = router({
  stats: procedure(STAFF_ROLES, {
    description: "Ledger figures of a year: enterprise-times, distinct enterprises, online share, satisfaction — by town, node and month",
  })
    .input(ZStatsInput)
    .output(ZLedgerStats)
    .query(({ ctx, input }) => {
      const year = input?.year ?? Number(shanghaiToday(ctx.now()).slice(0, 4));
      return ledgerStats(ctx, year, statsScope(ctx.user, { townId: input?.townId, nodeId: input?.nodeId }), "rollup", input?.topNodes);
    }),
});

/**
 * Service requests of the year handled within the product's published time limit ÷ those handled or
 * past it (the request's `dueAt`, on the working calendar), in %. Cancelled ones and those still
 * within their limit do not count yet; none counted: 0.
 */
async function requestsOnTime(ctx: TContext, scope: TMetricScope): Promise<number> {
  const rows = await ctx.db.serviceRequest.findMany({
    where: { createdAt: shanghaiYearSpan(scope.year), dueAt: { not: null }, status: { not: "CANCELLED" }, ...byMetricScope(scope) },
    select: { closedAt: true, dueAt: true, status: true },
  });
  const now = ctx.now();
  const handled = (r: (typeof rows)[number]) => (r.status === "DELIVERED" || r.status === "DECLINED") && r.closedAt;
  const due = rows.filter((r) => handled(r) || r.dueAt! < now);
  const onTime = due.filter((r) => handled(r) && r.closedAt! <= r.dueAt!).length;
  return shareInPercent(onTime, due.length);
}

// Targets are data (seeded: 10,000 enterprise-times, online > 50 %, satisfaction ≥ 90 %); these are their formulas, listed in the manifest.
export const ledgerMetrics = [
  defineMetric({
    key: LEDGER_METRICS.enterpriseTimes,
    kind: "flow",
    boardOrder: 10,
    label: { zh: "服务企业家次", en: "Enterprise-times served" },
    unit: { zh: "家次", en: "enterprise-times" },
    nodes: true,
    compute: async (ctx, scope) => (await totals(ctx, scope)).enterpriseTimes,
  }),
  defineMetric({
    key: LEDGER_METRICS.onlineShare,
    kind: "rate",
    boardOrder: 50,
    label: { zh: "线上服务占比", en: "Online share of services" },
    unit: { zh: "%", en: "%" },
    nodes: true,
    compute: async (ctx, scope) => Math.round((await totals(ctx, scope)).onlineShare * 1000) / 10,
  }),
  defineMetric({
    key: LEDGER_METRICS.satisfaction,
    kind: "rate",
    boardOrder: 60,
    label: { zh: "服务满意度", en: "Satisfaction" },
    unit: { zh: "%", en: "%" },
    nodes: true,
    compute: async (ctx, scope) => Math.round(((await totals(ctx, scope)).satisfaction ?? 0) * 1000) / 10,
  }),
  defineMetric({
    key: LEDGER_METRICS.requestsOnTime,
    kind: "rate",
    label: { zh: "服务请求按承诺时限办结率", en: "Service requests handled within the published time limit" },
    unit: { zh: "%", en: "%" },
    nodes: true,
    compute: requestsOnTime,
  }),
  defineMetric({
    key: LEDGER_METRICS.complaints,
    kind: "flow",
    label: { zh: "企业对服务的投诉件数", en: "Complaints about services" },
    unit: { zh: "件", en: "complaints" },
    nodes: true,
    compute: (ctx, scope) => ctx.db.serviceComplaint.count({ where: { createdAt: shanghaiYearSpan(scope.year), ...byMetricScope(scope) } }),
  }),
];
