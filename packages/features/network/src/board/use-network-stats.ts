import { featureBoardRpc } from "@qifu/ui/board";
// type-only: erased at build (.dependency-cruiser.cjs allows a feature naming its own ./server types)
import type { networkRouters } from "../server";

const { api, useBoardQuery } = featureBoardRpc<typeof networkRouters>();

export { useBoardLang } from "@qifu/ui/board";

/**
 * network.stats through the board's data provider, typed from this feature's routers. Scoped on
 * the server; how often it refreshes is the board's default for every query.
 */
export function useNetworkStats(year?: number) {
  const { query } = useBoardQuery(api.network.stats, year ? { year } : undefined);
  return { stats: query.data?.data, loading: query.isLoading, error: query.error, refetch: query.refetch };
}
