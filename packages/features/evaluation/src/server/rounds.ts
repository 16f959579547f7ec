import { z } from "zod";
import { AppError, dateOfDay, isoOrNull } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { listFilesOf, procedure, router, type TContext } from "@qifu/trpc-core";
import { indicatorsOf, type TSchemeDefinition } from "../schemas";
import {
  ZAssign,
  ZMissingScore,
  ZRoundDetail,
  ZRoundOpen,
  ZRoundSummary,
  RoundStatus,
  type TResult,
  type TRoundSummary,
  type TSubject,
} from "../round-schemas";
import { conflictOf, EVIDENCE_FILES, mustBeOpen, ROUND_LABEL, subjectName, subjectScope } from "./access";
import { SCHEME_READERS } from "./schemes";

const SUBJECT_INCLUDE = {
  town: { select: { name: true } },
  node: { select: { name: true, town: { select: { name: true } } } },
  assignments: { include: { expert: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } },
  evidence: true,
  results: { orderBy: { version: "desc" } },
  _count: { select: { scores: true } },
} satisfies Prisma.EvaluationSubjectInclude;
type TSubjectRow = Prisma.EvaluationSubjectGetPayload<{ include: typeof SUBJECT_INCLUDE }>;
type TRoundRow = Prisma.EvaluationRoundGetPayload<{ include: { scheme: { select: { name: true; subjectKind: true } } } }>;

const expertIndicatorCount = (def: unknown) => indicatorsOf(def as TSchemeDefinition).filter((i) => i.kind === "EXPERT").length;

export const toResultDto = (r: TSubjectRow["results"][number]): TResult => ({
  id: r.id,
  version: r.version,
  total: r.total,
  rank: r.rank,
  stars: r.stars,
  contributions: r.contributions as TResult["contributions"],
  consequence: r.consequence as TResult["consequence"],
  reason: r.reason,
  supersededAt: isoOrNull(r.supersededAt),
  createdAt: isoOrNull(r.createdAt)!,
});

function summaryOf(round: TRoundRow, subjects: TSubjectRow[]): TRoundSummary {
  const perExpert = expertIndicatorCount(round.definition);
  return {
    id: round.id,
    name: round.name,
    schemeId: round.schemeId,
    schemeName: round.scheme.name,
    schemeVersion: round.schemeVersion,
    subjectKind: round.scheme.subjectKind as TRoundSummary["subjectKind"],
    periodKind: round.periodKind as TRoundSummary["periodKind"],
    year: round.year,
    quarter: round.quarter,
    status: round.status as TRoundSummary["status"],
    dueOn: isoOrNull(round.dueOn)?.slice(0, 10) ?? null,
    subjects: subjects.length,
    scoresDone: subjects.reduce((a, s) => a + s._count.scores, 0),
    scoresExpected: subjects.reduce((a, s) => a + s.assignments.length * perExpert, 0),
    publishedAt: isoOrNull(round.publishedAt),
  };
}

/** Rounds the caller reaches (through their subjects), newest first, with the progress of scores. */
export async function listRounds(ctx: TContext, status?: string) {
  const rounds = await ctx.db.evaluationRound.findMany({
    where: { ...(status ? { status } : {}), subjects: { some: subjectScope(ctx.user) } },
    include: { scheme: { select: { name: true, subjectKind: true } } },
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
  });
  const subjects = await ctx.db.evaluationSubject.findMany({
    where: { AND: [{ roundId: { in: rounds.map((r) => r.id) } }, subjectScope(ctx.user)] },
    include: SUBJECT_INCLUDE,
  });
  return rounds.map((r) =>
    summaryOf(
      r,
      subjects.filter((s) => s.roundId === r.id),
    ),
  );
}

export async function roundDetail(ctx: TContext, id: string) {
  const round = await ctx.db.evaluationRound.findFirst({
    where: { id, subjects: { some: subjectScope(ctx.user) } },
    include: { scheme: { select: { name: true, subjectKind: true } } },
  });
  if (!round) throw AppError.notFound(ROUND_LABEL);
  const subjects = await ctx.db.evaluationSubject.findMany({
    where: { AND: [{ roundId: id }, subjectScope(ctx.user)] },
    include: SUBJECT_INCLUDE,
  });
  const files = await listFilesOf(
    ctx,
    EVIDENCE_FILES,
    subjects.flatMap((s) => s.evidence.map((e) => e.id)),
  );
  const perExpert = expertIndicatorCount(round.definition);
  const subjectList: TSubject[] = subjects
    .map((s) => ({
      id: s.id,
      refId: (s.nodeId ?? s.townId)!,
      name: subjectName(s),
      townName: s.node?.town?.name ?? s.town?.name ?? null,
      experts: s.assignments.map((a) => a.expert),
      scoresDone: s._count.scores,
      scoresExpected: s.assignments.length * perExpert,
      evidence: s.evidence.map((e) => ({
        indicatorKey: e.indicatorKey,
        note: e.note,
        files: (files.get(e.id) ?? []).map((f) => ({ id: f.id, name: f.name, size: f.size })),
      })),
      results: s.results.map(toResultDto),
    }))
    .sort((a, b) => (a.results[0]?.rank ?? 999) - (b.results[0]?.rank ?? 999) || a.name.localeCompare(b.name, "zh"));
  return {
    ...summaryOf(round, subjects),
    definition: round.definition as TSchemeDefinition,
    starThresholds: round.starThresholds as { stars: number; min: number }[],
    subjectList,
  };
}

/** Open a round: the scheme's current version is frozen into it; subjects must match the scheme's kind. */
export async function openRound(ctx: TContext, input: z.infer<typeof ZRoundOpen>) {
  const scheme = await ctx.db.evaluationScheme.findUnique({ where: { id: input.schemeId } });
  if (!scheme) throw AppError.validation("schemeId", { zh: "评价方案不存在", en: "The scheme does not exist" });
  if (scheme.status !== "ACTIVE")
    throw AppError.validation("schemeId", { zh: "只能用已启用的方案开展评价", en: "Only an active scheme can open a round" });
  const ids = [...new Set(input.subjectRefIds)];
  const refs =
    scheme.subjectKind === "TOWN"
      ? await ctx.db.town.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
      : await ctx.db.node.findMany({
          where: { id: { in: ids }, ...(scheme.nodeKind ? { kind: scheme.nodeKind } : {}) },
          select: { id: true, name: true, townId: true },
        });
  if (refs.length !== ids.length)
    throw AppError.validation("subjectRefIds", {
      zh: scheme.subjectKind === "TOWN" ? "评价对象须为镇街" : "评价对象须为该方案所评价类型的服务节点",
      en: scheme.subjectKind === "TOWN" ? "The subjects must be towns" : "The subjects must be nodes of the scheme's kind",
    });
  const experts = await ctx.db.expert.findMany({ where: { id: { in: input.expertIds } }, select: { id: true, name: true } });
  if (experts.length !== new Set(input.expertIds).size)
    throw AppError.validation("expertIds", { zh: "评审专家不存在", en: "An expert does not exist" });
  const round = await ctx.db.evaluationRound.create({
    data: {
      id: newId(),
      name: input.name,
      schemeId: scheme.id,
      schemeVersion: scheme.version,
      definition: scheme.definition as Prisma.InputJsonValue,
      starThresholds: scheme.starThresholds as Prisma.InputJsonValue,
      periodKind: input.periodKind,
      year: input.year,
      quarter: input.quarter ?? null,
      dueOn: dateOfDay(input.dueOn) ?? null,
    },
  });
  const skipped: { subjectName: string; expertName: string; reason: { zh: string; en: string } }[] = [];
  for (const ref of refs) {
    const subject = await ctx.db.evaluationSubject.create({
      data: { id: newId(), roundId: round.id, ...(scheme.subjectKind === "TOWN" ? { townId: ref.id } : { nodeId: ref.id }) },
    });
    for (const expert of experts) {
      const conflict = await conflictOf(ctx, expert.id, {
        nodeId: subject.nodeId,
        townId: subject.townId,
        name: ref.name,
      });
      if (conflict) skipped.push({ subjectName: ref.name, expertName: expert.name, reason: conflict });
      else await ctx.db.evaluationAssignment.create({ data: { id: newId(), subjectId: subject.id, expertId: expert.id } });
    }
  }
  return { id: round.id, skipped };
}

/** Assign one expert to one subject of an open round; a tie to the subject is refused. */
async function assign(ctx: TContext, input: z.infer<typeof ZAssign>) {
  const subject = await ctx.db.evaluationSubject.findUnique({
    where: { id: input.subjectId },
    include: { round: true, town: true, node: true },
  });
  if (!subject) throw AppError.notFound({ zh: "评价对象", en: "Subject" });
  mustBeOpen(subject.round);
  const expert = await ctx.db.expert.findUnique({ where: { id: input.expertId } });
  if (!expert) throw AppError.validation("expertId", { zh: "评审专家不存在", en: "The expert does not exist" });
  const conflict = await conflictOf(ctx, expert.id, { nodeId: subject.nodeId, townId: subject.townId, name: subjectName(subject) });
  if (conflict) throw new AppError("FORBIDDEN", conflict, [{ path: "expertId", message: conflict }]);
  if (await ctx.db.evaluationAssignment.findUnique({ where: { subjectId_expertId: { subjectId: subject.id, expertId: expert.id } } }))
    throw new AppError("CONFLICT", { zh: "该专家已分配给这个评价对象", en: "This expert is already assigned to this subject" });
  await ctx.db.evaluationAssignment.create({ data: { id: newId(), subjectId: subject.id, expertId: expert.id } });
  return { ok: true };
}

/** Every (subject, expert, indicator) of an open round still without a score: the list the district reminds from. */
export async function missingScores(ctx: TContext, roundId: string) {
  const round = await ctx.db.evaluationRound.findUnique({ where: { id: roundId } });
  if (!round) throw AppError.notFound(ROUND_LABEL);
  const indicators = indicatorsOf(round.definition as TSchemeDefinition).filter((i) => i.kind === "EXPERT");
  const subjects = await ctx.db.evaluationSubject.findMany({
    where: { roundId },
    include: {
      town: true,
      node: true,
      assignments: { include: { expert: true } },
      scores: { select: { expertId: true, indicatorKey: true } },
    },
  });
  const out: z.infer<typeof ZMissingScore>[] = [];
  for (const s of subjects)
    for (const a of s.assignments)
      for (const i of indicators)
        if (!s.scores.some((x) => x.expertId === a.expertId && x.indicatorKey === i.key))
          out.push({
            subjectId: s.id,
            subjectName: subjectName(s),
            expertId: a.expertId,
            expertName: a.expert.name,
            indicatorKey: i.key,
            indicatorName: i.name,
          });
  return out;
}

const ZId = z.object({ id: z.string().min(1).max(64) });

const ZChoice = z.object({ id: z.string(), name: z.string() });

/** What a round of a scheme can judge: every town, or the active nodes (of the scheme's carrier kind). */
async function subjectChoices(ctx: TContext, schemeId: string) {
  const scheme = await ctx.db.evaluationScheme.findUnique({ where: { id: schemeId } });
  if (!scheme) throw AppError.notFound({ zh: "评价方案", en: "Scheme" });
  if (scheme.subjectKind === "TOWN") return ctx.db.town.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } });
  return ctx.db.node.findMany({
    where: { status: "ACTIVE", ...(scheme.nodeKind ? { kind: scheme.nodeKind } : {}) },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
    take: 500,
  });
}

export const roundsRouter = router({
  subjectChoices: procedure(["DISTRICT_ADMIN"], { description: "The towns or nodes a round of a scheme can judge" })
    .input(z.object({ schemeId: z.string().min(1).max(64) }))
    .output(z.array(ZChoice))
    .query(({ ctx, input }) => subjectChoices(ctx, input.schemeId)),
  expertChoices: procedure(["DISTRICT_ADMIN"], { description: "Experts of the pool who can be assigned" })
    .output(z.array(ZChoice.extend({ field: z.string() })))
    .query(({ ctx }) =>
      ctx.db.expert.findMany({
        where: { availability: { not: "UNAVAILABLE" } },
        orderBy: { name: "asc" },
        select: { id: true, name: true, field: true },
      }),
    ),
  list: procedure(SCHEME_READERS, { description: "Evaluation rounds the caller reaches, with the progress of scores" })
    .input(z.object({ status: z.enum(RoundStatus.values).optional() }).optional())
    .output(z.array(ZRoundSummary))
    .query(({ ctx, input }) => listRounds(ctx, input?.status)),
  get: procedure(SCHEME_READERS, {
    description: "One round: its frozen definition, the subjects the caller reaches, scores progress, evidence and results",
  })
    .input(ZId)
    .output(ZRoundDetail)
    .query(({ ctx, input }) => roundDetail(ctx, input.id)),
  open: procedure(["DISTRICT_ADMIN"], { description: "Open a round of a scheme over subjects, with its panel of experts" })
    .input(ZRoundOpen)
    .output(
      z.object({
        id: z.string(),
        skipped: z.array(
          z.object({ subjectName: z.string(), expertName: z.string(), reason: z.object({ zh: z.string(), en: z.string() }) }),
        ),
      }),
    )
    .mutation(({ ctx, input }) => openRound(ctx, input)),
  assign: procedure(["DISTRICT_ADMIN"], { description: "Assign an expert to a subject (refused on a conflict of interest)" })
    .input(ZAssign)
    .output(z.object({ ok: z.boolean() }))
    .mutation(({ ctx, input }) => assign(ctx, input)),
  missing: procedure(["DISTRICT_ADMIN"], { description: "Scores still missing in a round" })
    .input(ZId)
    .output(z.array(ZMissingScore))
    .query(({ ctx, input }) => missingScores(ctx, input.id)),
});
