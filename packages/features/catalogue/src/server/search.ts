import { tsQueryFor, type TServiceCategory } from "@qifu/domain";
import { Prisma } from "@qifu/db";
import type { TContext } from "@qifu/trpc-core";
import { CATALOGUE_COUNT_CAP, ZCatalogueSearch, type TCatalogueResult, type TProduct } from "../schemas";
import { PRODUCT_INCLUDE, toProductDto, type TProductRow } from "./product-service";

type TSearch = ReturnType<typeof ZCatalogueSearch.parse>;

/** The columns of the product DTO (never the tsvector), with the node's and its town's names. */
const COLUMNS = Prisma.sql`sp.id, sp."nodeId", sp."townId", sp.title, sp.category, sp.content, sp."processSteps", sp.standard, sp."feeFree",
  sp."feeAmountFen", sp."feeUnit", sp."timeLimitDays", sp.channel, sp."targetEnterprises", sp."contactName", sp."contactPhone", sp.status,
  sp."reviewNote", sp."reviewedAt", sp."submittedAt", sp."publishedAt", sp."createdAt", sp."updatedAt", n.name AS "nodeName", t.name AS "townName"`;

/**
 * The public catalogue in one statement: the full-text match (`searchVector @@ tsquery`), the
 * filters, newest first, the page, and a count that stops at CATALOGUE_COUNT_CAP (the count is
 * returned even for an empty page past the end). Migration catalogue_search_indexes gives it
 * partial indexes on the published products: a GIN index for the match, and the newest-first
 * order. How the page is found depends on the count, decided inside the statement (one-time
 * filters on it): up to the cap, the matches are read through the GIN index (materialised, so
 * the planner cannot walk the order index instead) and sorted: at most 1,000 rows. Past the cap
 * the planner chooses between walking the newest-first index until a page of matches is found
 * (matches are then at least 1,000 of the published products) and sorting the matches. Without
 * the split its estimate of a word's matches (which counts drafts) misled it: for "检测" (8
 * published of 5,000 matches in the benchmark) it walked all 45,000 published rows (0.6–2 s).
 * Earlier this selected up to 5,000 ids and sent them back as an IN list twice (18× the raw
 * SQL). Ordering by ts_rank was measured too: it reads every match, 5,000 for a common word.
 */
export function catalogueSearchSql(input: TSearch) {
  const tsq = input.q ? tsQueryFor(input.q) : null;
  const where = Prisma.join(
    [
      Prisma.sql`sp.status = 'PUBLISHED'`,
      ...(tsq ? [Prisma.sql`sp."searchVector" @@ to_tsquery('simple', ${tsq})`] : []),
      ...(input.category ? [Prisma.sql`sp.category = ${input.category}`] : []),
      ...(input.townId ? [Prisma.sql`sp."townId" = ${input.townId}`] : []),
      ...(input.nodeId ? [Prisma.sql`sp."nodeId" = ${input.nodeId}`] : []),
      ...(input.free !== undefined ? [Prisma.sql`sp."feeFree" = ${input.free}`] : []),
      ...(input.online ? [Prisma.sql`sp.channel IN ('ONLINE', 'BOTH')`] : []),
    ],
    " AND ",
  );
  const page = Prisma.sql`LIMIT ${input.perPage} OFFSET ${(input.page - 1) * input.perPage}`;
  return Prisma.sql`
    WITH c AS (SELECT count(*)::int AS total FROM (SELECT 1 FROM service_product sp WHERE ${where} LIMIT ${CATALOGUE_COUNT_CAP + 1}) m),
      few AS MATERIALIZED (SELECT sp.id, sp."publishedAt" FROM service_product sp WHERE ${where} AND (SELECT total FROM c) <= ${CATALOGUE_COUNT_CAP}),
      page AS (
        (SELECT id, "publishedAt" FROM few ORDER BY "publishedAt" DESC, id ${page})
        UNION ALL
        (SELECT sp.id, sp."publishedAt" FROM service_product sp WHERE ${where} AND (SELECT total FROM c) > ${CATALOGUE_COUNT_CAP}
          ORDER BY sp."publishedAt" DESC, sp.id ${page}))
    SELECT c.total, p.* FROM c LEFT JOIN LATERAL (
      SELECT ${COLUMNS} FROM page JOIN service_product sp ON sp.id = page.id JOIN node n ON n.id = sp."nodeId" LEFT JOIN town t ON t.id = n."townId"
    ) p ON true
    ORDER BY p."publishedAt" DESC, p.id`;
}

export async function searchCatalogue(ctx: TContext, input: TSearch): Promise<TCatalogueResult> {
  // with an empty page the lateral join still yields the count, on one row whose columns are null
  const rows = await ctx.db.$queryRaw<(TProductRow & { total: number; nodeName: string; townName: string | null })[]>(
    catalogueSearchSql(input),
  );
  const total = Number(rows[0]?.total ?? 0);
  return {
    data: rows
      .filter((r) => r.id !== null)
      .map((r) => toProductDto({ ...r, node: { name: r.nodeName, town: r.townName === null ? null : { name: r.townName } } })),
    total: Math.min(total, CATALOGUE_COUNT_CAP),
    more: total > CATALOGUE_COUNT_CAP,
  };
}

/**
 * Published products for the site search (`site.search`), best first: a product of a category
 * the query names (by label or synonym, `categoriesForQuery` in domain) scores 2, a match of
 * its own text 1, so "培训" puts the 人才 category's training above a trade-fair product that
 * merely mentions 参展培训; newest first within a score. Returns the first `limit` and the count.
 */
export async function rankedProducts(
  ctx: TContext,
  input: { q: string; categories: readonly TServiceCategory[]; limit: number },
): Promise<{ data: TProduct[]; total: number }> {
  const tsq = tsQueryFor(input.q);
  const inCategory = input.categories.length ? Prisma.sql`sp.category IN (${Prisma.join(input.categories)})` : Prisma.sql`false`;
  const matches = tsq ? Prisma.sql`sp."searchVector" @@ to_tsquery('simple', ${tsq})` : Prisma.sql`false`;
  const rows = await ctx.db.$queryRaw<{ id: string; total: number }[]>`
    SELECT sp.id, count(*) OVER ()::int AS total FROM service_product sp
    WHERE sp.status = 'PUBLISHED' AND (${inCategory} OR ${matches})
    ORDER BY (CASE WHEN ${inCategory} THEN 2 ELSE 0 END) + (CASE WHEN ${matches} THEN 1 ELSE 0 END) DESC, sp."publishedAt" DESC, sp.id
    LIMIT ${input.limit}`;
  const found = await ctx.db.serviceProduct.findMany({ where: { id: { in: rows.map((r) => r.id) } }, include: PRODUCT_INCLUDE });
  const byId = new Map(found.map((p) => [p.id, p]));
  return { data: rows.flatMap((r) => byId.get(r.id) ?? []).map(toProductDto), total: Number(rows[0]?.total ?? 0) };
}
