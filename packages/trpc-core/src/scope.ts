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

/**
 * Rows reached by who is asking: the district all, a town admin its town's, a node operator its
 * node's (`fields.node` names the column that holds the node, "id" on the node table itself), an
 * enterprise its own (`fields.enterprise`); a role without a field, or a caller without the id
 * its role needs, nothing.
 */
export function byRole(user: TSessionUser | null, fields: { node?: string; enterprise?: string }): TWhere {
  switch (user?.role) {
    case "DISTRICT_ADMIN":
    case "TOWN_ADMIN":
      return byTown(user);
    case "NODE_OPERATOR":
      return fields.node && user.nodeId ? { [fields.node]: user.nodeId } : NO_ROWS;
    case "ENTERPRISE":
      return fields.enterprise && user.enterpriseId ? { [fields.enterprise]: user.enterpriseId } : NO_ROWS;
    default:
      return NO_ROWS;
  }
}

/** The towns a caller may pick from in filters and forms. */
export function townsVisibleTo(user: TSessionUser | null): TWhere {
  if (user?.role === "TOWN_ADMIN") return user.townId ? { id: user.townId } : NO_ROWS;
  return {};
}
