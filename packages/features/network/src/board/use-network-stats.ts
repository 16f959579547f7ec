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
