import type { TServiceCategory } from "@qifu/domain";
import type { TContext } from "./context";

/** One public search as the demand trends count it. */
export type TSearchEntry = {
  source: "SITE" | "CATALOGUE";
  q: string;
  /** the category the search was for (named by the query, the page's filter, or the best result's) */
  category: TServiceCategory | null;
  /** the town the visitor filtered on; otherwise the signed-in enterprise's own */
  townId?: string | null;
  results: number;
};

/**
 * Writes a search to `search_log` for the demand trends (monitoring). Who searched is not kept:
 * only the town and industry of a signed-in enterprise account. A failure to log never fails the
 * search itself: it is reported on the console and the visitor gets the answer.
 */
export async function logSearch(ctx: TContext, entry: TSearchEntry): Promise<void> {
  const q = entry.q.trim().slice(0, 100);
  if (!q) return;
  try {
    const enterprise = ctx.user?.enterpriseId
      ? await ctx.prisma.enterprise.findUnique({ where: { id: ctx.user.enterpriseId }, select: { townId: true, industryCode: true } })
      : null;
    await ctx.prisma.searchLog.create({
      data: {
        at: ctx.now(),
        source: entry.source,
        q,
        category: entry.category,
        townId: entry.townId ?? enterprise?.townId ?? null,
        industryCode: enterprise?.industryCode ?? null,
        results: entry.results,
      },
    });
  } catch (err) {
    console.warn(`search_log: not written (${(err as Error).message})`);
  }
}
