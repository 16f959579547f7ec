import { z } from "zod";
import { AppError, isoOrNull } from "@qifu/domain";
import { procedure, router, type TContext } from "@qifu/trpc-core";
import { type TSchemeDefinition } from "../schemas";
import { ZPublishedRound, type TPublishedRound, type TResult } from "../round-schemas";
import { ROUND_LABEL, subjectName } from "./access";

/** A published round's ranking as anyone may read it: the current version of each result, its breakdown by indicator. */
export async function publishedRound(ctx: TContext, id: string | undefined): Promise<TPublishedRound | null> {
  const round = await ctx.db.evaluationRound.findFirst({
    where: { status: "PUBLISHED", ...(id ? { id } : {}) },
    include: { scheme: { select: { name: true } } },
    orderBy: { publishedAt: "desc" },
  });
  if (!round) {
    if (id) throw AppError.notFound(ROUND_LABEL);
    return null;
  }
  const def = round.definition as TSchemeDefinition;
  const meta = new Map(def.dimensions.flatMap((d) => d.indicators.map((i) => [i.key, { name: i.name, dimension: d.name }] as const)));
  const subjects = await ctx.db.evaluationSubject.findMany({
    where: { roundId: round.id },
    include: { town: true, node: true, results: { orderBy: { version: "desc" } } },
  });
  const rows = subjects.flatMap((s) => {
    const current = s.results.find((r) => r.supersededAt === null);
    if (!current) return [];
    return [
      {
        subjectId: s.id,
        name: subjectName(s),
        total: current.total,
        rank: current.rank,
        stars: current.stars,
        consequence: current.consequence as TResult["consequence"],
        version: current.version,
        corrected: current.version > 1,
        contributions: (current.contributions as TResult["contributions"]).map((c) => ({
          ...c,
          ...(meta.get(c.key) ?? { name: c.key, dimension: "" }),
        })),
      },
    ];
  });
  rows.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, "zh"));
  return {
    id: round.id,
    name: round.name,
    schemeName: round.scheme.name,
    schemeVersion: round.schemeVersion,
    year: round.year,
    quarter: round.quarter,
    publishedAt: isoOrNull(round.publishedAt)!,
    rows,
  };
}

export const publishedRouter = router({
  rounds: procedure("public", { description: "Published evaluation rounds, newest first" })
    .output(
      z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          year: z.number().int(),
          quarter: z.number().int().nullable(),
          publishedAt: z.string(),
        }),
      ),
    )
    .query(async ({ ctx }) =>
      (await ctx.db.evaluationRound.findMany({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "desc" }, take: 50 })).map((r) => ({
        id: r.id,
        name: r.name,
        year: r.year,
        quarter: r.quarter,
        publishedAt: isoOrNull(r.publishedAt)!,
      })),
    ),
  ranking: procedure("public", { description: "A published round's ranking (the latest when no id is given)" })
    .input(z.object({ id: z.string().min(1).max(64).optional() }).optional())
    .output(ZPublishedRound.nullable())
    .query(({ ctx, input }) => publishedRound(ctx, input?.id)),
});
