import type { TSessionUser } from "./context";
import { NO_ROWS, type TWhere } from "./resource";

/**
 * Scope helpers for tables that carry a town: district admins see all, town admins their
 * town, everybody else what `others` says (nothing by default). The service carriers, which a
 * node may also run, have theirs in the carrier kit (`@qifu/carrier-kit/server`).
 */
export function byTown(user: TSessionUser | null, others: TWhere = NO_ROWS): TWhere {
  if (!user) return others;
  if (user.role === "DISTRICT_ADMIN") return {};
  if (user.role === "TOWN_ADMIN") return user.townId ? { townId: user.townId } : NO_ROWS;
  return others;
}

/** The towns a caller may pick from in filters and forms. */
export function townsVisibleTo(user: TSessionUser | null): TWhere {
  if (user?.role === "TOWN_ADMIN") return user.townId ? { id: user.townId } : NO_ROWS;
  return {};
}
