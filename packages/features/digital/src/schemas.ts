import { z } from "zod";
import { defineEnum, labelled, text } from "@qifu/domain";

export { LEVEL_LABELS, industryKindOf, levelOf, scoreAnswers, type TScore } from "./scoring";

/** 数字化转型 (issue 18): zod schemas and types, safe in the browser and on the server. Money in fen. */
export const DigitalIndustry = defineEnum({
  MANUFACTURING: { zh: "制造业", en: "Manufacturing" },
  PRODUCER_SERVICES: { zh: "生产性服务业", en: "Producer services" },
  OTHER: { zh: "其他行业", en: "Other industries" },
});
/** The four dimensions of the MIIT indicator set (工信厅企业〔2024〕56号). */
export const DigitalDimension = defineEnum({
  BASE: { zh: "数字化基础", en: "Digital foundation" },
  OPERATION: { zh: "数字化经营", en: "Digital operations" },
  MANAGEMENT: { zh: "数字化管理", en: "Digital management" },
  EFFECT: { zh: "数字化成效", en: "Digital results" },
});
export const DigitalScenario = defineEnum({
  RND: { zh: "研发设计", en: "R&D and design" },
  PRODUCTION: { zh: "生产管控", en: "Production control" },
  SUPPLY: { zh: "采购供应", en: "Purchasing and supply" },
  MARKETING: { zh: "营销服务", en: "Marketing and service" },
  MANAGEMENT: { zh: "经营管理", en: "Business management" },
  SECURITY: { zh: "网络与数据安全", en: "Network and data security" },
  INFRA: { zh: "数字基础设施", en: "Digital infrastructure" },
});
export const DiagnosisStatus = defineEnum({
  DRAFT: { zh: "草稿", en: "Draft" },
  COMMITTED: { zh: "已提交", en: "Committed" },
});
export const Timeline = defineEnum({
  WITHIN_3M: { zh: "3个月内", en: "Within 3 months" },
  WITHIN_6M: { zh: "半年内", en: "Within 6 months" },
  WITHIN_1Y: { zh: "一年内", en: "Within a year" },
  LATER: { zh: "一年以后", en: "Later" },
});
export const NeedStatus = defineEnum({
  OPEN: { zh: "对接中", en: "Open" },
  ADOPTED: { zh: "已采用方案", en: "Solution adopted" },
  CLOSED: { zh: "已关闭", en: "Closed" },
});
export const SolutionStatus = defineEnum({
  PENDING: { zh: "待审核", en: "Waiting for review" },
  PUBLISHED: { zh: "已发布", en: "Published" },
  REJECTED: { zh: "已退回", en: "Returned" },
  WITHDRAWN: { zh: "已下架", en: "Withdrawn" },
});
export const ContactStatus = defineEnum({
  SENT: { zh: "待回复", en: "Waiting for an answer" },
  TALKING: { zh: "洽谈中", en: "In talks" },
  ADOPTED: { zh: "已采用", en: "Adopted" },
  NOT_ADOPTED: { zh: "未采用", en: "Not adopted" },
});
export type TDigitalIndustry = (typeof DigitalIndustry.values)[number];
export type TDigitalDimension = (typeof DigitalDimension.values)[number];
export type TDigitalScenario = (typeof DigitalScenario.values)[number];
export type TTimeline = (typeof Timeline.values)[number];
export type TNeedStatus = (typeof NeedStatus.values)[number];
export type TSolutionStatus = (typeof SolutionStatus.values)[number];
export type TContactStatus = (typeof ContactStatus.values)[number];

/** The metric keys of this feature (targets are data; the town map reads the average level per town). */
export const DIAGNOSED_METRIC = "digital.diagnosed";
export const AVERAGE_LEVEL_METRIC = "digital.averageLevel";
/** The source of the seeded 专精特新 criterion the diagnosis level feeds. */
export const DIGITAL_LEVEL_SOURCE = "工信部企业〔2022〕63号 附件2";

const ZLabel = z.object({ zh: z.string(), en: z.string() });
const blankToNull = (v: unknown) => (v === "" ? null : v);
const optionalText = (zh: string, en: string, max: number) =>
  labelled(z.preprocess(blankToNull, text(zh, en, { max }).nullable().optional()), zh, en);
const DATE_MESSAGE = "日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD";
const id = (zh: string, en: string) => labelled(z.string().min(1).max(64), zh, en);
/** int4 column in fen: at most 2,000 万元. */
const fen = (zh: string, en: string) => labelled(z.number().int().min(0).max(2_000_000_000), zh, en);
const points = labelled(z.number().int().min(0).max(100), "分值", "Points");

// ── indicator sets ───────────────────────────────────────────────────────────
export const ZOption = z.strictObject({ label: text("选项", "Option", { min: 1, max: 200 }), points });
export type TOption = z.infer<typeof ZOption>;
const thresholdFields = {
  level1Min: labelled(z.number().int().min(0).max(100), "一级最低分", "Level 1 from"),
  level2Min: labelled(z.number().int().min(0).max(100), "二级最低分", "Level 2 from"),
  level3Min: labelled(z.number().int().min(0).max(100), "三级最低分", "Level 3 from"),
  level4Min: labelled(z.number().int().min(0).max(100), "四级最低分", "Level 4 from"),
};
const setFields = {
  name: text("指标表名称", "Name", { min: 2, max: 100 }),
  industry: labelled(z.enum(DigitalIndustry.values), "适用行业", "Industry"),
  edition: text("版本", "Edition", { min: 2, max: 20 }),
  source: text("依据", "Source", { min: 2, max: 200 }),
  ...thresholdFields,
  thresholdsPlaceholder: labelled(z.boolean(), "等级分数线待确认", "Thresholds to confirm"),
  active: labelled(z.boolean(), "启用", "Active"),
};
export const ZSetCreate = z.strictObject({
  ...setFields,
  thresholdsPlaceholder: setFields.thresholdsPlaceholder.default(true),
  active: setFields.active.default(true),
});
export const ZSetUpdate = z.strictObject(setFields).partial();
export type TSetCreate = z.infer<typeof ZSetCreate>;
export type TSetUpdate = z.infer<typeof ZSetUpdate>;
export const ZSetFilter = z.object({ q: z.string().max(100).optional(), industry: z.enum(DigitalIndustry.values).optional() });
export const ZIndicatorSet = z.object({
  id: z.string(),
  name: z.string(),
  industry: z.enum(DigitalIndustry.values),
  edition: z.string(),
  source: z.string(),
  level1Min: z.number().int(),
  level2Min: z.number().int(),
  level3Min: z.number().int(),
  level4Min: z.number().int(),
  thresholdsPlaceholder: z.boolean(),
  active: z.boolean(),
  indicatorCount: z.number().int(),
  updatedAt: z.string(),
});
export type TIndicatorSet = z.infer<typeof ZIndicatorSet>;

const indicatorFields = {
  setId: id("指标表", "Indicator set"),
  dimension: labelled(z.enum(DigitalDimension.values), "维度", "Dimension"),
  code: text("编号", "Code", { min: 1, max: 20 }),
  name: text("指标", "Indicator", { min: 2, max: 100 }),
  question: text("问题", "Question", { min: 2, max: 500 }),
  scenario: labelled(z.enum(DigitalScenario.values), "对应场景", "Scenario"),
  options: labelled(z.array(ZOption).min(2).max(8), "选项与分值", "Options and points"),
  sortOrder: labelled(z.number().int().min(0).max(10_000), "排序", "Order"),
  placeholder: labelled(z.boolean(), "待确认", "To confirm"),
};
export const ZIndicatorCreate = z.strictObject({
  ...indicatorFields,
  sortOrder: indicatorFields.sortOrder.default(0),
  placeholder: indicatorFields.placeholder.default(true),
});
export const ZIndicatorUpdate = z.strictObject(indicatorFields).omit({ setId: true }).partial();
export type TIndicatorCreate = z.infer<typeof ZIndicatorCreate>;
export type TIndicatorUpdate = z.infer<typeof ZIndicatorUpdate>;
export const ZIndicatorFilter = z.object({
  q: z.string().max(100).optional(),
  setId: z.string().max(64).optional(),
  dimension: z.enum(DigitalDimension.values).optional(),
});
export const ZIndicator = z.object({
  id: z.string(),
  setId: z.string(),
  dimension: z.enum(DigitalDimension.values),
  code: z.string(),
  name: z.string(),
  question: z.string(),
  scenario: z.enum(DigitalScenario.values),
  options: z.array(z.object({ label: z.string(), points: z.number() })),
  maxPoints: z.number(),
  sortOrder: z.number().int(),
  placeholder: z.boolean(),
  updatedAt: z.string(),
});
export type TIndicator = z.infer<typeof ZIndicator>;

// ── diagnoses ────────────────────────────────────────────────────────────────
const answers = labelled(z.record(z.string().max(64), z.number().int().min(0).max(7)), "答案", "Answers");
const fileIds = labelled(z.array(z.string().min(1).max(64)).max(10), "佐证材料", "Evidence");
/** Start (or continue) the caller's draft: the enterprise's own; node staff name the enterprise. */
export const ZDiagnosisStart = z.strictObject({ enterpriseId: id("企业", "Enterprise").optional() });
export const ZDiagnosisSave = z.strictObject({ id: id("诊断", "Diagnosis"), answers, fileIds: fileIds.default([]) });
export type TDiagnosisSave = z.infer<typeof ZDiagnosisSave>;
export const ZDiagnosisCommit = z.strictObject({
  id: id("诊断", "Diagnosis"),
  answers,
  fileIds: fileIds.default([]),
  pledge: labelled(
    z.literal(true, { message: "请承诺所填信息真实 / please confirm the answers are true" }),
    "真实性承诺",
    "Truthfulness pledge",
  ),
});
export type TDiagnosisCommit = z.infer<typeof ZDiagnosisCommit>;
export const ZDiagnosisFilter = z.object({
  q: z.string().max(100).optional(),
  townId: z.string().max(64).optional(),
  status: z.enum(DiagnosisStatus.values).optional(),
  level: z.coerce.number().int().min(0).max(4).optional(),
  industry: z.enum(DigitalIndustry.values).optional(),
  enterpriseId: z.string().max(64).optional(),
});
const ZWeak = z.object({
  id: z.string(),
  name: z.string(),
  dimension: z.enum(DigitalDimension.values),
  scenario: z.enum(DigitalScenario.values),
  points: z.number(),
  maxPoints: z.number(),
});
const ZPrevious = z.object({
  id: z.string(),
  score: z.number(),
  level: z.number().int(),
  committedAt: z.string(),
  dimensionScores: z.record(z.string(), z.number()),
});
export const ZDiagnosis = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  setId: z.string(),
  setName: z.string(),
  industry: z.enum(DigitalIndustry.values),
  byNodeName: z.string().nullable(),
  status: z.enum(DiagnosisStatus.values),
  answers: z.record(z.string(), z.number()),
  score: z.number().nullable(),
  level: z.number().int().nullable(),
  levelLabel: ZLabel.nullable(),
  dimensionScores: z.record(z.string(), z.number()).nullable(),
  weak: z.array(ZWeak),
  files: z.array(z.object({ id: z.string(), name: z.string(), url: z.string(), size: z.number().int() })),
  committedAt: z.string().nullable(),
  previous: ZPrevious.nullable(),
  updatedAt: z.string(),
});
export type TDiagnosis = z.infer<typeof ZDiagnosis>;
/** A diagnosis with its questionnaire (the phone form). */
export const ZQuestionnaire = z.object({
  diagnosis: ZDiagnosis,
  set: ZIndicatorSet,
  indicators: z.array(ZIndicator),
});
export type TQuestionnaire = z.infer<typeof ZQuestionnaire>;

// ── needs ────────────────────────────────────────────────────────────────────
const needFields = {
  diagnosisId: labelled(z.preprocess(blankToNull, z.string().max(64).nullable().optional()), "依据的诊断", "Diagnosis"),
  scenario: labelled(z.enum(DigitalScenario.values), "场景", "Scenario"),
  indicatorIds: labelled(z.array(z.string().min(1).max(64)).max(20), "薄弱指标", "Weak indicators"),
  text: text("需求描述", "Need", { min: 4, max: 1000 }),
  budgetFen: labelled(fen("预算（分）", "Budget (fen)").nullable(), "预算（分）", "Budget (fen)"),
  timeline: labelled(z.enum(Timeline.values), "期望时间", "Timeline"),
};
export const ZNeedPost = z.strictObject({
  ...needFields,
  indicatorIds: needFields.indicatorIds.default([]),
  budgetFen: needFields.budgetFen.default(null),
  timeline: needFields.timeline.default("WITHIN_6M"),
});
export type TNeedPost = z.infer<typeof ZNeedPost>;
export const ZNeedFilter = z.object({
  q: z.string().max(100).optional(),
  townId: z.string().max(64).optional(),
  scenario: z.enum(DigitalScenario.values).optional(),
  industry: z.enum(DigitalIndustry.values).optional(),
  status: z.enum(NeedStatus.values).optional(),
});
export const ZNeed = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  diagnosisId: z.string().nullable(),
  scenario: z.enum(DigitalScenario.values),
  industry: z.enum(DigitalIndustry.values),
  indicatorNames: z.array(z.string()),
  text: z.string(),
  budgetFen: z.number().int().nullable(),
  timeline: z.enum(Timeline.values),
  status: z.enum(NeedStatus.values),
  postedOn: z.string(),
  contacts: z.number().int(),
  updatedAt: z.string(),
});
export type TNeed = z.infer<typeof ZNeed>;

// ── solutions ────────────────────────────────────────────────────────────────
const solutionFields = {
  providerNodeId: id("服务商", "Provider"),
  name: text("方案名称", "Solution", { min: 2, max: 100 }),
  scenario: labelled(z.enum(DigitalScenario.values), "场景", "Scenario"),
  industries: labelled(z.array(z.enum(DigitalIndustry.values)).min(1).max(3), "适用行业", "Industries"),
  priceMinFen: fen("最低价格（分）", "Lowest price (fen)"),
  priceMaxFen: fen("最高价格（分）", "Highest price (fen)"),
  deployDays: labelled(z.number().int().min(1).max(3650), "部署周期（天）", "Deployment (days)"),
  cases: optionalText("应用案例", "Reference cases", 2000),
  description: optionalText("方案简介", "Description", 4000),
  contact: text("联系方式", "Contact", { min: 2, max: 100 }),
};
export const ZSolutionCreate = z.strictObject(solutionFields);
export const ZSolutionUpdate = z.strictObject(solutionFields).partial();
export type TSolutionCreate = z.infer<typeof ZSolutionCreate>;
export type TSolutionUpdate = z.infer<typeof ZSolutionUpdate>;
export const ZSolutionFilter = z.object({
  q: z.string().max(100).optional(),
  scenario: z.enum(DigitalScenario.values).optional(),
  status: z.enum(SolutionStatus.values).optional(),
  providerNodeId: z.string().max(64).optional(),
});
export const ZSolution = z.object({
  id: z.string(),
  providerNodeId: z.string(),
  providerName: z.string(),
  providerTownId: z.string().nullable(),
  providerTownName: z.string().nullable(),
  name: z.string(),
  scenario: z.enum(DigitalScenario.values),
  industries: z.array(z.enum(DigitalIndustry.values)),
  priceMinFen: z.number().int(),
  priceMaxFen: z.number().int(),
  deployDays: z.number().int(),
  cases: z.string().nullable(),
  description: z.string().nullable(),
  contact: z.string(),
  status: z.enum(SolutionStatus.values),
  reviewNote: z.string().nullable(),
  updatedAt: z.string(),
});
export type TSolution = z.infer<typeof ZSolution>;
export const ZReview = z.discriminatedUnion("decision", [
  z.strictObject({ id: z.string().min(1).max(64), decision: z.literal("PUBLISH") }),
  z.strictObject({
    id: z.string().min(1).max(64),
    decision: z.enum(["REJECT", "WITHDRAW"]),
    note: text("审核意见", "Review note", { min: 2, max: 500 }),
  }),
]);
export const ZPublicSearch = z.object({
  q: z.string().max(100).optional(),
  scenario: z.enum(DigitalScenario.values).optional(),
  page: z.number().int().min(1).max(1000).default(1),
  perPage: z.number().int().min(1).max(60).default(12),
});
export type TPublicSearch = z.input<typeof ZPublicSearch>;
export const ZPublicSolutions = z.object({ data: z.array(ZSolution), total: z.number().int() });

export const ZSolutionMatch = z.object({
  solution: ZSolution,
  score: z.number(),
  reasons: z.array(ZLabel),
  concerns: z.array(ZLabel),
  failed: z.array(ZLabel),
  contacted: z.boolean(),
});
export const ZNeedMatches = z.object({ matches: z.array(ZSolutionMatch), excluded: z.array(ZSolutionMatch), considered: z.number().int() });
export type TNeedMatches = z.infer<typeof ZNeedMatches>;
export type TSolutionMatch = z.infer<typeof ZSolutionMatch>;

// ── contacts and outcomes ────────────────────────────────────────────────────
export const ZContactCreate = z.strictObject({
  needId: id("数字化需求", "Need"),
  solutionId: id("解决方案", "Solution"),
  message: optionalText("留言", "Message", 500),
});
export type TContactCreate = z.infer<typeof ZContactCreate>;
export const ZContactUpdate = z.strictObject({});
export const ZContactFilter = z.object({
  q: z.string().max(100).optional(),
  status: z.enum(ContactStatus.values).optional(),
  needId: z.string().max(64).optional(),
  solutionId: z.string().max(64).optional(),
});
export const ZContact = z.object({
  id: z.string(),
  needId: z.string(),
  solutionId: z.string(),
  solutionName: z.string(),
  providerNodeId: z.string(),
  providerName: z.string(),
  enterpriseName: z.string(),
  townName: z.string().nullable(),
  scenario: z.enum(DigitalScenario.values),
  needText: z.string(),
  message: z.string().nullable(),
  status: z.enum(ContactStatus.values),
  sentOn: z.string(),
  answer: z.string().nullable(),
  priceFen: z.number().int().nullable(),
  goLiveOn: z.string().nullable(),
  updatedAt: z.string(),
});
export type TContact = z.infer<typeof ZContact>;
/** The provider answers (talks or declines), then records the outcome: adopted with price and go-live, or not. */
export const ZOutcome = z.discriminatedUnion("status", [
  z.strictObject({ id: id("对接", "Contact"), status: z.literal("TALKING"), answer: optionalText("回复", "Answer", 500) }),
  z.strictObject({
    id: id("对接", "Contact"),
    status: z.literal("ADOPTED"),
    answer: optionalText("回复", "Answer", 500),
    priceFen: fen("成交价格（分）", "Price (fen)"),
    goLiveOn: labelled(z.iso.date({ message: DATE_MESSAGE }), "上线日期", "Go-live date"),
  }),
  z.strictObject({ id: id("对接", "Contact"), status: z.literal("NOT_ADOPTED"), answer: text("原因", "Reason", { min: 2, max: 500 }) }),
]);
export type TOutcome = z.infer<typeof ZOutcome>;

// ── benchmarks ───────────────────────────────────────────────────────────────
const benchmarkFields = {
  enterpriseId: id("企业", "Enterprise"),
  title: text("案例标题", "Title", { min: 2, max: 100 }),
  recognisedOn: labelled(z.iso.date({ message: DATE_MESSAGE }), "认定日期", "Recognised on"),
  before: text("转型前", "Before", { min: 2, max: 2000 }),
  after: text("转型后", "After", { min: 2, max: 2000 }),
  solutionIds: labelled(z.array(z.string().min(1).max(64)).max(10), "采用的方案", "Solutions used"),
  published: labelled(z.boolean(), "在门户公开", "Published"),
};
export const ZBenchmarkCreate = z.strictObject({
  ...benchmarkFields,
  solutionIds: benchmarkFields.solutionIds.default([]),
  published: benchmarkFields.published.default(false),
});
export const ZBenchmarkUpdate = z.strictObject(benchmarkFields).partial();
export type TBenchmarkCreate = z.infer<typeof ZBenchmarkCreate>;
export type TBenchmarkUpdate = z.infer<typeof ZBenchmarkUpdate>;
export const ZBenchmarkFilter = z.object({ q: z.string().max(100).optional(), published: z.boolean().optional() });
export const ZBenchmark = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  townName: z.string().nullable(),
  tier: z.string(),
  title: z.string(),
  recognisedOn: z.string(),
  before: z.string(),
  after: z.string(),
  solutionIds: z.array(z.string()),
  solutions: z.array(z.object({ id: z.string(), name: z.string(), providerName: z.string() })),
  level: z.number().int().nullable(),
  published: z.boolean(),
  updatedAt: z.string(),
});
export type TBenchmark = z.infer<typeof ZBenchmark>;
export const ZPublicBenchmarks = z.object({ data: z.array(ZBenchmark), total: z.number().int() });

// ── figures ──────────────────────────────────────────────────────────────────
const ZRow = z.object({ key: z.string(), label: ZLabel, count: z.number().int() });
const ZTownRow = z.object({
  key: z.string(),
  label: ZLabel,
  diagnosed: z.number().int(),
  averageLevel: z.number().nullable(),
  needs: z.number().int(),
  adopted: z.number().int(),
});
export const ZDigitalStats = z.object({
  year: z.number().int(),
  scope: ZLabel,
  diagnosed: z.number().int(),
  averageLevel: z.number().nullable(),
  byLevel: z.array(ZRow),
  byIndustry: z.array(z.object({ key: z.string(), label: ZLabel, count: z.number().int(), averageLevel: z.number().nullable() })),
  byTown: z.array(ZTownRow),
  needsByScenario: z.array(ZRow),
  needs: z.number().int(),
  contacts: z.number().int(),
  adopted: z.number().int(),
  adoptedFen: z.number().int(),
  solutions: z.object({ published: z.number().int(), pending: z.number().int() }),
  benchmarks: z.number().int(),
});
export type TDigitalStats = z.infer<typeof ZDigitalStats>;
