import { z } from "zod";
import { CultivationTier, defineEnum, labelled, SizeClass, text } from "@qifu/domain";

/** 政策直享 (issue 16 pt 1): zod schemas and types, safe in the browser and on the server. */
export const PolicyLevel = defineEnum({
  NATIONAL: { zh: "国家级", en: "National" },
  PROVINCIAL: { zh: "省级", en: "Provincial" },
  MUNICIPAL: { zh: "市级", en: "Municipal" },
  DISTRICT: { zh: "区级", en: "District" },
});
export type TPolicyLevel = (typeof PolicyLevel.values)[number];

export const SupportKind = defineEnum({
  SUBSIDY: { zh: "资金补贴", en: "Subsidy" },
  INTEREST_SUBSIDY: { zh: "贷款贴息", en: "Interest subsidy" },
  AWARD: { zh: "奖励", en: "Award" },
  REDUCTION: { zh: "减免", en: "Reduction" },
});
export type TSupportKind = (typeof SupportKind.values)[number];

export const PolicyStatus = defineEnum({
  DRAFT: { zh: "草稿", en: "Draft" },
  PUBLISHED: { zh: "已发布", en: "Published" },
  CLOSED: { zh: "已停止", en: "Closed" },
});
export type TPolicyStatus = (typeof PolicyStatus.values)[number];

export const ApplicationStatus = defineEnum({
  SUBMITTED: { zh: "待审核", en: "Submitted" },
  APPROVED: { zh: "已兑现", en: "Approved" },
  REJECTED: { zh: "未通过", en: "Rejected" },
  WITHDRAWN: { zh: "已撤回", en: "Withdrawn" },
});
export type TApplicationStatus = (typeof ApplicationStatus.values)[number];

/** What a policy means to one enterprise. */
export const Eligibility = defineEnum({
  QUALIFIES: { zh: "可享受", en: "Qualifies" },
  NEARLY: { zh: "差一项条件", en: "Nearly qualifies" },
  CANNOT: { zh: "暂不符合", en: "Does not qualify" },
});
export type TEligibility = (typeof Eligibility.values)[number];

const blankToNull = (v: unknown) => (v === "" ? null : v);
const optionalText = (zh: string, en: string, max: number) =>
  labelled(z.preprocess(blankToNull, text(zh, en, { max }).nullable().optional()), zh, en);
const isoDate = (zh: string, en: string) =>
  labelled(
    z.preprocess(blankToNull, z.iso.date({ message: "日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD" }).nullable().optional()),
    zh,
    en,
  );
const optionalInt = (zh: string, en: string, max: number) =>
  labelled(z.preprocess(blankToNull, z.number().int().min(0).max(max).nullable().optional()), zh, en);
const ids = (zh: string, en: string, maxItems: number) => labelled(z.array(z.string().min(1).max(64)).max(maxItems), zh, en);
/** A GB/T 4754 prefix: a section letter, a division (2 digits) or a class (4 digits). */
const ZIndustryPrefix = z.string().regex(/^([A-T]|\d{2}|\d{3}|\d{4})$/, {
  message: "行业代码应为门类字母（C）或 2～4 位代码（19、1923） / an industry code is a section letter or 2–4 digits",
});

/** A policy's eligibility criteria, as data. */
const criteriaFields = {
  townIds: ids("适用镇街", "Towns", 20),
  industryCodes: labelled(z.array(ZIndustryPrefix).max(50), "适用行业（GB/T 4754）", "Industries (GB/T 4754)"),
  sizeClasses: labelled(z.array(z.enum(SizeClass.values)).max(4), "企业规模", "Size classes"),
  tiers: labelled(z.array(z.enum(CultivationTier.values)).max(5), "培育层级", "Cultivation tiers"),
  minYears: optionalInt("成立年限不少于（年）", "Years in business at least", 100),
  revenueMinWan: optionalInt("营业收入不低于（万元）", "Revenue from (CNY 10k)", 100_000_000),
  revenueMaxWan: optionalInt("营业收入不高于（万元）", "Revenue up to (CNY 10k)", 100_000_000),
  employeesMin: optionalInt("从业人员不少于", "Employees from", 10_000_000),
  employeesMax: optionalInt("从业人员不多于", "Employees up to", 10_000_000),
  tags: labelled(z.array(text("标签", "Tag", { max: 20 })).max(10), "须具备的标签", "Required tags"),
  notReceivedPolicyId: labelled(
    z.preprocess(blankToNull, z.string().max(64).nullable().optional()),
    "未享受过的政策",
    "Not received policy",
  ),
  notReceivedYears: optionalInt("未享受年限（年）", "Within years", 20),
};

/** The fields a form edits; one set for create and edit. */
const policyFields = {
  title: text("政策名称", "Title", { min: 4, max: 120 }),
  issuer: text("发文机关", "Issuing body", { min: 2, max: 80 }),
  level: labelled(z.enum(PolicyLevel.values), "政策层级", "Level"),
  docNumber: optionalText("文号", "Document number", 60),
  issuedOn: isoDate("发文日期", "Issued on"),
  effectiveFrom: isoDate("有效期起", "Effective from"),
  effectiveTo: isoDate("有效期止", "Effective to"),
  applyFrom: isoDate("申报开始", "Applications open"),
  applyTo: isoDate("申报截止", "Applications close"),
  summary: text("政策解读（通俗说明）", "Plain-words summary", { min: 10, max: 2000 }),
  fullText: labelled(z.string().max(50_000), "政策原文", "Full text"),
  supportKind: labelled(z.enum(SupportKind.values), "支持方式", "Support kind"),
  supportText: text("支持内容", "Support", { min: 2, max: 500 }),
  maxAmountFen: optionalInt("单个企业最高金额（分）", "Most per enterprise (fen)", 2_000_000_000),
  handlerNodeId: labelled(z.preprocess(blankToNull, z.string().max(64).nullable().optional()), "受理服务节点", "Handling node"),
  handlerDepartmentId: labelled(z.preprocess(blankToNull, z.string().max(64).nullable().optional()), "受理部门", "Handling department"),
  howToApply: labelled(z.string().max(2000), "申报方式", "How to apply"),
  autoGrant: labelled(z.boolean(), "免申即享", "Granted without application"),
  ...criteriaFields,
};

/** Create fills what a form leaves out; update touches only what it names (no defaults there). */
export const ZPolicyCreate = z.strictObject({
  ...policyFields,
  fullText: policyFields.fullText.default(""),
  howToApply: policyFields.howToApply.default(""),
  autoGrant: policyFields.autoGrant.default(false),
  townIds: policyFields.townIds.default([]),
  industryCodes: policyFields.industryCodes.default([]),
  sizeClasses: policyFields.sizeClasses.default([]),
  tiers: policyFields.tiers.default([]),
  tags: policyFields.tags.default([]),
});
export const ZPolicyUpdate = z.strictObject(policyFields).partial();
export type TPolicyCreate = z.infer<typeof ZPolicyCreate>;
export type TPolicyUpdate = z.infer<typeof ZPolicyUpdate>;

export const ZPolicyFilter = z.object({
  status: z.enum(PolicyStatus.values).optional(),
  level: z.enum(PolicyLevel.values).optional(),
  supportKind: z.enum(SupportKind.values).optional(),
  autoGrant: z.boolean().optional(),
  handlerNodeId: z.string().max(64).optional(),
});

export const ZPolicy = z.object({
  id: z.string(),
  title: z.string(),
  issuer: z.string(),
  level: z.enum(PolicyLevel.values),
  docNumber: z.string().nullable(),
  issuedOn: z.string().nullable(),
  effectiveFrom: z.string().nullable(),
  effectiveTo: z.string().nullable(),
  applyFrom: z.string().nullable(),
  applyTo: z.string().nullable(),
  summary: z.string(),
  fullText: z.string(),
  supportKind: z.enum(SupportKind.values),
  supportText: z.string(),
  maxAmountFen: z.number().int().nullable(),
  handlerNodeId: z.string().nullable(),
  handlerDepartmentId: z.string().nullable(),
  handlerName: z.string().nullable(),
  howToApply: z.string(),
  autoGrant: z.boolean(),
  status: z.enum(PolicyStatus.values),
  version: z.number().int(),
  publishedAt: z.string().nullable(),
  townIds: z.array(z.string()),
  industryCodes: z.array(z.string()),
  sizeClasses: z.array(z.enum(SizeClass.values)),
  tiers: z.array(z.enum(CultivationTier.values)),
  minYears: z.number().int().nullable(),
  revenueMinWan: z.number().int().nullable(),
  revenueMaxWan: z.number().int().nullable(),
  employeesMin: z.number().int().nullable(),
  employeesMax: z.number().int().nullable(),
  tags: z.array(z.string()),
  notReceivedPolicyId: z.string().nullable(),
  notReceivedYears: z.number().int().nullable(),
  /** who qualifies, as readable sentences (zh, en) */
  whoQualifies: z.array(z.object({ zh: z.string(), en: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TPolicy = z.infer<typeof ZPolicy>;

export const ZPublicPolicySearch = z.object({
  q: z.string().max(100).optional(),
  level: z.enum(PolicyLevel.values).optional(),
  supportKind: z.enum(SupportKind.values).optional(),
  page: z.number().int().min(1).max(1000).default(1),
  perPage: z.number().int().min(1).max(50).default(12),
});
export type TPublicPolicySearch = z.input<typeof ZPublicPolicySearch>;
export const ZPublicPolicies = z.object({ data: z.array(ZPolicy), total: z.number().int() });

const ZReason = z.object({ zh: z.string(), en: z.string() });
/** One policy as it stands for one enterprise. */
export const ZPolicyFit = z.object({
  policy: ZPolicy,
  eligibility: z.enum(Eligibility.values),
  reasons: z.array(ZReason),
  /** the criteria the enterprise misses (one for NEARLY) */
  missing: z.array(ZReason),
  /** this enterprise's open or granted application, if any */
  applicationStatus: z.enum(ApplicationStatus.values).nullable(),
});
export type TPolicyFit = z.infer<typeof ZPolicyFit>;
export const ZEnterprisePolicies = z.object({
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  qualifies: z.array(ZPolicyFit),
  nearly: z.array(ZPolicyFit),
  cannot: z.array(ZPolicyFit),
});
export type TEnterprisePolicies = z.infer<typeof ZEnterprisePolicies>;

/** 免申即享: the enterprises that will receive a policy, for the handling unit to confirm. */
export const ZAutoRecipients = z.object({
  policyId: z.string(),
  data: z.array(
    z.object({
      enterpriseId: z.string(),
      enterpriseName: z.string(),
      townName: z.string().nullable(),
      reasons: z.array(ZReason),
      granted: z.boolean(),
    }),
  ),
});
export type TAutoRecipients = z.infer<typeof ZAutoRecipients>;
export const ZConfirmAuto = z.object({
  policyId: z.string().min(1).max(64),
  /** confirm these (default: every enterprise that qualifies now) */
  enterpriseIds: z.array(z.string().min(1).max(64)).max(5000).optional(),
  amountFen: z.number().int().min(0).max(2_000_000_000).optional(),
});
export const ZConfirmAutoResult = z.object({ granted: z.number().int(), alreadyGranted: z.number().int() });

export const ZPublishResult = z.object({ version: z.number().int(), pushedEnterprises: z.number().int(), recipients: z.number().int() });

// ---- applications --------------------------------------------------------------------------

export const ZApplicationCreate = z.strictObject({
  policyId: labelled(z.string().min(1).max(64), "政策", "Policy"),
  material: text("申报材料说明", "Material", { min: 10, max: 5000 }),
  requestedFen: optionalInt("申请金额（分）", "Amount requested (fen)", 2_000_000_000),
});
export type TApplicationCreate = z.infer<typeof ZApplicationCreate>;
export const ZApplicationFilter = z.object({
  status: z.enum(ApplicationStatus.values).optional(),
  policyId: z.string().max(64).optional(),
  townId: z.string().max(64).optional(),
  auto: z.boolean().optional(),
  q: z.string().max(100).optional(),
});
export const ZApplication = z.object({
  id: z.string(),
  policyId: z.string(),
  policyTitle: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  status: z.enum(ApplicationStatus.values),
  auto: z.boolean(),
  material: z.string(),
  requestedFen: z.number().int().nullable(),
  grantedFen: z.number().int().nullable(),
  reviewNote: z.string().nullable(),
  submittedAt: z.string(),
  reviewedAt: z.string().nullable(),
});
export type TApplication = z.infer<typeof ZApplication>;
export const ZApplicationReview = z.strictObject({
  id: z.string().min(1).max(64),
  decision: z.enum(["APPROVED", "REJECTED"]),
  grantedFen: optionalInt("兑现金额（分）", "Amount granted (fen)", 2_000_000_000),
  note: optionalText("审核意见", "Review note", 1000),
});

// ---- figures -------------------------------------------------------------------------------

const ZFigureRow = z.object({
  key: z.string(),
  label: z.object({ zh: z.string(), en: z.string() }),
  pushed: z.number().int(),
  applied: z.number().int(),
  granted: z.number().int(),
  amountFen: z.number().int(),
});
export const ZPoliciesStats = z.object({
  year: z.number().int(),
  /** "全区" or the caller's town */
  scope: z.object({ zh: z.string(), en: z.string() }),
  totals: ZFigureRow.omit({ key: true, label: true }),
  byTown: z.array(ZFigureRow),
  byPolicy: z.array(ZFigureRow),
});
export type TPoliciesStats = z.infer<typeof ZPoliciesStats>;

/** The metric keys of this feature's figures (targets and the board read them). */
export const GRANTED_METRIC = "policies.granted";
export const GRANTED_AMOUNT_METRIC = "policies.grantedAmount";
