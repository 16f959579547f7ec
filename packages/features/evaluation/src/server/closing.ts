import { z } from "zod";
import {
  AppError,
  competitionRanks,
  computeTotals,
  round2,
  scoreExpert,
  scoreLinear,
  scoreRank,
  scoreThresholds,
  starsFor,
} from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { getMetric, procedure, router, type TContext } from "@qifu/trpc-core";
import { indicatorsOf, type TSchemeDefinition } from "../schemas";
import { DEFAULT_CONSEQUENCES, ZClose, ZCorrection, type TConsequence, type TResult } from "../round-schemas";
import { ROUND_LABEL } from "./access";
import { missingScores } from "./rounds";

type TStars = { stars: number; min: number }[];

/**
 * Each subject's share (0..1) of each indicator: expert indicators from the mean of the
 * experts' scores, computed ones from the metric for the subject (its town, or its node where
 * the metric is computed per node) in the round's year (kept as the subject's `metricValues`),
 * through the indicator's rule.
 */
async function sharesOf(ctx: TContext, round: { id: string; year: number; definition: unknown }) {
  const indicators = indicatorsOf(round.definition as TSchemeDefinition);
  const subjects = await ctx.db.evaluationSubject.findMany({ where: { roundId: round.id }, include: { scores: true } });
  const shares = new Map(subjects.map((s) => [s.id, new Map<string, number | null>()]));
  const values = new Map(subjects.map((s) => [s.id, {} as Record<string, number>]));
  for (const i of indicators) {
    if (i.kind === "EXPERT") {
      for (const s of subjects)
        shares.get(s.id)!.set(
          i.key,
          scoreExpert(
            s.scores.filter((x) => x.indicatorKey === i.key).map((x) => x.score),
            i.maxScore,
          ),
        );
      continue;
    }
    const metric = getMetric(i.metricKey);
    const raw = new Map<string, number>();
    for (const s of subjects) {
      // a node subject needs a metric computed per node (checkDefinition refuses the others)
      const scope = s.nodeId ? (metric?.nodes ? { nodeId: s.nodeId } : null) : s.townId ? { townId: s.townId } : null;
      if (!metric || !scope) continue;
      const v = await metric.compute(ctx, { year: round.year, townId: null, ...scope });
      raw.set(s.id, v);
      values.get(s.id)![i.key] = v;
    }
    const rule = i.rule;
    const ranked = rule.kind === "RANK" ? scoreRank(raw, rule.higherIsBetter) : null;
    for (const s of subjects) {
      const v = raw.get(s.id);
      const share =
        v === undefined
          ? null
          : rule.kind === "LINEAR"
            ? scoreLinear(v, rule)
            : rule.kind === "THRESHOLDS"
              ? scoreThresholds(v, rule.steps)
              : ranked!.get(s.id)!;
      shares.get(s.id)!.set(i.key, share);
    }
  }
  return { indicators, shares, values };
}

async function roundForDistrict(ctx: TContext, id: string) {
  const round = await ctx.db.evaluationRound.findUnique({ where: { id } });
  if (!round) throw AppError.notFound(ROUND_LABEL);
  return round;
}

/** Close: compute totals with each indicator's contribution, rank, stars and consequences; scores still missing refuse it. */
export async function closeRound(ctx: TContext, input: z.infer<typeof ZClose>) {
  const round = await roundForDistrict(ctx, input.roundId);
  if (round.status !== "OPEN") throw new AppError("CONFLICT", { zh: "该轮次已结算", en: "This round is already closed" });
  const missing = await missingScores(ctx, round.id);
  if (missing.length)
    throw new AppError("CONFLICT", {
      zh: `还有 ${missing.length} 项专家评分未完成，请催办后再结算`,
      en: `${missing.length} expert score(s) are still missing; remind the experts before closing`,
    });
  const consequences: Record<number, TConsequence> = { ...DEFAULT_CONSEQUENCES };
  for (const c of input.consequences ?? []) consequences[c.stars] = c.consequence;
  const { indicators, shares, values } = await sharesOf(ctx, round);
  const totals = computeTotals(indicators, shares, round.starThresholds as TStars);
  for (const t of totals) {
    await ctx.db.evaluationSubject.update({ where: { id: t.subjectId }, data: { metricValues: values.get(t.subjectId) ?? {} } });
    await ctx.db.evaluationResult.create({
      data: {
        id: newId(),
        subjectId: t.subjectId,
        version: 1,
        total: t.total,
        rank: t.rank,
        stars: t.stars,
        contributions: t.contributions,
        consequence: consequences[t.stars] ?? "NONE",
      },
    });
  }
  await ctx.db.evaluationRound.update({ where: { id: round.id }, data: { status: "CLOSED", closedAt: ctx.now() } });
  return { subjects: totals.length };
}

export async function publishRound(ctx: TContext, id: string) {
  const round = await roundForDistrict(ctx, id);
  if (round.status !== "CLOSED")
    throw new AppError("CONFLICT", {
      zh: round.status === "OPEN" ? "请先结算再公布" : "该轮次已公布",
      en: round.status === "OPEN" ? "Close the round before publishing it" : "This round is already published",
    });
  await ctx.db.evaluationRound.update({ where: { id }, data: { status: "PUBLISHED", publishedAt: ctx.now() } });
  return { ok: true };
}

/**
 * A correction never changes a result: the subject gets version n+1 with the corrected
 * indicator and the reason, version n is kept as superseded; any other subject whose rank
 * or stars move because of it gets a new version too, naming the correction.
 */
async function correct(ctx: TContext, input: z.infer<typeof ZCorrection>) {
  const subject = await ctx.db.evaluationSubject.findUnique({
    where: { id: input.subjectId },
    include: { round: true, town: true, node: true },
  });
  if (!subject) throw AppError.notFound({ zh: "评价对象", en: "Subject" });
  const round = subject.round;
  if (round.status === "OPEN")
    throw new AppError("CONFLICT", {
      zh: "评审中的轮次直接修改评分即可，无需更正",
      en: "An open round is changed by scoring, not by correction",
    });
  const indicator = indicatorsOf(round.definition as TSchemeDefinition).find((i) => i.key === input.indicatorKey);
  if (!indicator) throw AppError.validation("indicatorKey", { zh: "本轮没有这个指标", en: "No such indicator in this round" });
  const current = await ctx.db.evaluationResult.findMany({ where: { subject: { roundId: round.id }, supersededAt: null } });
  const mine = current.find((r) => r.subjectId === subject.id);
  if (!mine) throw AppError.notFound({ zh: "评价结果", en: "Result" });
  const contributions = (mine.contributions as TResult["contributions"]).map((c) =>
    c.key === input.indicatorKey ? { ...c, share: input.share, points: round2(c.weight * input.share) } : c,
  );
  const totals = new Map(
    current.map((r) => [r.subjectId, r.subjectId === subject.id ? round2(contributions.reduce((a, c) => a + c.points, 0)) : r.total]),
  );
  const ranks = competitionRanks(totals);
  const who = subject.node?.name ?? subject.town?.name ?? "";
  for (const r of current) {
    const total = totals.get(r.subjectId)!;
    const rank = ranks.get(r.subjectId)!;
    const stars = starsFor(total, round.starThresholds as TStars);
    const corrected = r.subjectId === subject.id;
    if (!corrected && rank === r.rank && stars === r.stars) continue;
    await ctx.db.evaluationResult.update({ where: { id: r.id }, data: { supersededAt: ctx.now() } });
    await ctx.db.evaluationResult.create({
      data: {
        id: newId(),
        subjectId: r.subjectId,
        version: r.version + 1,
        total,
        rank,
        stars,
        contributions: (corrected ? contributions : r.contributions) as Prisma.InputJsonValue,
        consequence: stars === r.stars ? r.consequence : ((DEFAULT_CONSEQUENCES[stars] ?? "NONE") satisfies TConsequence),
        reason: corrected ? input.reason : `因「${who}」的更正重新排名 / re-ranked after the correction of ${who}: ${input.reason}`,
      },
    });
  }
  return { ok: true };
}

const ZId = z.object({ id: z.string().min(1).max(64) });

export const closingRouter = router({
  close: procedure(["DISTRICT_ADMIN"], { description: "Close a round: totals, ranks, stars and consequences" })
    .input(ZClose)
    .output(z.object({ subjects: z.number().int() }))
    .mutation(({ ctx, input }) => closeRound(ctx, input)),
  publish: procedure(["DISTRICT_ADMIN"], { description: "Publish a closed round's results (immutable from then on)" })
    .input(ZId)
    .output(z.object({ ok: z.boolean() }))
    .mutation(({ ctx, input }) => publishRound(ctx, input.id)),
  correct: procedure(["DISTRICT_ADMIN"], { description: "Correct a result: a new version with its reason, the old one kept as superseded" })
    .input(ZCorrection)
    .output(z.object({ ok: z.boolean() }))
    .mutation(({ ctx, input }) => correct(ctx, input)),
});
