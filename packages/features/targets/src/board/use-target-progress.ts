import { useGetIdentity } from "@refinedev/core";
import { targetStatusOf } from "@qifu/ui";
import { featureBoardRpc } from "@qifu/ui/board";
// type-only: erased at build, so no server code reaches the bundle
import type { targetsRouters } from "../server";
import type { TTargetProgress } from "../schemas";

export type { TTargetProgress };

const { api, useBoardQuery } = featureBoardRpc<typeof targetsRouters>();

/** What this page needs of the signed-in account (the board's auth provider gives more). */
type TIdentity = { role?: string; townId?: string | null };

/**
 * Every target with its live progress. targets.progress is public, so the scope is applied
 * here for the view: a town admin sees the district's targets and their own town's.
 */
export function useTargetProgress() {
  const { data: me } = useGetIdentity<TIdentity>();
  const { query } = useBoardQuery(api.targets.progress);
  const all = query.data?.data ?? [];
  const ownTown = me?.role === "TOWN_ADMIN" ? me.townId : undefined;
  const rows = ownTown ? all.filter((r) => r.townId === null || r.townId === ownTown) : all;
  return { rows, all, loading: query.isLoading, error: query.error, refetch: query.refetch };
}

/** The state of a target (domain targetStatus, through the UI kit): 达成/未达成, pace, 未设目标. */
export const statusOfRow = (r: TTargetProgress) =>
  targetStatusOf({ actual: r.actual, target: r.target, year: r.year, kind: r.kind, unit: r.unit.zh });
