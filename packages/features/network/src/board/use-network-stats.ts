import { useCustom, useGetLocale, type HttpError } from "@refinedev/core";
import type { TNetworkStats } from "../schemas";

/** A wall screen stays on for hours: figures refresh by themselves. */
export const BOARD_REFRESH_MS = 5 * 60_000;

/** "zh" or "en", from refine's locale, for the bilingual labels the server sends. */
export function useBoardLang(): "zh" | "en" {
  const locale = useGetLocale()();
  return locale?.startsWith("en") ? "en" : "zh";
}

/**
 * network.stats through the board's data provider (`custom` calls any procedure by path), so
 * this feature needs neither the API's router type nor a client of its own. Scoped on the server.
 */
export function useNetworkStats(year?: number) {
  const { query } = useCustom<TNetworkStats, HttpError>({
    url: "network.stats",
    method: "get",
    config: { query: year ? { year } : undefined },
    queryOptions: { staleTime: 60_000, refetchInterval: BOARD_REFRESH_MS },
  });
  return { stats: query.data?.data, loading: query.isLoading, error: query.error, refetch: query.refetch, updatedAt: query.dataUpdatedAt };
}

type TCount = TNetworkStats["byKind"][number];

/** A count's label in the language on screen. Towns carry their code as English label: make it readable. */
export function countLabel(c: Pick<TCount, "label" | "labelEn">, lang: "zh" | "en"): string {
  if (lang === "zh") return c.label;
  return /^[A-Z0-9_]+$/.test(c.labelEn) ? c.labelEn.toLowerCase().replace(/(^|_)([a-z])/g, (_m, sep: string, ch: string) => `${sep ? " " : ""}${ch.toUpperCase()}`) : c.labelEn;
}

/** Row key of the nodes that belong to no town (stats.ts). */
export const DISTRICT_ROW = "DISTRICT";

/** The towns in scope, without the district-level row. */
export const townRows = (stats: TNetworkStats) => stats.byTown.filter((t) => t.key !== DISTRICT_ROW);

export const countOf = (rows: TCount[], key: string) => rows.find((r) => r.key === key)?.count ?? 0;
