import { z } from "zod";
import { defineEnum, labelled, text } from "@qifu/domain";
import { carrierDtoFields, carrierFilterFields, carrierPublicSearch, ZCarrierCount, ZCarrierProgress } from "@qifu/carrier-kit/schemas";

/** 评价考核 (evaluation scheme): zod schemas and types, safe in the browser and on the server. */
export const EvaluationSchemeStatus = defineEnum({
  ACTIVE: { zh: "运营中", en: "Active" },
  SUSPENDED: { zh: "暂停", en: "Suspended" },
  CLOSED: { zh: "已关闭", en: "Closed" },
});
export type TEvaluationSchemeStatus = (typeof EvaluationSchemeStatus.values)[number];

/** The metric key of this feature's target formula (targets are data: scope, year, key, value). */
export const EVALUATION_COUNT_METRIC = "evaluation.count";
/** The target years the board shows. */
export const TARGET_YEARS = [2025, 2026, 2027] as const;

const blankToNull = (v: unknown) => (v === "" ? null : v);
const optionalText = (zh: string, en: string, max: number) =>
  labelled(z.preprocess(blankToNull, text(zh, en, { max }).nullable().optional()), zh, en);
const isoDate = (zh: string, en: string) =>
  labelled(
    z.preprocess(blankToNull, z.iso.date({ message: "日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD" }).nullable().optional()),
    zh,
    en,
  );

/** The fields a form edits; one set for create and edit. */
const evaluationSchemeFields = {
  name: text("名称", "Name", { min: 2, max: 80 }),
  townId: labelled(z.string().min(1).max(64), "所属镇街", "Town"),
  operatorNodeId: labelled(z.preprocess(blankToNull, z.string().max(64).nullable().optional()), "运营节点", "Operator node"),
  status: labelled(z.enum(EvaluationSchemeStatus.values), "状态", "Status"),
  openedOn: isoDate("启用日期", "Opened on"),
  description: optionalText("简介", "Description", 2000),
};

export const ZEvaluationSchemeCreate = z.strictObject({
  ...evaluationSchemeFields,
  status: evaluationSchemeFields.status.default("ACTIVE"),
});
export const ZEvaluationSchemeUpdate = z.strictObject(evaluationSchemeFields).partial();
export type TEvaluationSchemeCreate = z.infer<typeof ZEvaluationSchemeCreate>;
export type TEvaluationSchemeUpdate = z.infer<typeof ZEvaluationSchemeUpdate>;

export const ZEvaluationSchemeFilter = z.object({
  ...carrierFilterFields,
  status: z.enum(EvaluationSchemeStatus.values).optional(),
});

export const ZEvaluationScheme = z.object({
  ...carrierDtoFields,
  status: z.enum(EvaluationSchemeStatus.values),
  openedOn: z.string().nullable(),
  description: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TEvaluationScheme = z.infer<typeof ZEvaluationScheme>;

export const ZEvaluationSchemePublicSearch = carrierPublicSearch();
export type TEvaluationSchemePublicSearch = z.input<typeof ZEvaluationSchemePublicSearch>;

export const ZEvaluationStats = z.object({
  total: z.number().int(),
  active: z.number().int(),
  byTown: z.array(ZCarrierCount),
  byStatus: z.array(ZCarrierCount),
  /** The district's target and the live figure for each target year (target null: none set). */
  progress: ZCarrierProgress,
});
export type TEvaluationStats = z.infer<typeof ZEvaluationStats>;
