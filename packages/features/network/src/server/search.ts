import { tsQueryFor, type TServiceCategory } from "@qifu/domain";
import { Prisma } from "@qifu/db";
import type { TContext } from "@qifu/trpc-core";
import type { TNodePublic } from "../schemas";
import { NODE_INCLUDE, toPublicNodeDto } from "./node-service";

/**
 * Active nodes for the site search (`site.search`), best first: a node serving a category the
 * query names (`categoriesForQuery` in domain) scores 2, a match of its own text (name,
 * address, description) 1; then by name. Returns the first `limit` and the count.
 */
export async function rankedNodes(
  ctx: TContext,
  input: { q: string; categories: readonly TServiceCategory[]; limit: number },
): Promise<{ data: TNodePublic[]; total: number }> {
  const tsq = tsQueryFor(input.q);
  const serves = input.categories.length
    ? Prisma.sql`n."serviceCategories" && ARRAY[${Prisma.join(input.categories)}]::text[]`
    : Prisma.sql`false`;
  const matches = tsq ? Prisma.sql`n."searchVector" @@ to_tsquery('simple', ${tsq})` : Prisma.sql`false`;
  const rows = await ctx.db.$queryRaw<{ id: string; total: number }[]>`
    SELECT n.id, count(*) OVER ()::int AS total FROM node n
    WHERE n.status = 'ACTIVE' AND (${serves} OR ${matches})
    ORDER BY (CASE WHEN ${serves} THEN 2 ELSE 0 END) + (CASE WHEN ${matches} THEN 1 ELSE 0 END) DESC, n.name, n.id
    LIMIT ${input.limit}`;
  const found = await ctx.db.node.findMany({ where: { id: { in: rows.map((r) => r.id) } }, include: NODE_INCLUDE });
  const byId = new Map(found.map((n) => [n.id, n]));
  // a node changed between the two reads is left out rather than failing the search
  const data = rows.flatMap((r) => {
    const node = byId.get(r.id);
    return node ? [toPublicNodeDto(node)] : [];
  });
  return { data, total: Number(rows[0]?.total ?? 0) };
}

/**
 * The service stations to offer when a search finds nothing: the one of the visitor's town
 * first (an enterprise account's town), then the others by town order.
 */
export async function stationsFor(ctx: TContext, townId: string | null, limit: number): Promise<TNodePublic[]> {
  const rows = await ctx.db.node.findMany({
    where: { status: "ACTIVE", kind: "SERVICE_STATION" },
    include: NODE_INCLUDE,
    orderBy: [{ town: { sortOrder: "asc" } }, { name: "asc" }],
  });
  const ranked = [...rows.filter((n) => townId && n.townId === townId), ...rows.filter((n) => !townId || n.townId !== townId)];
  return ranked.slice(0, limit).map(toPublicNodeDto);
}
