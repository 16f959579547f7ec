import { z } from "zod";
import { AppError, isoOrNull, searchTextFor, SizeClass, CultivationTier } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineExport, defineResource, procedure, router, type TContext } from "@qifu/trpc-core";
import {
  GuaranteeForm,
  ProductKind,
  ProductStatus,
  ZProduct,
  ZProductCreate,
  ZProductFilter,
  ZProductNeeds,
  ZProductUpdate,
  ZPublicProducts,
  ZPublicProductSearch,
  type TProduct,
  type TProductCreate,
  type TProductUpdate,
} from "../schemas";
import { checkInstitution, INSTITUTION, PRODUCT_LABEL, productReadScope, productWriteScope, wan } from "./access";
import { financingMatcher, NEED_PROFILE_INCLUDE, toNeedProfile, type TProductOffer } from "./matching";

export const PRODUCT_INCLUDE = { node: { select: { name: true } } } satisfies Prisma.FinancingProductInclude;
export type TProductRow = Prisma.FinancingProductGetPayload<{ include: typeof PRODUCT_INCLUDE }>;

export function toProductDto(r: TProductRow): TProduct {
  return {
    id: r.id,
    nodeId: r.nodeId,
    nodeName: r.node.name,
    name: r.name,
    kind: r.kind as TProduct["kind"],
    rateMinBp: r.rateMinBp,
    rateMaxBp: r.rateMaxBp,
    amountMinFen: Number(r.amountMinFen),
    amountMaxFen: Number(r.amountMaxFen),
    termMonthsMax: r.termMonthsMax,
    guaranteeForm: r.guaranteeForm as TProduct["guaranteeForm"],
    eligibleTiers: r.eligibleTiers as TProduct["eligibleTiers"],
    eligibleSections: r.eligibleSections,
    eligibleSizes: r.eligibleSizes as TProduct["eligibleSizes"],
    greenChannel: r.greenChannel,
    status: r.status as TProduct["status"],
    description: r.description,
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

export const toOffer = (r: TProductRow | TProduct): TProductOffer => ({
  id: r.id,
  amountMinFen: Number(r.amountMinFen),
  amountMaxFen: Number(r.amountMaxFen),
  termMonthsMax: r.termMonthsMax,
  guaranteeForm: r.guaranteeForm as TProductOffer["guaranteeForm"],
  eligibleTiers: r.eligibleTiers,
  eligibleSections: r.eligibleSections,
  eligibleSizes: r.eligibleSizes,
  greenChannel: r.greenChannel,
});

const searchText = (p: { name: string; description?: string | null }, nodeName: string) => searchTextFor(p.name, p.description, nodeName);

/** The merged product must keep its ranges in order (an update may change one end only). */
function checkRanges(p: { rateMinBp: number; rateMaxBp: number; amountMinFen: bigint | number; amountMaxFen: bigint | number }) {
  if (p.rateMinBp > p.rateMaxBp)
    throw AppError.validation("rateMaxBp", { zh: "最高利率不能低于最低利率", en: "The highest rate cannot be below the lowest" });
  if (Number(p.amountMinFen) > Number(p.amountMaxFen))
    throw AppError.validation("amountMaxFen", { zh: "最高额度不能低于最低额度", en: "The largest amount cannot be below the smallest" });
}

async function prepareCreate(ctx: TContext, input: TProductCreate) {
  checkRanges(input);
  const node = await checkInstitution(ctx, input.nodeId);
  return {
    id: newId(),
    ...input,
    amountMinFen: BigInt(input.amountMinFen),
    amountMaxFen: BigInt(input.amountMaxFen),
    searchText: searchText(input, node.name),
  };
}

async function prepareUpdate(ctx: TContext, existing: TProductRow, input: TProductUpdate) {
  const merged = { ...existing, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as TProductRow;
  checkRanges(merged);
  const node = input.nodeId ? await checkInstitution(ctx, input.nodeId) : existing.node;
  return {
    ...input,
    ...(input.amountMinFen !== undefined ? { amountMinFen: BigInt(input.amountMinFen) } : {}),
    ...(input.amountMaxFen !== undefined ? { amountMaxFen: BigInt(input.amountMaxFen) } : {}),
    searchText: searchText(merged, node.name),
  };
}

export const productsResource = defineResource({
  name: "financingProducts",
  label: PRODUCT_LABEL,
  model: (db) => db.financingProduct,
  searchTable: "financing_product",
  include: PRODUCT_INCLUDE,
  schemas: { create: ZProductCreate, update: ZProductUpdate, filter: ZProductFilter, dto: ZProduct },
  sortable: ["name", "kind", "status", "rateMinBp", "amountMaxFen", "updatedAt"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  // the district and the institution's own staff publish products; a town admin reads the published ones
  policy: {
    read: ["DISTRICT_ADMIN", "TOWN_ADMIN", ...INSTITUTION],
    create: ["DISTRICT_ADMIN", ...INSTITUTION],
    update: ["DISTRICT_ADMIN", ...INSTITUTION],
    delete: ["DISTRICT_ADMIN"],
  },
  scope: { read: productReadScope, write: productWriteScope },
  outOfScope: { zh: "只能管理本机构的金融产品", en: "You can only manage your own institution's products" },
  filterToWhere: (f) => ({
    ...(f.nodeId ? { nodeId: f.nodeId } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.status ? { status: f.status } : {}),
  }),
  toDto: toProductDto,
  prepareCreate,
  prepareUpdate,
  beforeDelete: async (ctx, existing: TProductRow) => {
    if (await ctx.db.financingSending.count({ where: { productId: existing.id } }))
      throw new AppError("CONFLICT", {
        zh: "已有企业通过该产品对接，不能删除；可将其下架",
        en: "Enterprises have been matched through this product: withdraw it instead of deleting it",
      });
  },
});

const pct = (bp: number) => `${(bp / 100).toFixed(2)}%`;
export const productsExport = defineExport<TProduct>(productsResource, {
  policy: ["DISTRICT_ADMIN", "TOWN_ADMIN", ...INSTITUTION],
  columns: [
    { header: { zh: "产品名称", en: "Product" }, width: 26, value: (r) => r.name },
    { header: { zh: "金融机构", en: "Institution" }, width: 28, value: (r) => r.nodeName },
    { header: { zh: "类型", en: "Kind" }, value: (r, lang) => ProductKind.label(r.kind, lang) },
    { header: { zh: "年利率", en: "Annual rate" }, value: (r) => `${pct(r.rateMinBp)}–${pct(r.rateMaxBp)}` },
    { header: { zh: "额度", en: "Amount" }, width: 20, value: (r) => `${wan(r.amountMinFen)}–${wan(r.amountMaxFen)}` },
    { header: { zh: "最长期限（月）", en: "Longest term (months)" }, value: (r) => r.termMonthsMax },
    { header: { zh: "担保方式", en: "Guarantee form" }, value: (r, lang) => GuaranteeForm.label(r.guaranteeForm, lang) },
    {
      header: { zh: "适用梯度", en: "Eligible tiers" },
      width: 24,
      value: (r, lang) => r.eligibleTiers.map((t) => CultivationTier.label(t, lang)).join("、"),
    },
    {
      header: { zh: "适用规模", en: "Eligible sizes" },
      value: (r, lang) => r.eligibleSizes.map((s) => SizeClass.label(s, lang)).join("、"),
    },
    { header: { zh: "绿色通道", en: "Green channel" }, value: (r, lang) => (r.greenChannel ? (lang === "zh" ? "是" : "yes") : "") },
    { header: { zh: "状态", en: "Status" }, value: (r, lang) => ProductStatus.label(r.status, lang) },
  ],
});

/** How many needs one reverse match weighs (the needs sent to the product's institution, newest first). */
export const NEED_CANDIDATES = 2_000;

export const productsRouter = router({
  export: productsExport,

  /** The public sees the published products only (of active institutions), by name, with the full-text search. */
  publicList: procedure("public", { description: "Published financing products, for the public site" })
    .input(ZPublicProductSearch)
    .output(ZPublicProducts)
    .query(async ({ ctx, input }) => {
      const search = input.q?.trim() ? await productsResource.searchIds(ctx, input.q) : null;
      const where = { AND: [{ status: "PUBLISHED", node: { status: "ACTIVE" } }, input.kind ? { kind: input.kind } : {}, search ?? {}] };
      const [rows, total] = await Promise.all([
        ctx.db.financingProduct.findMany({
          where,
          include: PRODUCT_INCLUDE,
          orderBy: [{ greenChannel: "desc" }, { name: "asc" }, { id: "asc" }],
          skip: (input.page - 1) * input.perPage,
          take: input.perPage,
        }),
        ctx.db.financingProduct.count({ where }),
      ]);
      return { data: rows.map(toProductDto), total };
    }),

  /**
   * The reverse direction: for one product of the caller's scope, the needs SENT to its
   * institution ranked by the same criteria (eligible first, then the excluded with why).
   */
  matchingNeeds: procedure(["DISTRICT_ADMIN", ...INSTITUTION], { description: "Needs sent to a product's institution, ranked for it" })
    .input(z.object({ productId: z.string().min(1).max(64) }))
    .output(ZProductNeeds)
    .query(async ({ ctx, input }) => {
      const product = await ctx.db.financingProduct.findFirst({
        where: { AND: [{ id: input.productId }, productWriteScope(ctx.user)] },
        include: PRODUCT_INCLUDE,
      });
      if (!product) throw AppError.notFound(PRODUCT_LABEL);
      const sendings = await ctx.db.financingSending.findMany({
        where: { nodeId: product.nodeId, need: { status: "OPEN" } },
        include: { need: { include: NEED_PROFILE_INCLUDE } },
        orderBy: [{ sentOn: "desc" }, { id: "asc" }],
        take: NEED_CANDIDATES,
      });
      const bySending = new Map(sendings.map((s) => [s.need.id, s]));
      const result = financingMatcher.matchReverse(
        toOffer(product),
        sendings.map((s) => toNeedProfile(s.need)),
      );
      const row = (m: (typeof result.matches)[number], eligible: boolean) => {
        const s = bySending.get(m.item.id)!; // every profile was made from one of these sendings
        return {
          sendingId: s.id,
          needId: s.need.id,
          enterpriseName: s.need.enterprise.name,
          amountFen: Number(s.need.amountFen),
          purpose: s.need.purpose,
          score: m.score,
          eligible,
          reasons: m.reasons,
          concerns: m.concerns,
          failed: m.failed.map((f) => f.reason!),
        };
      };
      return {
        data: [...result.matches.map((m) => row(m, true)), ...result.excluded.map((m) => row(m, false))],
        considered: sendings.length,
      };
    }),
});
