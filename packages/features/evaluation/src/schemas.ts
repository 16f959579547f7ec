import { z } from "zod";
import { defineEnum, labelled, text, weightsProblem, type TLabel } from "@qifu/domain";

/** 评价考核 (issue 13 pt 2): schemes of dimensions and weighted indicators; zod, safe in the browser and on the server. */
export const SubjectKind = defineEnum({
  TOWN: { zh: "镇街", en: "Towns" },
  NODE: { zh: "服务节点", en: "Service nodes" },
});
export type TSubjectKind = (typeof SubjectKind.values)[number];

export const SchemeStatus = defineEnum({
  DRAFT: { zh: "草稿", en: "Draft" },
  ACTIVE: { zh: "启用", en: "Active" },
  ARCHIVED: { zh: "停用", en: "Archived" },
});
export type TSchemeStatus = (typeof SchemeStatus.values)[number];

export const IndicatorKind = defineEnum({
  COMPUTED: { zh: "数据计算", en: "Computed" },
  EXPERT: { zh: "专家评分", en: "Expert-scored" },
});

export const RuleKind = defineEnum({
  LINEAR: { zh: "线性（保底值→目标值）", en: "Linear (floor → target)" },
  THRESHOLDS: { zh: "分档", en: "Thresholds" },
  RANK: { zh: "按排名", en: "By rank" },
});

const num = (zh: string, en: string) => labelled(z.number({ message: `${zh}须为数字 / ${en} must be a number` }).finite(), zh, en);

export const ZScoringRule = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("LINEAR"), floor: num("保底值", "Floor"), target: num("目标值", "Target") }),
  z.strictObject({
    kind: z.literal("THRESHOLDS"),
    steps: labelled(
      z
        .array(z.strictObject({ min: num("下限", "Minimum"), share: labelled(z.number().min(0).max(1), "得分比例", "Share") }))
        .min(1)
        .max(10),
      "分档",
      "Steps",
    ),
  }),
  z.strictObject({ kind: z.literal("RANK"), higherIsBetter: z.boolean().default(true) }),
]);
export type TScoringRule = z.infer<typeof ZScoringRule>;

const indicatorBase = {
  key: labelled(
    z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, { message: "编号须为小写字母开头的字母数字 / key: lower-case letters, digits, _" }),
    "指标编号",
    "Key",
  ),
  name: text("指标名称", "Indicator name", { min: 2, max: 60 }),
  weight: labelled(z.number().positive({ message: "权重须大于 0 / weight must be above 0" }).max(100), "权重", "Weight"),
};
export const ZIndicator = z.discriminatedUnion("kind", [
  z.strictObject({
    ...indicatorBase,
    kind: z.literal("COMPUTED"),
    metricKey: labelled(z.string().min(1).max(80), "数据指标", "Metric"),
    rule: ZScoringRule,
  }),
  z.strictObject({
    ...indicatorBase,
    kind: z.literal("EXPERT"),
    maxScore: labelled(z.number().positive().max(1000), "满分", "Maximum score"),
    rubric: text("评分标准", "Rubric", { min: 2, max: 2000 }),
    evidence: labelled(z.string().max(500).optional(), "佐证材料要求", "Evidence asked for"),
  }),
]);
export type TIndicator = z.infer<typeof ZIndicator>;

export const ZDimension = z.strictObject({
  name: text("维度名称", "Dimension name", { min: 2, max: 60 }),
  indicators: labelled(
    z.array(ZIndicator).min(1, { message: "每个维度至少一个指标 / each dimension needs an indicator" }).max(20),
    "指标",
    "Indicators",
  ),
});

/** Every indicator of a definition, in order. */
export const indicatorsOf = (d: { dimensions: { indicators: TIndicator[] }[] }) => d.dimensions.flatMap((x) => x.indicators);

/** Dimensions → indicators (the weights' total and unique keys: `definitionProblem`, checked by the server and shown live by the editor). */
export const ZSchemeDefinition = z.strictObject({ dimensions: labelled(z.array(ZDimension).min(1).max(10), "维度", "Dimensions") });

/** What is wrong with a definition as a whole, in both languages, or null: weights must sum to 100, keys be unique. */
export function definitionProblem(d: TSchemeDefinition): TLabel | null {
  const all = indicatorsOf(d);
  const weights = weightsProblem(all.map((i) => i.weight));
  if (weights) return weights;
  const keys = all.map((i) => i.key);
  const dup = keys.find((k, i) => keys.indexOf(k) !== i);
  return dup ? { zh: `指标编号重复：${dup}`, en: `Duplicate indicator key: ${dup}` } : null;
}
export type TSchemeDefinition = z.infer<typeof ZSchemeDefinition>;

export const ZStarThresholds = labelled(
  z
    .array(z.strictObject({ stars: z.number().int().min(2).max(5), min: z.number().min(0).max(100) }))
    .max(4)
    .refine((t) => t.every((x, i) => i === 0 || (x.stars < t[i - 1]!.stars && x.min < t[i - 1]!.min)), {
      message: "星级门槛须按星级从高到低、分数递减 / star thresholds must go down in stars and in score",
    }),
  "星级门槛",
  "Star thresholds",
);

const schemeFields = {
  name: text("方案名称", "Scheme name", { min: 2, max: 80 }),
  subjectKind: labelled(z.enum(SubjectKind.values), "评价对象", "Subjects"),
  nodeKind: labelled(
    z.preprocess((v) => (v === "" ? null : v), z.string().max(40).nullable().optional()),
    "载体类型",
    "Carrier kind",
  ),
  definition: ZSchemeDefinition,
  starThresholds: ZStarThresholds,
  status: labelled(z.enum(SchemeStatus.values), "状态", "Status"),
  description: labelled(z.string().max(2000).nullable().optional(), "说明", "Description"),
};
export const ZSchemeCreate = z.strictObject({
  ...schemeFields,
  status: schemeFields.status.default("DRAFT"),
  starThresholds: schemeFields.starThresholds.default([
    { stars: 5, min: 90 },
    { stars: 4, min: 80 },
    { stars: 3, min: 70 },
    { stars: 2, min: 60 },
  ]),
});
export const ZSchemeUpdate = z.strictObject(schemeFields).partial();
export type TSchemeCreate = z.infer<typeof ZSchemeCreate>;
export type TSchemeUpdate = z.infer<typeof ZSchemeUpdate>;
export const ZSchemeFilter = z.object({ q: z.string().max(100).optional(), status: z.enum(SchemeStatus.values).optional() });

export const ZScheme = z.object({
  id: z.string(),
  name: z.string(),
  subjectKind: z.enum(SubjectKind.values),
  nodeKind: z.string().nullable(),
  version: z.number().int(),
  definition: ZSchemeDefinition,
  starThresholds: z.array(z.object({ stars: z.number(), min: z.number() })),
  status: z.enum(SchemeStatus.values),
  description: z.string().nullable(),
  rounds: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TScheme = z.infer<typeof ZScheme>;

export const ZMetricChoice = z.object({
  key: z.string(),
  label: z.object({ zh: z.string(), en: z.string() }),
  unit: z.object({ zh: z.string(), en: z.string() }),
  /** It can be computed for one service node (a scheme over nodes may use it). */
  nodes: z.boolean(),
});
