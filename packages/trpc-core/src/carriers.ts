import { AppError } from "@qifu/domain";
import type { TContext, TSessionUser } from "./context";
import type { TMetric } from "./metrics";
import { NO_ROWS, type TWhere } from "./resource";

/**
 * Rows of a service carrier (station, park, base, cluster: a table with `townId` and
 * `operatorNodeId`): the district reaches all, a town admin those in its town, a node
 * operator those its node runs, nobody else any. Used for reads and writes alike.
 */
export function carrierScope(user: TSessionUser | null): TWhere {
  switch (user?.role) {
    case "DISTRICT_ADMIN": return {};
    case "TOWN_ADMIN": return user.townId ? { townId: user.townId } : NO_ROWS;
    case "NODE_OPERATOR": return user.nodeId ? { operatorNodeId: user.nodeId } : NO_ROWS;
    default: return NO_ROWS;
  }
}

/** A carrier's town must exist, and its operator node, if any, must be in that town (or district-level). */
export async function checkCarrierPlace(ctx: TContext, townId: string, operatorNodeId: string | null | undefined) {
  const town = await ctx.db.town.findUnique({ where: { id: townId }, select: { name: true } });
  if (!town) throw AppError.validation("townId", { zh: "所属镇街不存在", en: "The town does not exist" });
  if (!operatorNodeId) return town;
  const node = await ctx.db.node.findUnique({ where: { id: operatorNodeId }, select: { townId: true } });
  if (!node) throw AppError.validation("operatorNodeId", { zh: "运营节点不存在", en: "The operator node does not exist" });
  if (node.townId && node.townId !== townId)
    throw AppError.validation("operatorNodeId", { zh: "运营节点须属于同一镇街", en: "The operator node must be in the same town" });
  return town;
}

/** For the board: the district's target of a metric and its live figure for each year (a future year as of today). */
export async function districtProgress(ctx: TContext, metric: TMetric, years: readonly number[]) {
  const thisYear = ctx.now().getUTCFullYear();
  const targets = await ctx.db.target.findMany({ where: { scopeKey: "DISTRICT", metricKey: metric.key, year: { in: [...years] } } });
  const out: { year: number; target: number | null; actual: number }[] = [];
  for (const year of years)
    out.push({ year, target: targets.find((t) => t.year === year)?.value ?? null, actual: await metric.compute(ctx, { year: Math.min(year, thisYear), townId: null }) });
  return out;
}

/** The board's figures of a carrier: a town admin sees its own town, every other staff role the district. */
export function carrierStatsScope(user: TSessionUser | null): TWhere {
  return user?.role === "TOWN_ADMIN" && user.townId ? { townId: user.townId } : {};
}
