import { z } from "zod";
import { AppError, isoOrNull } from "@qifu/domain";
import { newId } from "@qifu/db";
import { attachFiles, listFilesOf, procedure, router, type TContext } from "@qifu/trpc-core";
import { indicatorsOf, type TSchemeDefinition } from "../schemas";
import { ZEvidenceInput, ZScoreInput, ZTask, type TTask } from "../round-schemas";
import { conflictOf, EVIDENCE_FILES, expertOfCaller, mustBeOpen, subjectInScope, subjectName } from "./access";

const expertIndicator = (definition: unknown, key: string) => {
  const indicator = indicatorsOf(definition as TSchemeDefinition).find((i) => i.key === key);
  if (!indicator || indicator.kind !== "EXPERT")
    throw AppError.validation("indicatorKey", { zh: "该指标不是本轮的专家评分指标", en: "Not an expert-scored indicator of this round" });
  return indicator;
};

/** The signed-in expert's assigned subjects in open rounds, with their indicators, the evidence and their own scores. */
export async function myTasks(ctx: TContext, pendingOnly: boolean): Promise<TTask[]> {
  const expert = await expertOfCaller(ctx);
  const assignments = await ctx.db.evaluationAssignment.findMany({
    where: { expertId: expert.id, subject: { round: { status: "OPEN" } } },
    include: {
      subject: {
        include: { round: true, town: true, node: true, evidence: true, scores: { where: { expertId: expert.id } } },
      },
    },
    orderBy: { createdAt: "asc" },
  });
  const files = await listFilesOf(
    ctx,
    EVIDENCE_FILES,
    assignments.flatMap((a) => a.subject.evidence.map((e) => e.id)),
  );
  const tasks = assignments.map((a) => {
    const s = a.subject;
    const indicators = indicatorsOf(s.round.definition as TSchemeDefinition).flatMap((i) => {
      if (i.kind !== "EXPERT") return [];
      const ev = s.evidence.find((e) => e.indicatorKey === i.key);
      const mine = s.scores.find((x) => x.indicatorKey === i.key);
      return [
        {
          key: i.key,
          name: i.name,
          maxScore: i.maxScore,
          rubric: i.rubric,
          evidence: ev
            ? {
                indicatorKey: ev.indicatorKey,
                note: ev.note,
                files: (files.get(ev.id) ?? []).map((f) => ({ id: f.id, name: f.name, size: f.size })),
              }
            : null,
          score: mine?.score ?? null,
          comment: mine?.comment ?? null,
        },
      ];
    });
    return {
      id: a.id,
      roundId: s.roundId,
      roundName: s.round.name,
      dueOn: isoOrNull(s.round.dueOn)?.slice(0, 10) ?? null,
      subjectId: s.id,
      subjectName: subjectName(s),
      indicators,
      missing: indicators.filter((i) => i.score === null).length,
    };
  });
  return pendingOnly ? tasks.filter((t) => t.missing > 0) : tasks;
}

/**
 * An expert scores one indicator of one subject, with a comment: only a subject assigned to
 * them, never one they are tied to (checked again here: a link may be added after assignment),
 * only in an open round, within 0..max.
 */
async function score(ctx: TContext, input: z.infer<typeof ZScoreInput>) {
  const expert = await expertOfCaller(ctx);
  const subject = await ctx.db.evaluationSubject.findUnique({
    where: { id: input.subjectId },
    include: { round: true, town: true, node: true },
  });
  const assigned =
    subject &&
    (await ctx.db.evaluationAssignment.findUnique({ where: { subjectId_expertId: { subjectId: subject.id, expertId: expert.id } } }));
  if (!subject || !assigned)
    throw new AppError("FORBIDDEN", {
      zh: "您未被分配评审该对象，不能评分",
      en: "You are not assigned to this subject and cannot score it",
    });
  const conflict = await conflictOf(ctx, expert.id, { nodeId: subject.nodeId, townId: subject.townId, name: subjectName(subject) });
  if (conflict) throw new AppError("FORBIDDEN", conflict);
  mustBeOpen(subject.round);
  const indicator = expertIndicator(subject.round.definition, input.indicatorKey);
  if (indicator.kind === "EXPERT" && input.score > indicator.maxScore)
    throw AppError.validation("score", {
      zh: `分数不能超过满分 ${indicator.maxScore}`,
      en: `The score cannot exceed the maximum of ${indicator.maxScore}`,
    });
  await ctx.db.evaluationScore.upsert({
    where: { subjectId_expertId_indicatorKey: { subjectId: subject.id, expertId: expert.id, indicatorKey: input.indicatorKey } },
    create: {
      id: newId(),
      subjectId: subject.id,
      expertId: expert.id,
      indicatorKey: input.indicatorKey,
      score: input.score,
      comment: input.comment,
    },
    update: { score: input.score, comment: input.comment },
  });
  return { ok: true };
}

/** The subject (its town admin or its node's operator; the district on its behalf) submits evidence for an expert indicator. */
async function submitEvidence(ctx: TContext, input: z.infer<typeof ZEvidenceInput>) {
  if (ctx.user?.role === "EVALUATOR") throw AppError.forbidden();
  const subject = await subjectInScope(ctx, input.subjectId);
  mustBeOpen(subject.round);
  expertIndicator(subject.round.definition, input.indicatorKey);
  const evidence = await ctx.db.evaluationEvidence.upsert({
    where: { subjectId_indicatorKey: { subjectId: subject.id, indicatorKey: input.indicatorKey } },
    create: { id: newId(), subjectId: subject.id, indicatorKey: input.indicatorKey, note: input.note ?? null },
    update: { note: input.note ?? null },
  });
  await attachFiles(ctx, { fileIds: input.fileIds, ownerKind: EVIDENCE_FILES, ownerId: evidence.id, max: 5 });
  return { id: evidence.id };
}

/** Whoever reaches the subject reads its evidence files (its town, its node, its experts, the district). */
export async function canReadEvidence(ctx: TContext, evidenceId: string) {
  const evidence = await ctx.db.evaluationEvidence.findUnique({ where: { id: evidenceId }, select: { subjectId: true } });
  if (!evidence) return false;
  return subjectInScope(ctx, evidence.subjectId).then(
    () => true,
    () => false,
  );
}

export const tasksRouter = router({
  /** The resource contract's list shape, so the console's to-do page can count it. */
  list: procedure(["EVALUATOR"], { description: "The signed-in expert's scoring tasks in open rounds" })
    .input(
      z.object({
        pagination: z
          .object({ page: z.number().int().min(1).default(1), perPage: z.number().int().min(1).max(200).default(25) })
          .optional(),
        filter: z.object({ pending: z.boolean().optional() }).optional(),
      }),
    )
    .output(z.object({ data: z.array(ZTask), total: z.number().int() }))
    .query(async ({ ctx, input }) => {
      const all = await myTasks(ctx, input.filter?.pending ?? false);
      const { page, perPage } = input.pagination ?? { page: 1, perPage: 25 };
      return { data: all.slice((page - 1) * perPage, page * perPage), total: all.length };
    }),
  score: procedure(["EVALUATOR"], { description: "Score an indicator of an assigned subject, with a comment" })
    .input(ZScoreInput)
    .output(z.object({ ok: z.boolean() }))
    .mutation(({ ctx, input }) => score(ctx, input)),
  submitEvidence: procedure(["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"], {
    description: "A subject's evidence for an expert-scored indicator",
  })
    .input(ZEvidenceInput)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => submitEvidence(ctx, input)),
});
