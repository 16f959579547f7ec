import { AppError, type TLabel } from "@qifu/domain";
import { NO_ROWS, procedure, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import {
  ZMatchingEnterprises,
  ZMatchingEnterprisesInput,
  ZRecommendations,
  ZRecommendInput,
  type TMatchingEnterprises,
  type TRecommendations,
} from "../../schemas";
import { PRODUCT, PRODUCT_INCLUDE, productScope, toProductDto } from "../product-service";
import { PRODUCT_EDITORS } from "../resources";
import { productMatcher } from "./criteria";
import { loadEnterpriseNeed, loadEnterpriseNeeds, toOffer } from "./profiles";

/**
 * How many candidates one request weighs: the newest published products for an enterprise,
 * the enterprises in scope (by name) for a product. The criteria run in memory, so this bounds
 * the work of one request (docs: ARCHITECTURE.md, the matching kit).
 */
export const PRODUCT_CANDIDATES = 2_000;
export const ENTERPRISE_CANDIDATES = 5_000;

/**
 * The enterprises a caller may see matched to a product of their scope: the district all; a
 * town admin their town's; a node operator the enterprises of their node's town (all, for a
 * district-level node). Only what the matching shows leaves: name, town, industry, size,
 * tier, score and reasons, never contacts.
 */
function candidateScope(user: TSessionUser | null, product: { townId: string | null }): { where: TWhere; label: TLabel } {
  const all = { where: {}, label: { zh: "全区企业", en: "All enterprises of the district" } };
  switch (user?.role) {
    case "DISTRICT_ADMIN":
      return all;
    case "TOWN_ADMIN":
      return user.townId
        ? { where: { townId: user.townId }, label: { zh: "本镇街企业", en: "Enterprises of your town" } }
        : { where: NO_ROWS, label: all.label };
    case "NODE_OPERATOR":
      return product.townId
        ? { where: { townId: product.townId }, label: { zh: "本节点所在镇街的企业", en: "Enterprises of your node's town" } }
        : all;
    default:
      return { where: NO_ROWS, label: all.label };
  }
}

async function recommendForMe(ctx: TContext, limit: number): Promise<TRecommendations> {
  const enterpriseId = ctx.user?.enterpriseId;
  if (!enterpriseId)
    throw new AppError("FORBIDDEN", {
      zh: "您的账号还没有关联企业：企业认领经镇街或区里审核通过后，即可查看为您推荐的服务",
      en: "Your account has no enterprise yet: once your enterprise claim is approved you will see services recommended for you",
    });
  const need = await loadEnterpriseNeed(ctx, enterpriseId);
  if (!need) throw AppError.notFound({ zh: "企业", en: "Enterprise" });
  const rows = await ctx.db.serviceProduct.findMany({
    where: { status: "PUBLISHED" },
    include: PRODUCT_INCLUDE,
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: PRODUCT_CANDIDATES,
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const result = productMatcher.match(need, rows.map(toOffer), { limit });
  return {
    data: result.matches.map((m) => ({
      product: toProductDto(byId.get(m.item.id)!), // every offer was made from one of these rows
      score: m.score,
      reasons: m.reasons,
      concerns: m.concerns,
    })),
    considered: rows.length,
    excluded: result.excluded.length,
  };
}

async function matchingEnterprises(ctx: TContext, productId: string, limit: number): Promise<TMatchingEnterprises> {
  const row = await ctx.db.serviceProduct.findFirst({
    where: { AND: [{ id: productId }, productScope(ctx.user)] },
    include: PRODUCT_INCLUDE,
  });
  if (!row) throw AppError.notFound(PRODUCT);
  const scope = candidateScope(ctx.user, row);
  const needs = await loadEnterpriseNeeds(ctx, scope.where, row.id, ENTERPRISE_CANDIDATES);
  const result = productMatcher.matchReverse(toOffer(row), needs, { limit });
  return {
    data: result.matches.map((m) => ({
      enterpriseId: m.item.id,
      name: m.item.name,
      townName: m.item.townName,
      industryCode: m.item.industryCode,
      sizeClass: m.item.sizeClass,
      tier: m.item.tier,
      score: m.score,
      reasons: m.reasons,
      concerns: m.concerns,
    })),
    considered: needs.length,
    excluded: result.excluded.length,
    scope: scope.label,
  };
}

/** The catalogue's two uses of the matching kit (`productMatcher`, one set of criteria, both directions). */
export const matchingProcedures = {
  /** Published products ranked for the signed-in enterprise, with the reasons. */
  recommendForMe: procedure(["ENTERPRISE"], { description: "Service products recommended for the signed-in enterprise, with reasons" })
    .input(ZRecommendInput)
    .output(ZRecommendations)
    .query(({ ctx, input }) => recommendForMe(ctx, input.limit)),

  /** For one product of the caller's scope, the enterprises that fit it best, with the reasons. */
  matchingEnterprises: procedure(PRODUCT_EDITORS, { description: "Enterprises that fit one service product, ranked with reasons" })
    .input(ZMatchingEnterprisesInput)
    .output(ZMatchingEnterprises)
    .query(({ ctx, input }) => matchingEnterprises(ctx, input.productId, input.limit)),
};
