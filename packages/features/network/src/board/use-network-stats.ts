import { useCustom, useGetLocale, type HttpError } from "@refinedev/core";
import type { TNetworkStats } from "../schemas";

/** "zh" or "en", from refine's locale, for the bilingual labels the server sends. */
export function useBoardLang(): "zh" | "en" {
  const locale = useGetLocale()();
  return locale?.startsWith("en") ? "en" : "zh";
}

/**
 * network.stats through the board's data provider (`custom` calls any procedure by path), so
 * this feature needs neither the API's router type nor a client of its own. Scoped on the server;
 * how often it refreshes is the board's default for every query.
 */
export function useNetworkStats(year?: number) {
  const { query } = useCustom<TNetworkStats, HttpError>({
    url: "network.stats",
    method: "get",
    config: { query: year ? { year } : undefined },
  });
  return { stats: query.data?.data, loading: query.isLoading, error: query.error, refetch: query.refetch };
}

type TCount = TNetworkStats["byKind"][number];

/** A count's label in the language on screen. */
export function countLabel(c: Pick<TCount, "label" | "labelEn">, lang: "zh" | "en"): string {
  return lang === "zh" ? c.label : c.labelEn;
}

/** Row key of the nodes that belong to no town (stats.ts). */
export const DISTRICT_ROW = "DISTRICT";

/** The towns in scope, without the district-level row. */
export const townRows = (stats: TNetworkStats) => stats.byTown.filter((t) => t.key !== DISTRICT_ROW);

/**
 * True when the caller's scope is one town or one node (town admin, node operator): then a
 * by-town comparison means nothing, and the district's targets are not this scope's targets.
 */
export const inOneTown = (stats: TNetworkStats) => stats.byTown.filter((t) => t.count > 0).length <= 1;

export const countOf = (rows: TCount[], key: string) => rows.find((r) => r.key === key)?.count ?? 0;
