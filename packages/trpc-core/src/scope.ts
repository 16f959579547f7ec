import { AppError, type TLabel } from "@qifu/domain";
import type { TContext, TSessionUser } from "./context";
import { NO_ROWS, type TWhere } from "./resource";

/**
 * Scope helpers for tables that carry a town: district admins see all, town admins their
 * town, everybody else what `others` says (nothing by default).
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

/**
 * Scope of the service carriers a node runs (stations, parks, bases, clusters): the district
 * all, a town admin those in its town, a node operator those its node operates, nobody else any.
 */
export function byTownOrOperatorNode(user: TSessionUser | null): TWhere {
  switch (user?.role) {
    case "DISTRICT_ADMIN": return {};
    case "TOWN_ADMIN": return user.townId ? { townId: user.townId } : NO_ROWS;
    case "NODE_OPERATOR": return user.nodeId ? { operatorNodeId: user.nodeId } : NO_ROWS;
    default: return NO_ROWS;
  }
}

/**
 * The town of a carrier must exist and its operator node, if any, must be in that town (or be
 * district-level). Returns the town's name (for search text). `what` names the carrier in messages.
 */
export async function checkTownAndOperatorNode(ctx: TContext, townId: string, operatorNodeId: string | null | undefined, what: TLabel) {
  const town = await ctx.db.town.findUnique({ where: { id: townId }, select: { name: true } });
  if (!town) throw AppError.validation("townId", { zh: "所属镇街不存在", en: "The town does not exist" });
  if (!operatorNodeId) return town;
  const node = await ctx.db.node.findUnique({ where: { id: operatorNodeId }, select: { townId: true } });
  if (!node) throw AppError.validation("operatorNodeId", { zh: "运营节点不存在", en: "The operator node does not exist" });
  if (node.townId && node.townId !== townId)
    throw AppError.validation("operatorNodeId", { zh: `运营节点须属于${what.zh}所在镇街`, en: `The operator node must be in the ${what.en.toLowerCase()}'s town` });
  return town;
}
