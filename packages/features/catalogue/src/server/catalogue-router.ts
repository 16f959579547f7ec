import { z } from "zod";
import { AppError, categoriesForQuery, text, type TServiceCategory } from "@qifu/domain";
import { logSearch, procedure, router, type TContext } from "@qifu/trpc-core";
import { ZCatalogueResult, ZCatalogueSearch, ZProduct } from "../schemas";
import { searchCatalogue } from "./search";
import { PRODUCT, PRODUCT_INCLUDE, productScope, reviewScope, toProductDto } from "./product-service";
import { PRODUCT_EDITORS } from "./resources";
import { matchingProcedures } from "./matching/procedures";

const ZId = z.object({ id: z.string().min(1).max(64) });
const REVIEWERS = ["DISTRICT_ADMIN", "TOWN_ADMIN"] as const;

/** Move a product from one status to another inside a scope, or say why not. */
async function transition(ctx: TContext, id: string, scope: Record<string, unknown>, from: string[], data: Record<string, unknown>) {
  const row = await ctx.db.serviceProduct.findFirst({ where: { AND: [{ id }, scope] } });
  if (!row) throw AppError.notFound(PRODUCT);
  if (!from.includes(row.status))
    throw new AppError("CONFLICT", { zh: "服务产品当前状态不允许此操作", en: "The product's current status does not allow this" });
  const updated = await ctx.db.serviceProduct.update({ where: { id }, data, include: PRODUCT_INCLUDE });
  return toProductDto(updated);
}

/** The review workflow (draft → submitted → published → withdrawn), the public catalogue, and the matching. */
export const catalogueRouter = router({
  submit: procedure(PRODUCT_EDITORS, { description: "Submit a draft product for review" })
    .input(ZId)
    .output(ZProduct)
    .mutation(({ ctx, input }) =>
      transition(ctx, input.id, productScope(ctx.user), ["DRAFT", "WITHDRAWN"], {
        status: "SUBMITTED",
        submittedAt: ctx.now(),
        reviewNote: null,
      }),
    ),

  approve: procedure(REVIEWERS, { description: "Publish a submitted product (its town admin or the district)" })
    .input(ZId.extend({ note: text("审核意见", "Review note", { max: 500 }).optional() }))
    .output(ZProduct)
    .mutation(({ ctx, input }) =>
      transition(ctx, input.id, reviewScope(ctx.user), ["SUBMITTED"], {
        status: "PUBLISHED",
        publishedAt: ctx.now(),
        reviewedAt: ctx.now(),
        reviewedById: ctx.user!.id,
        reviewNote: input.note ?? null,
      }),
    ),

  reject: procedure(REVIEWERS, { description: "Send a submitted product back to draft with the reason" })
    .input(ZId.extend({ note: text("退回理由", "Reason", { min: 2, max: 500 }) }))
    .output(ZProduct)
    .mutation(({ ctx, input }) =>
      transition(ctx, input.id, reviewScope(ctx.user), ["SUBMITTED"], {
        status: "DRAFT",
        reviewedAt: ctx.now(),
        reviewedById: ctx.user!.id,
        reviewNote: input.note,
      }),
    ),

  withdraw: procedure(PRODUCT_EDITORS, { description: "Take a submitted or published product off the catalogue" })
    .input(ZId.extend({ note: text("下架说明", "Note", { max: 500 }).optional() }))
    .output(ZProduct)
    .mutation(({ ctx, input }) =>
      transition(ctx, input.id, productScope(ctx.user), ["SUBMITTED", "PUBLISHED"], {
        status: "WITHDRAWN",
        ...(input.note ? { reviewNote: input.note } : {}),
      }),
    ),

  /** Public catalogue: published products only, Chinese full-text search and filters. */
  search: procedure("public", { description: "Search published service products", publicCache: false })
    .input(ZCatalogueSearch)
    .output(ZCatalogueResult)
    .query(async ({ ctx, input }) => {
      const result = await searchCatalogue(ctx, input);
      // a search is typed words on the first page; paging through or browsing a category is not
      if (input.q?.trim() && (input.page ?? 1) === 1)
        await logSearch(ctx, {
          source: "CATALOGUE",
          q: input.q,
          category: input.category ?? categoriesForQuery(input.q)[0] ?? (result.data[0]?.category as TServiceCategory | undefined) ?? null,
          townId: input.townId,
          results: result.total,
        });
      return result;
    }),

  /** One published product with its five publics. */
  product: procedure("public", { description: "One published service product" })
    .input(ZId)
    .output(ZProduct)
    .query(async ({ ctx, input }) => {
      const row = await ctx.db.serviceProduct.findFirst({ where: { id: input.id, status: "PUBLISHED" }, include: PRODUCT_INCLUDE });
      if (!row) throw AppError.notFound(PRODUCT);
      return toProductDto(row);
    }),

  /** recommendForMe and matchingEnterprises: the matching kit over enterprises and products. */
  ...matchingProcedures,
});
