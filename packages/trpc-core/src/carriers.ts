import { AppError, type TLabel } from "@qifu/domain";
import type { TContext, TSessionUser } from "./context";
import type { TMetric } from "./metrics";
import { NO_ROWS, type TWhere } from "./resource";
import { byTown } from "./scope";

/**
 * The one set of helpers of the service carriers (station, park, base, cluster, and any the
 * generator adds: a table with `townId` and `operatorNodeId`).
 */

/** Rows of a carrier: the district reaches all, a town admin those in its town, a node operator those its node runs, nobody else any. Reads and writes alike. */
export function carrierScope(user: TSessionUser | null): TWhere {
  const ownNode = user?.role === "NODE_OPERATOR" ? (user.nodeId ? { operatorNodeId: user.nodeId } : NO_ROWS) : NO_ROWS;
  return byTown(user, ownNode);
}

/**
 * A carrier's town must exist, and its operator node, if any, must be in that town (or be
 * district-level). Returns the town's name (for search text). `what` names the carrier in the
 * message ("运营节点须属于基地所在镇街"); without it the message says "the same town".
 */
export async function checkCarrierPlace(ctx: TContext, townId: string, operatorNodeId: string | null | undefined, what?: TLabel) {
  const town = await ctx.db.town.findUnique({ where: { id: townId }, select: { name: true } });
  if (!town) throw AppError.validation("townId", { zh: "所属镇街不存在", en: "The town does not exist" });
  if (!operatorNodeId) return town;
  const node = await ctx.db.node.findUnique({ where: { id: operatorNodeId }, select: { townId: true } });
  if (!node) throw AppError.validation("operatorNodeId", { zh: "运营节点不存在", en: "The operator node does not exist" });
  if (node.townId && node.townId !== townId)
    throw AppError.validation(
      "operatorNodeId",
      what
        ? { zh: `运营节点须属于${what.zh}所在镇街`, en: `The operator node must be in the ${what.en.toLowerCase()}'s town` }
        : { zh: "运营节点须属于同一镇街", en: "The operator node must be in the same town" },
    );
  return town;
}

/**
 * A town admin links only its own town's enterprises to a carrier (as resident or member):
 * the link would show it the tier and size of an enterprise it may not read (issue 11 point 8).
 */
export async function checkCarrierEnterprise(ctx: TContext, enterpriseId: string) {
  const user = ctx.user;
  if (user?.role !== "TOWN_ADMIN") return;
  const enterprise = await ctx.db.enterprise.findUnique({ where: { id: enterpriseId }, select: { townId: true } });
  if (enterprise && enterprise.townId !== user.townId)
    throw new AppError("FORBIDDEN", { zh: "只能添加本镇街的企业", en: "You can only add enterprises of your own town" }, [
      { path: "enterpriseId", message: { zh: "不是本镇街的企业", en: "Not an enterprise of your town" } },
    ]);
}

/** For the board: the district's target of a metric and its live figure for each year (a future year as of today). */
export async function districtProgress(ctx: TContext, metric: Pick<TMetric, "key" | "compute">, years: readonly number[]) {
  const thisYear = ctx.now().getUTCFullYear();
  const targets = await ctx.db.target.findMany({ where: { scopeKey: "DISTRICT", metricKey: metric.key, year: { in: [...years] } } });
  const out: { year: number; target: number | null; actual: number }[] = [];
  for (const year of years)
    out.push({ year, target: targets.find((t) => t.year === year)?.value ?? null, actual: await metric.compute(ctx, { year: Math.min(year, thisYear), townId: null }) });
  return out;
}

/**
 * The board's figures of a carrier: a town admin sees its own town, every other staff role the
 * district — or, with `ownNode`, a node operator only the carriers its node runs.
 */
export function carrierStatsScope(user: TSessionUser | null, opts: { ownNode?: boolean } = {}): TWhere {
  if (user?.role === "TOWN_ADMIN" && user.townId) return { townId: user.townId };
  if (opts.ownNode && user?.role === "NODE_OPERATOR") return user.nodeId ? { operatorNodeId: user.nodeId } : NO_ROWS;
  return {};
}

/**
 * The one metric of SME service stations (issue 10 point 4). A station is a node of kind
 * SERVICE_STATION with its station record; it is "operating" in `year` when the node is active
 * and the station opened on or before the end of that year (no opening date: from the start).
 * The home page, the carrier pages, the board's station page, its network table and the target
 * formulas all count with this one `where` (on the service_station table).
 */
export function operatingStationsWhere(year: number): TWhere {
  return {
    node: { kind: "SERVICE_STATION", status: "ACTIVE" },
    OR: [{ openedOn: null }, { openedOn: { lt: new Date(Date.UTC(year + 1, 0, 1)) } }],
  };
}

/** Operating stations by town (`townId` of the station's node) in `year`, with their names; `townId` narrows to one town. */
export async function operatingStationsByTown(ctx: TContext, year: number, townId?: string | null) {
  const rows: { node: { townId: string | null; name: string } }[] = await ctx.db.serviceStation.findMany({
    where: { AND: [operatingStationsWhere(year), townId ? { node: { townId } } : {}] },
    select: { node: { select: { townId: true, name: true } } },
    orderBy: { node: { name: "asc" } },
  });
  const byTown = new Map<string, string[]>();
  for (const { node } of rows) if (node.townId) byTown.set(node.townId, [...(byTown.get(node.townId) ?? []), node.name]);
  return { operating: rows.length, townsCovered: byTown.size, byTown };
}

/**
 * What the caller's board figures cover, said beside each figure (issue 10 point 5): nothing for
 * the district's full figures; "狮岭镇范围" for a town admin, "本节点" for a node operator, and
 * "仅含运营中" when the figures leave out suspended and closed rows (`activeOnly`).
 */
export async function figuresScope(ctx: TContext, opts: { activeOnly?: boolean } = {}): Promise<TLabel[]> {
  const u = ctx.user;
  const out: TLabel[] = [];
  if (u?.role === "TOWN_ADMIN" && u.townId) {
    const town = await ctx.db.town.findUnique({ where: { id: u.townId }, select: { name: true, nameEn: true } });
    if (town) out.push({ zh: `${town.name}范围`, en: `${town.nameEn || town.name} only` });
  } else if (u?.role === "NODE_OPERATOR" && u.nodeId) {
    const node = await ctx.db.node.findUnique({ where: { id: u.nodeId }, select: { name: true } });
    out.push({ zh: `仅本节点${node ? `（${node.name}）` : ""}`, en: "Own node only" });
  }
  if (opts.activeOnly) out.push({ zh: "仅含运营中", en: "Active only" });
  return out;
}
