import { z } from "zod";
import { defineEnum, labelled, text } from "@qifu/domain";
import { SubjectKind, ZSchemeDefinition } from "./schemas";

/** 评价轮次 (issue 13 pt 3): rounds, scores, evidence and results; zod, safe in the browser and on the server. */
export const RoundStatus = defineEnum({
  OPEN: { zh: "评审中", en: "Open" },
  CLOSED: { zh: "已结算", en: "Closed" },
  PUBLISHED: { zh: "已公布", en: "Published" },
});
export type TRoundStatus = (typeof RoundStatus.values)[number];

export const PeriodKind = defineEnum({
  QUARTER: { zh: "季度", en: "Quarter" },
  YEAR: { zh: "年度", en: "Year" },
});

/** What a result leads to (Sichuan notice 七(十九): support and dynamic management). */
export const Consequence = defineEnum({
  AWARD: { zh: "表彰奖励", en: "Award" },
  SUPPORT: { zh: "政策扶持", en: "Support" },
  NONE: { zh: "无", en: "None" },
  WARNING: { zh: "约谈预警", en: "Warning" },
  DELIST: { zh: "取消示范资格", en: "Delisting as a demonstration carrier" },
});
export type TConsequence = (typeof Consequence.values)[number];

/** The default consequence of each star count, when closing does not say otherwise. */
export const DEFAULT_CONSEQUENCES: Record<number, TConsequence> = { 5: "AWARD", 4: "SUPPORT", 3: "NONE", 2: "WARNING", 1: "DELIST" };

const id = z.string().min(1).max(64);

export const ZRoundOpen = z
  .strictObject({
    schemeId: labelled(id, "评价方案", "Scheme"),
    name: text("轮次名称", "Round name", { min: 2, max: 80 }),
    periodKind: labelled(z.enum(PeriodKind.values), "周期", "Period"),
    year: labelled(z.number().int().min(2020).max(2100), "年度", "Year"),
    quarter: labelled(z.number().int().min(1).max(4).nullable().optional(), "季度", "Quarter"),
    dueOn: labelled(z.iso.date().nullable().optional(), "评分截止", "Scoring due"),
    /** Town ids or node ids, as the scheme's subjects are. */
    subjectRefIds: labelled(
      z.array(id).min(1, { message: "至少选择一个评价对象 / choose at least one subject" }).max(200),
      "评价对象",
      "Subjects",
    ),
    /** Experts assigned to every subject they have no tie with (ties are skipped and reported). */
    expertIds: labelled(z.array(id).max(30).default([]), "评审专家", "Experts"),
  })
  .refine((r) => (r.periodKind === "QUARTER") === (r.quarter != null), {
    path: ["quarter"],
    message: "季度评价须选择季度，年度评价不选季度 / a quarterly round needs its quarter, a yearly one none",
  });
export type TRoundOpen = z.infer<typeof ZRoundOpen>;

export const ZAssign = z.strictObject({ subjectId: labelled(id, "评价对象", "Subject"), expertId: labelled(id, "评审专家", "Expert") });

export const ZScoreInput = z.strictObject({
  subjectId: labelled(id, "评价对象", "Subject"),
  indicatorKey: labelled(z.string().min(1).max(40), "指标", "Indicator"),
  score: labelled(z.number().min(0, { message: "分数不能为负 / the score cannot be negative" }), "分数", "Score"),
  comment: text("评语", "Comment", { min: 2, max: 1000 }),
});

export const ZEvidenceInput = z.strictObject({
  subjectId: labelled(id, "评价对象", "Subject"),
  indicatorKey: labelled(z.string().min(1).max(40), "指标", "Indicator"),
  note: labelled(z.string().max(2000).nullable().optional(), "说明", "Note"),
  fileIds: labelled(z.array(id).max(5).default([]), "附件", "Files"),
});

export const ZClose = z.strictObject({
  roundId: id,
  consequences: labelled(
    z
      .array(z.strictObject({ stars: z.number().int().min(1).max(5), consequence: z.enum(Consequence.values) }))
      .max(5)
      .optional(),
    "结果运用",
    "Consequences",
  ),
});

export const ZCorrection = z.strictObject({
  subjectId: labelled(id, "评价对象", "Subject"),
  indicatorKey: labelled(z.string().min(1).max(40), "指标", "Indicator"),
  share: labelled(z.number().min(0).max(1), "更正后得分率", "Corrected share"),
  reason: text("更正理由", "Reason", { min: 4, max: 500 }),
});

export const ZContribution = z.object({ key: z.string(), weight: z.number(), share: z.number().nullable(), points: z.number() });
export const ZResult = z.object({
  id: z.string(),
  version: z.number().int(),
  total: z.number(),
  rank: z.number().int(),
  stars: z.number().int(),
  contributions: z.array(ZContribution),
  consequence: z.enum(Consequence.values),
  reason: z.string().nullable(),
  supersededAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TResult = z.infer<typeof ZResult>;

const ZFile = z.object({ id: z.string(), name: z.string(), size: z.number() });
export const ZEvidence = z.object({ indicatorKey: z.string(), note: z.string().nullable(), files: z.array(ZFile) });
export const ZSubject = z.object({
  id: z.string(),
  refId: z.string(),
  name: z.string(),
  townName: z.string().nullable(),
  experts: z.array(z.object({ id: z.string(), name: z.string() })),
  scoresDone: z.number().int(),
  scoresExpected: z.number().int(),
  evidence: z.array(ZEvidence),
  /** The current result and the superseded versions before it (newest first). */
  results: z.array(ZResult),
});
export type TSubject = z.infer<typeof ZSubject>;

export const ZRoundSummary = z.object({
  id: z.string(),
  name: z.string(),
  schemeId: z.string(),
  schemeName: z.string(),
  schemeVersion: z.number().int(),
  subjectKind: z.enum(SubjectKind.values),
  periodKind: z.enum(PeriodKind.values),
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  status: z.enum(RoundStatus.values),
  dueOn: z.string().nullable(),
  subjects: z.number().int(),
  scoresDone: z.number().int(),
  scoresExpected: z.number().int(),
  publishedAt: z.string().nullable(),
});
export type TRoundSummary = z.infer<typeof ZRoundSummary>;
export const ZRoundDetail = ZRoundSummary.extend({
  definition: ZSchemeDefinition,
  starThresholds: z.array(z.object({ stars: z.number(), min: z.number() })),
  subjectList: z.array(ZSubject),
});
export type TRoundDetail = z.infer<typeof ZRoundDetail>;

export const ZMissingScore = z.object({
  subjectId: z.string(),
  subjectName: z.string(),
  expertId: z.string(),
  expertName: z.string(),
  indicatorKey: z.string(),
  indicatorName: z.string(),
});

/** An expert's task: one assigned subject of an open round, its expert indicators, the evidence and the expert's own scores. */
export const ZTask = z.object({
  id: z.string(),
  roundId: z.string(),
  roundName: z.string(),
  dueOn: z.string().nullable(),
  subjectId: z.string(),
  subjectName: z.string(),
  indicators: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      maxScore: z.number(),
      rubric: z.string(),
      evidence: ZEvidence.nullable(),
      score: z.number().nullable(),
      comment: z.string().nullable(),
    }),
  ),
  missing: z.number().int(),
});
export type TTask = z.infer<typeof ZTask>;

/** One line of a published ranking (public and board). */
export const ZRankingRow = z.object({
  subjectId: z.string(),
  name: z.string(),
  total: z.number(),
  rank: z.number().int(),
  stars: z.number().int(),
  consequence: z.enum(Consequence.values),
  version: z.number().int(),
  corrected: z.boolean(),
  contributions: z.array(ZContribution.extend({ name: z.string(), dimension: z.string() })),
});
export const ZPublishedRound = z.object({
  id: z.string(),
  name: z.string(),
  schemeName: z.string(),
  schemeVersion: z.number().int(),
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  publishedAt: z.string(),
  rows: z.array(ZRankingRow),
});
export type TPublishedRound = z.infer<typeof ZPublishedRound>;
