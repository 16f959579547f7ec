import { AppError } from "@qifu/domain";
import type { Prisma } from "@qifu/db";
import { NO_ROWS, type TContext, type TSessionUser } from "@qifu/trpc-core";

/** Evidence files are stored_file rows of this kind, owned by an evaluation_evidence row. */
export const EVIDENCE_FILES = "evaluationEvidence";

/**
 * The subjects a caller reaches: the district all; a town admin its town (the town itself or
 * its nodes); a node operator its node; an evaluator the subjects assigned to them.
 */
export function subjectScope(user: TSessionUser | null): Prisma.EvaluationSubjectWhereInput {
  switch (user?.role) {
    case "DISTRICT_ADMIN":
      return {};
    case "TOWN_ADMIN":
      return user.townId ? { OR: [{ townId: user.townId }, { node: { townId: user.townId } }] } : NO_ROWS;
    case "NODE_OPERATOR":
      return user.nodeId ? { nodeId: user.nodeId } : NO_ROWS;
    case "EVALUATOR":
      return { assignments: { some: { expert: { userId: user.id } } } };
    default:
      return NO_ROWS;
  }
}

export const ROUND_LABEL = { zh: "评价轮次", en: "Evaluation round" };
export const SUBJECT_LABEL = { zh: "评价对象", en: "Evaluation subject" };

/** The round of a subject the caller reaches, or "not found". */
export async function subjectInScope(ctx: TContext, subjectId: string) {
  const subject = await ctx.db.evaluationSubject.findFirst({
    where: { AND: [{ id: subjectId }, subjectScope(ctx.user)] },
    include: { round: true, town: true, node: true },
  });
  if (!subject) throw AppError.notFound(SUBJECT_LABEL);
  return subject;
}

export function mustBeOpen(round: { status: string }) {
  if (round.status !== "OPEN")
    throw new AppError("CONFLICT", {
      zh: "该评价轮次已结算或已公布，不能再修改评分、材料或分工",
      en: "This round is closed or published: scores, evidence and assignments can no longer change",
    });
}

/** The expert entry of the signed-in evaluator, or a clear refusal. */
export async function expertOfCaller(ctx: TContext) {
  const expert = ctx.user
    ? await ctx.db.expert.findUnique({ where: { userId: ctx.user.id }, include: { nodeLinks: { include: { node: true } } } })
    : null;
  if (!expert) throw new AppError("FORBIDDEN", { zh: "您的账号未登记在专家库中", en: "Your account is not registered in the expert pool" });
  return expert;
}

/**
 * A conflict of interest, as a bilingual refusal or null: the expert is linked to the subject
 * node, or (for a town subject) to a node of that town.
 */
export async function conflictOf(
  ctx: TContext,
  expertId: string,
  subject: { nodeId: string | null; townId: string | null; name: string },
): Promise<{ zh: string; en: string } | null> {
  const links = await ctx.db.expertNodeLink.findMany({
    where: { expertId },
    include: { node: { select: { id: true, name: true, townId: true } } },
  });
  const tie = links.find((l) => (subject.nodeId && l.nodeId === subject.nodeId) || (subject.townId && l.node.townId === subject.townId));
  if (!tie) return null;
  return {
    zh: `利益回避：该专家与「${tie.node.name}」有关联，不能评价「${subject.name}」`,
    en: `Conflict of interest: the expert is tied to "${tie.node.name}" and may not judge "${subject.name}"`,
  };
}

export const subjectName = (s: { town: { name: string } | null; node: { name: string } | null }) => s.node?.name ?? s.town?.name ?? "—";
