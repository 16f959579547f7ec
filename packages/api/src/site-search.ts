import { z } from "zod";
import { categoriesForQuery, ServiceCategory, type TServiceCategory } from "@qifu/domain";
import { logSearch, procedure, router, type TContext } from "@qifu/trpc-core";
import { ZProduct } from "@qifu/feature-catalogue/schemas";
import { rankedProducts } from "@qifu/feature-catalogue/server";
import { ZNodePublic } from "@qifu/feature-network/schemas";
import { rankedNodes, stationsFor } from "@qifu/feature-network/server";

export const SITE_SEARCH_LIMITS = { services: 30, nodes: 20, stations: 3 } as const;

export const ZSiteSearchInput = z.object({ q: z.string().trim().min(1).max(100), townId: z.string().min(1).max(64).optional() });
export const ZSiteSearchResult = z.object({
  /** The categories the query named (label or synonym); the page links to them in the catalogue. */
  categories: z.array(z.enum(ServiceCategory.values)),
  services: z.object({ data: z.array(ZProduct), total: z.number().int() }),
  nodes: z.object({ data: z.array(ZNodePublic), total: z.number().int() }),
  /** Only when nothing was found: the service stations to turn to, the visitor's own town first. */
  stations: z.array(ZNodePublic),
});
export type TSiteSearchResult = z.infer<typeof ZSiteSearchResult>;

/** The visitor's town: the one asked for, else the signed-in account's, its enterprise's or its claim's. */
async function townOf(ctx: TContext, asked: string | undefined): Promise<string | null> {
  if (asked) return asked;
  const user = ctx.user;
  if (!user) return null;
  if (user.townId) return user.townId;
  if (user.enterpriseId)
    return (await ctx.db.enterprise.findUnique({ where: { id: user.enterpriseId }, select: { townId: true } }))?.townId ?? null;
  return (await ctx.db.enterpriseClaim.findUnique({ where: { userId: user.id }, select: { townId: true } }))?.townId ?? null;
}

/**
 * The public site's one search (issue 10 point 10): published services and active nodes
 * together, services first, each ranked by the category the query names (synonyms are data in
 * domain `SERVICE_TERMS`) and then by their own text. Composed here, where both features meet;
 * each feature ranks its own rows.
 */
export const siteRouter = router({
  search: procedure("public", { description: "Search published services and active nodes together", publicCache: false })
    .input(ZSiteSearchInput)
    .output(ZSiteSearchResult)
    .query(async ({ ctx, input }) => {
      const categories = categoriesForQuery(input.q);
      const [services, nodes] = await Promise.all([
        rankedProducts(ctx, { q: input.q, categories, limit: SITE_SEARCH_LIMITS.services }),
        rankedNodes(ctx, { q: input.q, categories, limit: SITE_SEARCH_LIMITS.nodes }),
      ]);
      const empty = services.total === 0 && nodes.total === 0;
      const stations = empty ? await stationsFor(ctx, await townOf(ctx, input.townId), SITE_SEARCH_LIMITS.stations) : [];
      await logSearch(ctx, {
        source: "SITE",
        q: input.q,
        category: categories[0] ?? (services.data[0]?.category as TServiceCategory | undefined) ?? null,
        townId: input.townId,
        results: services.total + nodes.total,
      });
      return { categories, services, nodes, stations };
    }),
});
