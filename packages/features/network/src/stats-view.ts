import type { TNetworkStats } from "./schemas";

/**
 * How the admin dashboard and the board read network.stats: pure, browser-safe helpers over
 * TNetworkStats (no server code, no UI library), so both show the same figures the same way.
 */

type TCount = TNetworkStats["byKind"][number];
type TTownCount = TNetworkStats["byTown"][number];

/** A count's label in the language on screen; Chinese where an English one is missing. */
export function countLabel(c: Pick<TCount, "label" | "labelEn">, lang: "zh" | "en"): string {
  return lang === "en" && c.labelEn ? c.labelEn : c.label;
}

/** Pie slices of counts (kinds, statuses, levels), named in the language on screen. */
export const countSlices = (rows: TCount[], lang: "zh" | "en") => rows.map((r) => ({ name: countLabel(r, lang), value: r.count }));

/** Row key of the nodes that belong to no town (server/stats.ts sends it only when there are some). */
export const DISTRICT_ROW = "DISTRICT";

/** The towns in scope, without the district-level row. */
export const townRows = (stats: TNetworkStats) => stats.byTown.filter((t) => t.key !== DISTRICT_ROW);

/**
 * True when the caller's scope is one town or one node (town admin, node operator): then a
 * by-town comparison means nothing, and the district's targets are not this scope's targets.
 */
export const inOneTown = (stats: TNetworkStats) => stats.byTown.filter((t) => t.count > 0).length <= 1;

/** The count of one key (a kind, a level…), 0 when absent. */
export const countOf = (rows: TCount[], key: string) => rows.find((r) => r.key === key)?.count ?? 0;

/** Rows that count anything: charts leave out empty kinds and levels. */
export const nonEmpty = <T extends { count: number }>(rows: T[]) => rows.filter((r) => r.count > 0);

/** Active nodes as a share of all nodes (0 to 1; 0 when there are none). */
export const activeShare = (stats: Pick<TNetworkStats, "activeNodes" | "totalNodes">) =>
  stats.totalNodes ? stats.activeNodes / stats.totalNodes : 0;

/** The two stacked series of a by-town chart: active nodes, and suspended or closed ones. */
export function townActivitySeries(rows: TTownCount[], names: { active: string; inactive: string }) {
  return [
    { name: names.active, data: rows.map((r) => r.active) },
    { name: names.inactive, data: rows.map((r) => r.count - r.active) },
  ];
}

/**
 * The server lists only years in which platforms were linked (cumulative counts); a chart needs
 * every year from the first one to `until` (default: the last listed).
 */
export function cumulativeYears(rows: { year: number; count: number }[], until?: number): { year: number; count: number }[] {
  if (rows.length === 0) return [];
  const byYear = new Map(rows.map((r) => [r.year, r.count]));
  const out: { year: number; count: number }[] = [];
  let last = 0;
  for (let y = rows[0].year; y <= (until ?? rows[rows.length - 1].year); y++) {
    last = byYear.get(y) ?? last;
    out.push({ year: y, count: last });
  }
  return out;
}
