import type { TRole } from "@qifu/domain";
import type { TSessionUser } from "./context";

/**
 * Who may call a procedure. Every procedure declares one (DESIGN.md §6); the authorization
 * test matrix is generated from these declarations, and a procedure without one is refused.
 * - "public": anyone, signed in or not
 * - "authenticated": any signed-in account
 * - a list of roles: only those
 */
export type TPolicy = "public" | "authenticated" | readonly TRole[];

export function allows(policy: TPolicy, user: TSessionUser | null): boolean {
  if (policy === "public") return true;
  if (!user) return false;
  if (policy === "authenticated") return true;
  return policy.includes(user.role);
}

export type TProcedureMeta = {
  policy?: TPolicy;
  description?: string;
  /**
   * Mutations run in one transaction by default. `false` is for the few that must commit
   * part of their work even when they fail (a failed login must still count).
   */
  transaction?: false;
  /**
   * A public query is served from the short public cache unless it says `false`: the searches
   * do, because each one is counted (search_log) and a cached answer would not be.
   */
  publicCache?: false;
};
