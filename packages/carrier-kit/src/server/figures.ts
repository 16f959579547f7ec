import type { TLabel } from "@qifu/domain";
import type { TContext, TMetric, TWhere } from "@qifu/trpc-core";
import type { TCarrierCount } from "../schemas";

/** For the board: the district's target of a metric and its live figure for each year (a future year as of today). */
export async function districtProgress(ctx: TContext, metric: Pick<TMetric, "key" | "compute">, years: readonly number[]) {
  const thisYear = ctx.now().getUTCFullYear();
  const targets = await ctx.db.target.findMany({ where: { scopeKey: "DISTRICT", metricKey: metric.key, year: { in: [...years] } } });
  const out: { year: number; target: number | null; actual: number }[] = [];
  for (const year of years)
    out.push({
      year,
      target: targets.find((t) => t.year === year)?.value ?? null,
      actual: await metric.compute(ctx, { year: Math.min(year, thisYear), townId: null }),
    });
  return out;
}

/**
 * What the caller's board figures cover, said beside each figure (issue 10 point 5): nothing for
 * the district's full figures; "狮岭镇范围" for a town admin, "本节点" for a node operator, and
 * "仅含运营中" when the figures leave out suspended and closed rows (`activeOnly`).
 */
export async function figuresScope(ctx: TContext, opts: { activeOnly?: boolean } = {}): Promise<TLabel[]> {
  const u = ctx.user;
  const out: TLabel[] = [];
  if (u?.role === "TOWN_ADMIN" && u.townId) {
    const town = await ctx.db.town.findUnique({ where: { id: u.townId }, select: { name: true, nameEn: true } });
    if (town) out.push({ zh: `${town.name}范围`, en: `${town.nameEn || town.name} only` });
  } else if (u?.role === "NODE_OPERATOR" && u.nodeId) {
    const node = await ctx.db.node.findUnique({ where: { id: u.nodeId }, select: { name: true } });
    out.push({ zh: `仅本节点${node ? `（${node.name}）` : ""}`, en: "Own node only" });
  }
  if (opts.activeOnly) out.push({ zh: "仅含运营中", en: "Active only" });
  return out;
}

/** The towns a board figure lists: a stats scope on `townId` (a town admin's) narrows them to that town. */
export function townsOfScope(ctx: TContext, scope: TWhere) {
  return ctx.db.town.findMany({ where: "townId" in scope ? { id: scope.townId as string } : {}, orderBy: { sortOrder: "asc" } });
}

/** One bar per town, in town order (a town without an English name shows its code). */
export function countsByTown(
  towns: { id: string; name: string; nameEn: string; code: string }[],
  countOf: (townId: string) => number,
): TCarrierCount[] {
  return towns.map((t) => ({ key: t.id, label: t.name, labelEn: t.nameEn || t.code, count: countOf(t.id) }));
}

/** One bar per value of an enum (status, kind, level, chain, tier …), in the enum's order. */
export function countsByEnum<K extends string>(
  e: { values: readonly K[]; labels: Record<K, TLabel> },
  countOf: (key: K) => number,
): TCarrierCount[] {
  return e.values.map((k) => ({ key: k, label: e.labels[k].zh, labelEn: e.labels[k].en, count: countOf(k) }));
}

/** The count of one key in a Prisma `groupBy(... _count: { _all: true })` answer. */
export function groupCount(rows: readonly Record<string, unknown>[], field: string): (key: string | null) => number {
  return (key) => (rows.find((r) => r[field] === key)?._count as { _all: number } | undefined)?._all ?? 0;
}

/** Rows `status` in `year`: the status now, and started (`dateField`) on or before the end of that year (no date: from the start). */
export function activeByYearWhere(year: number, status: string, dateField: string): TWhere {
  return { status, OR: [{ [dateField]: null }, { [dateField]: { lt: new Date(Date.UTC(year + 1, 0, 1)) } }] };
}
