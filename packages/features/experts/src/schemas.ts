import { z } from "zod";
import { defineEnum, labelled, text } from "@qifu/domain";
import { carrierDtoFields, carrierFilterFields, carrierPublicSearch, ZCarrierCount, ZCarrierProgress } from "@qifu/carrier-kit/schemas";

/** 专家库 (expert): zod schemas and types, safe in the browser and on the server. */
export const ExpertStatus = defineEnum({
  ACTIVE: { zh: "运营中", en: "Active" },
  SUSPENDED: { zh: "暂停", en: "Suspended" },
  CLOSED: { zh: "已关闭", en: "Closed" },
});
export type TExpertStatus = (typeof ExpertStatus.values)[number];

/** The metric key of this feature's target formula (targets are data: scope, year, key, value). */
export const EXPERTS_COUNT_METRIC = "experts.count";
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
const expertFields = {
  name: text("名称", "Name", { min: 2, max: 80 }),
  townId: labelled(z.string().min(1).max(64), "所属镇街", "Town"),
  operatorNodeId: labelled(z.preprocess(blankToNull, z.string().max(64).nullable().optional()), "运营节点", "Operator node"),
  status: labelled(z.enum(ExpertStatus.values), "状态", "Status"),
  openedOn: isoDate("启用日期", "Opened on"),
  description: optionalText("简介", "Description", 2000),
};

export const ZExpertCreate = z.strictObject({ ...expertFields, status: expertFields.status.default("ACTIVE") });
export const ZExpertUpdate = z.strictObject(expertFields).partial();
export type TExpertCreate = z.infer<typeof ZExpertCreate>;
export type TExpertUpdate = z.infer<typeof ZExpertUpdate>;

export const ZExpertFilter = z.object({
  ...carrierFilterFields,
  status: z.enum(ExpertStatus.values).optional(),
});

export const ZExpert = z.object({
  ...carrierDtoFields,
  status: z.enum(ExpertStatus.values),
  openedOn: z.string().nullable(),
  description: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TExpert = z.infer<typeof ZExpert>;

export const ZExpertPublicSearch = carrierPublicSearch();
export type TExpertPublicSearch = z.input<typeof ZExpertPublicSearch>;

export const ZExpertsStats = z.object({
  total: z.number().int(),
  active: z.number().int(),
  byTown: z.array(ZCarrierCount),
  byStatus: z.array(ZCarrierCount),
  /** The district's target and the live figure for each target year (target null: none set). */
  progress: ZCarrierProgress,
});
export type TExpertsStats = z.infer<typeof ZExpertsStats>;
