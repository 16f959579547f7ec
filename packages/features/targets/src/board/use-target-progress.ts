import { useCustom, useGetIdentity, type HttpError } from "@refinedev/core";
import { progressOf } from "@qifu/ui";
import type { TTargetProgress } from "../schemas";

export type { TTargetProgress };

/** What this page needs of the signed-in account (the board's auth provider gives more). */
type TIdentity = { role?: string; townId?: string | null };


/**
 * Every target with its live progress. targets.progress is public, so the scope is applied
 * here for the view: a town admin sees the district's targets and their own town's.
 */
export function useTargetProgress() {
  const { data: me } = useGetIdentity<TIdentity>();
  const { query } = useCustom<TTargetProgress[], HttpError>({ url: "targets.progress", method: "get" });
  const all = query.data?.data ?? [];
  const ownTown = me?.role === "TOWN_ADMIN" ? me.townId : undefined;
  const rows = ownTown ? all.filter((r) => r.townId === null || r.townId === ownTown) : all;
  return { rows, all, loading: query.isLoading, error: query.error, refetch: query.refetch };
}

export type TProgressStatus = "reached" | "onTrack" | "behind";

/** The UI kit's thresholds (the bar's colour), named for a status chip. */
export function statusOf(actual: number, target: number): TProgressStatus {
  const { color } = progressOf(actual, target);
  return color === "success" ? "reached" : color === "primary" ? "onTrack" : "behind";
}
export const statusTone = { reached: "success", onTrack: "info", behind: "warning" } as const;
