import { z } from "zod";
import { defineEnum, labelled, text } from "@qifu/domain";
import { carrierDtoFields, carrierFilterFields, carrierPublicSearch, ZCarrierCount, ZCarrierProgress } from "@qifu/carrier-kit/schemas";

/** 政策直享 (Policy): zod schemas and types, safe in the browser and on the server. */
export const PolicyStatus = defineEnum({
  ACTIVE: { zh: "运营中", en: "Active" },
  SUSPENDED: { zh: "暂停", en: "Suspended" },
  CLOSED: { zh: "已关闭", en: "Closed" },
});
export type TPolicyStatus = (typeof PolicyStatus.values)[number];

/** The metric key of this feature's target formula (targets are data: scope, year, key, value). */
export const POLICIES_COUNT_METRIC = "policies.count";
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
const policyFields = {
  name: text("名称", "Name", { min: 2, max: 80 }),
  townId: labelled(z.string().min(1).max(64), "所属镇街", "Town"),
  operatorNodeId: labelled(z.preprocess(blankToNull, z.string().max(64).nullable().optional()), "运营节点", "Operator node"),
  status: labelled(z.enum(PolicyStatus.values), "状态", "Status"),
  openedOn: isoDate("启用日期", "Opened on"),
  description: optionalText("简介", "Description", 2000),
};

export const ZPolicyCreate = z.strictObject({ ...policyFields, status: policyFields.status.default("ACTIVE") });
export const ZPolicyUpdate = z.strictObject(policyFields).partial();
export type TPolicyCreate = z.infer<typeof ZPolicyCreate>;
export type TPolicyUpdate = z.infer<typeof ZPolicyUpdate>;

export const ZPolicyFilter = z.object({
  ...carrierFilterFields,
  status: z.enum(PolicyStatus.values).optional(),
});

export const ZPolicy = z.object({
  ...carrierDtoFields,
  status: z.enum(PolicyStatus.values),
  openedOn: z.string().nullable(),
  description: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TPolicy = z.infer<typeof ZPolicy>;

export const ZPolicyPublicSearch = carrierPublicSearch();
export type TPolicyPublicSearch = z.input<typeof ZPolicyPublicSearch>;

export const ZPoliciesStats = z.object({
  total: z.number().int(),
  active: z.number().int(),
  byTown: z.array(ZCarrierCount),
  byStatus: z.array(ZCarrierCount),
  /** The district's target and the live figure for each target year (target null: none set). */
  progress: ZCarrierProgress,
});
export type TPoliciesStats = z.infer<typeof ZPoliciesStats>;
