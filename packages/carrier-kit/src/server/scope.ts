import { AppError, type TLabel } from "@qifu/domain";
import { byTown, NO_ROWS, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";

/** Rows of a carrier: the district reaches all, a town admin those in its town, a node operator those its node runs, nobody else any. Reads and writes alike. */
export function carrierScope(user: TSessionUser | null): TWhere {
  const ownNode = user?.role === "NODE_OPERATOR" ? (user.nodeId ? { operatorNodeId: user.nodeId } : NO_ROWS) : NO_ROWS;
  return byTown(user, ownNode);
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

/** A town admin works in its own town only: a carrier placed (or moved) elsewhere is refused up front with `refusal`. */
export function assertCarrierTown(ctx: TContext, townId: string, refusal: TLabel) {
  if (ctx.user?.role === "TOWN_ADMIN" && townId !== ctx.user.townId) throw new AppError("FORBIDDEN", refusal);
}

/** What a carrier row includes for its place: its town's names and its operator node's name. */
export const CARRIER_PLACE_INCLUDE = { town: { select: { name: true, nameEn: true } }, operatorNode: { select: { name: true } } } as const;

/** A carrier row's place in its DTO (with `CARRIER_PLACE_INCLUDE`). */
export function carrierPlaceOf(row: {
  townId: string;
  town?: { name: string; nameEn: string } | null;
  operatorNodeId: string | null;
  operatorNode?: { name: string } | null;
}) {
  return {
    townId: row.townId,
    townName: row.town?.name ?? "",
    townNameEn: row.town?.nameEn ?? "",
    operatorNodeId: row.operatorNodeId,
    operatorNodeName: row.operatorNode?.name ?? null,
  };
}

/** The console filters every carrier has (`carrierFilterFields`) as a `where`. */
export function carrierPlaceWhere(f: { townId?: string; operatorNodeId?: string }): TWhere {
  return { ...(f.townId ? { townId: f.townId } : {}), ...(f.operatorNodeId ? { operatorNodeId: f.operatorNodeId } : {}) };
}

/**
 * Before an enterprise is linked to a carrier (a base's resident, a cluster's member): the carrier
 * is within the caller's scope (`inScope` finds it there), the caller may link this enterprise, the
 * enterprise is in the registry (`loadEnterprise`), and it is not linked already (`existing`; the
 * refusal names it with `already`). Returns the enterprise as loaded.
 */
export async function checkCarrierLink<TEnterprise extends { name: string }>(
  ctx: TContext,
  link: {
    enterpriseId: string;
    inScope: () => Promise<unknown>;
    loadEnterprise: () => Promise<TEnterprise | null>;
    existing: () => Promise<unknown>;
    already: (name: string) => TLabel;
    alreadyShort: TLabel;
    outOfScope: TLabel;
  },
): Promise<TEnterprise> {
  // a carrier outside the caller's scope: refused before anything is looked at
  if (!(await link.inScope())) throw new AppError("FORBIDDEN", link.outOfScope);
  await checkCarrierEnterprise(ctx, link.enterpriseId);
  const enterprise = await link.loadEnterprise();
  if (!enterprise)
    throw AppError.validation("enterpriseId", {
      zh: "企业不存在，请先在企业库登记",
      en: "The enterprise does not exist; register it in the enterprise registry first",
    });
  if (await link.existing())
    throw new AppError("CONFLICT", link.already(enterprise.name), [{ path: "enterpriseId", message: link.alreadyShort }]);
  return enterprise;
}
