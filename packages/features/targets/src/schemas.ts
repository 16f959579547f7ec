import { z } from "zod";
import { labelled, text } from "@qifu/domain";

const ZLabel = z.object({ zh: z.string(), en: z.string() });

export const ZTarget = z.object({
  id: z.string(),
  scopeKey: z.string(),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  year: z.number().int(),
  metricKey: z.string(),
  metricLabel: ZLabel,
  value: z.number(),
  note: z.string().nullable(),
  /** 依据: the plan or notice the target comes from */
  source: z.string().nullable(),
});
export type TTarget = z.infer<typeof ZTarget>;

const targetFields = {
  townId: labelled(
    z.preprocess((v) => (v === "" ? null : v), z.string().max(64).nullable().optional()),
    "范围（镇街）",
    "Scope (town)",
  ),
  year: labelled(z.number().int().min(2020).max(2100), "年度", "Year"),
  metricKey: labelled(z.string().min(1).max(80), "指标", "Metric"),
  value: labelled(z.number().min(0).max(1e12), "目标值", "Target value"),
  note: labelled(
    z.preprocess((v) => (v === "" ? null : v), text("备注", "Note", { max: 500 }).nullable().optional()),
    "备注",
    "Note",
  ),
  source: labelled(
    z.preprocess((v) => (v === "" ? null : v), text("依据", "Source", { max: 300 }).nullable().optional()),
    "依据",
    "Source",
  ),
};
export const ZTargetCreate = z.strictObject(targetFields);
export const ZTargetUpdate = z.strictObject(targetFields).partial();
export const ZTargetFilter = z.object({
  year: z.number().int().optional(),
  metricKey: z.string().max(80).optional(),
  townId: z.string().max(64).optional(),
});

export const ZTargetProgress = z.object({
  targetId: z.string(),
  metricKey: z.string(),
  label: ZLabel,
  unit: ZLabel,
  year: z.number().int(),
  scopeKey: z.string(),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  target: z.number(),
  actual: z.number(),
  /** actual / target, 0..∞ */
  ratio: z.number(),
  /** how the metric adds up (stock, flow, rate): the UI judges the target with domain targetStatus */
  kind: z.enum(["stock", "flow", "rate"]),
  /** the metric's place among the board's headline figures (null: after those with one) */
  boardOrder: z.number().nullable(),
  /** 依据: the plan the target comes from */
  source: z.string().nullable(),
  note: z.string().nullable(),
});
export type TTargetProgress = z.infer<typeof ZTargetProgress>;
export const ZMetricInfo = z.object({ key: z.string(), label: ZLabel, unit: ZLabel, kind: z.enum(["stock", "flow", "rate"]).optional() });
export type TMetricInfo = z.infer<typeof ZMetricInfo>;
