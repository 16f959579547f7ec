import { z } from "zod";
import { defineEnum, labelled, text } from "@qifu/domain";

/** 成果转化 (Technology transfer): zod schemas and types, safe in the browser and on the server. Money in fen. */
export const TechField = defineEnum({
  NEW_MATERIALS: { zh: "新材料", en: "New materials" },
  SMART_MANUFACTURING: { zh: "智能制造与装备", en: "Smart manufacturing and equipment" },
  ELECTRONICS: { zh: "电子信息", en: "Electronics and IT" },
  AUTOMOTIVE: { zh: "汽车及零部件", en: "Automobiles and parts" },
  LEATHER: { zh: "皮革皮具工艺", en: "Leather goods technology" },
  JEWELLERY: { zh: "珠宝首饰工艺", en: "Jewellery technology" },
  BIOMEDICINE: { zh: "生物医药", en: "Biomedicine" },
  GREEN_ENERGY: { zh: "新能源与节能环保", en: "New energy and environment" },
  OTHER: { zh: "其他", en: "Other" },
});
export const TransferMode = defineEnum({
  LICENCE: { zh: "许可", en: "Licence" },
  TRANSFER: { zh: "转让", en: "Transfer" },
  JOINT: { zh: "合作开发", en: "Joint development" },
  SHARES: { zh: "作价入股", en: "Equity contribution" },
});
export const WantedMode = defineEnum({ ...TransferMode.labels, ANY: { zh: "不限", en: "Any" } });
export const AchievementStatus = defineEnum({
  PENDING: { zh: "待审核", en: "Waiting for review" },
  PUBLISHED: { zh: "已发布", en: "Published" },
  REJECTED: { zh: "已退回", en: "Returned" },
  WITHDRAWN: { zh: "已下架", en: "Withdrawn" },
});
export const TechNeedStatus = defineEnum({
  OPEN: { zh: "对接中", en: "Open" },
  SIGNED: { zh: "已签约", en: "Signed" },
  CLOSED: { zh: "已关闭", en: "Closed" },
});
export const ContactStatus = defineEnum({
  SENT: { zh: "待答复", en: "Waiting for an answer" },
  ACCEPTED: { zh: "同意洽谈", en: "Accepted" },
  DECLINED: { zh: "已婉拒", en: "Declined" },
  SIGNED: { zh: "已签约", en: "Signed" },
});
export const ProjectStage = defineEnum({
  SIGNED: { zh: "已签约", en: "Signed" },
  IN_PROGRESS: { zh: "实施中", en: "In progress" },
  DONE: { zh: "已完成", en: "Done" },
});
export type TTechField = (typeof TechField.values)[number];
export type TTransferMode = (typeof TransferMode.values)[number];
export type TWantedMode = (typeof WantedMode.values)[number];
export type TAchievementStatus = (typeof AchievementStatus.values)[number];
export type TTechNeedStatus = (typeof TechNeedStatus.values)[number];
export type TContactStatus = (typeof ContactStatus.values)[number];
export type TProjectStage = (typeof ProjectStage.values)[number];

/** Technology readiness levels (TRL 1–9) as the screens name them. */
export const TRL_LABELS: Record<number, { zh: string; en: string }> = {
  1: { zh: "1级 基本原理", en: "1 Basic principles" },
  2: { zh: "2级 技术概念", en: "2 Concept formulated" },
  3: { zh: "3级 概念验证", en: "3 Proof of concept" },
  4: { zh: "4级 实验室验证", en: "4 Validated in lab" },
  5: { zh: "5级 相关环境验证", en: "5 Validated in relevant environment" },
  6: { zh: "6级 样机演示", en: "6 Prototype demonstrated" },
  7: { zh: "7级 实际环境试用", en: "7 Prototype in operation" },
  8: { zh: "8级 定型中试", en: "8 System complete and qualified" },
  9: { zh: "9级 规模化应用", en: "9 Proven in production" },
};

/** The metric keys of this feature (targets are data: scope, year, key, value). */
export const TECH_PROJECTS_METRIC = "techTransfer.projects";
export const TECH_CONTRACT_METRIC = "techTransfer.contractValue";

const blankToNull = (v: unknown) => (v === "" ? null : v);
const optionalText = (zh: string, en: string, max: number) =>
  labelled(z.preprocess(blankToNull, text(zh, en, { max }).nullable().optional()), zh, en);
const DATE_MESSAGE = "日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD";
const day = (zh: string, en: string) => labelled(z.iso.date({ message: DATE_MESSAGE }), zh, en);
/** Up to 100 亿元 in fen (0 allowed: a free licence). */
const fen = (zh: string, en: string) => labelled(z.number().int().min(0).max(1_000_000_000_000), zh, en);
const id = (zh: string, en: string) => labelled(z.string().min(1).max(64), zh, en);
const keywords = labelled(z.array(z.string().trim().min(1).max(20)).max(10), "关键词", "Keywords");
const ZLabel = z.object({ zh: z.string(), en: z.string() });

// ── achievements ─────────────────────────────────────────────────────────────
const achievementFields = {
  providerNodeId: id("成果提供方", "Provider"),
  title: text("成果名称", "Title", { min: 2, max: 100 }),
  field: labelled(z.enum(TechField.values), "技术领域", "Field"),
  keywords,
  maturity: labelled(z.number().int().min(1).max(9), "成熟度（TRL 1–9）", "Maturity (TRL 1–9)"),
  mode: labelled(z.enum(TransferMode.values), "转化方式", "Transfer mode"),
  priceMinFen: fen("最低报价（分）", "Lowest price (fen)"),
  priceMaxFen: fen("最高报价（分）", "Highest price (fen)"),
  contact: text("联系方式", "Contact", { min: 2, max: 100 }),
  description: optionalText("成果简介", "Description", 4000),
};
/** The price range's order is checked on the merged row by the server (an update may change one end). */
export const ZAchievementCreate = z.strictObject({ ...achievementFields, keywords: keywords.default([]) });
export const ZAchievementUpdate = z.strictObject(achievementFields).partial();
export type TAchievementCreate = z.infer<typeof ZAchievementCreate>;
export type TAchievementUpdate = z.infer<typeof ZAchievementUpdate>;
export const ZAchievementFilter = z.object({
  q: z.string().max(100).optional(),
  field: z.enum(TechField.values).optional(),
  mode: z.enum(TransferMode.values).optional(),
  status: z.enum(AchievementStatus.values).optional(),
  providerNodeId: z.string().max(64).optional(),
});
export const ZAchievement = z.object({
  id: z.string(),
  providerNodeId: z.string(),
  providerName: z.string(),
  providerTownName: z.string().nullable(),
  title: z.string(),
  field: z.enum(TechField.values),
  keywords: z.array(z.string()),
  maturity: z.number().int(),
  mode: z.enum(TransferMode.values),
  priceMinFen: z.number().int(),
  priceMaxFen: z.number().int(),
  contact: z.string(),
  description: z.string().nullable(),
  status: z.enum(AchievementStatus.values),
  reviewNote: z.string().nullable(),
  reviewedOn: z.string().nullable(),
  updatedAt: z.string(),
});
export type TAchievement = z.infer<typeof ZAchievement>;
export const ZReview = z.discriminatedUnion("decision", [
  z.strictObject({ id: z.string().min(1).max(64), decision: z.literal("PUBLISH") }),
  z.strictObject({
    id: z.string().min(1).max(64),
    decision: z.enum(["REJECT", "WITHDRAW"]),
    note: text("审核意见", "Review note", { min: 2, max: 500 }),
  }),
]);
export type TReview = z.infer<typeof ZReview>;
export const ZPublicAchievementSearch = z.object({
  q: z.string().max(100).optional(),
  field: z.enum(TechField.values).optional(),
  page: z.number().int().min(1).max(1000).default(1),
  perPage: z.number().int().min(1).max(60).default(12),
});
/** What the public sees of an achievement: no review notes. */
export const ZPublicAchievements = z.object({ data: z.array(ZAchievement), total: z.number().int() });

// ── needs ────────────────────────────────────────────────────────────────────
const needFields = {
  field: labelled(z.enum(TechField.values), "技术领域", "Field"),
  keywords,
  problem: text("技术难题", "Technical problem", { min: 4, max: 1000 }),
  budgetFen: labelled(z.number().int().min(0).max(1_000_000_000_000).nullable(), "预算（分）", "Budget (fen)"),
  deadline: labelled(z.iso.date({ message: DATE_MESSAGE }).nullable(), "期望解决期限", "Deadline"),
  wantedMode: labelled(z.enum(WantedMode.values), "期望合作方式", "Wanted mode"),
};
export const ZNeedPost = z.strictObject({
  ...needFields,
  keywords: keywords.default([]),
  budgetFen: needFields.budgetFen.default(null),
  deadline: needFields.deadline.default(null),
  wantedMode: needFields.wantedMode.default("ANY"),
});
export type TNeedPost = z.infer<typeof ZNeedPost>;
/** Node staff post on an enterprise's behalf (an enterprise of their town). */
export const ZNeedPostFor = z.strictObject({ ...ZNeedPost.shape, enterpriseId: id("企业", "Enterprise") });
export type TNeedPostFor = z.infer<typeof ZNeedPostFor>;
export const ZNeedFilter = z.object({
  q: z.string().max(100).optional(),
  townId: z.string().max(64).optional(),
  field: z.enum(TechField.values).optional(),
  status: z.enum(TechNeedStatus.values).optional(),
});
export const ZNeed = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  field: z.enum(TechField.values),
  keywords: z.array(z.string()),
  problem: z.string(),
  budgetFen: z.number().int().nullable(),
  deadline: z.string().nullable(),
  wantedMode: z.enum(WantedMode.values),
  status: z.enum(TechNeedStatus.values),
  postedOn: z.string(),
  postedByName: z.string().nullable(),
  updatedAt: z.string(),
});
export type TNeed = z.infer<typeof ZNeed>;

// ── contacts ─────────────────────────────────────────────────────────────────
export const ZContactCreate = z.strictObject({
  needId: id("技术需求", "Technology need"),
  achievementId: id("科技成果", "Achievement"),
  message: optionalText("留言", "Message", 500),
});
export type TContactCreate = z.infer<typeof ZContactCreate>;
/** Contacts are written by the procedures (create, answer, sign), never edited as a form. */
export const ZContactUpdate = z.strictObject({});
export const ZContactFilter = z.object({
  q: z.string().max(100).optional(),
  status: z.enum(ContactStatus.values).optional(),
  needId: z.string().max(64).optional(),
  achievementId: z.string().max(64).optional(),
});
export const ZContact = z.object({
  id: z.string(),
  needId: z.string(),
  achievementId: z.string(),
  achievementTitle: z.string(),
  providerNodeId: z.string(),
  providerName: z.string(),
  message: z.string().nullable(),
  status: z.enum(ContactStatus.values),
  sentOn: z.string(),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
  enterpriseName: z.string(),
  townName: z.string().nullable(),
  needField: z.enum(TechField.values),
  needProblem: z.string(),
  needBudgetFen: z.number().int().nullable(),
  projectId: z.string().nullable(),
  updatedAt: z.string(),
});
export type TContact = z.infer<typeof ZContact>;
export const ZAnswer = z.discriminatedUnion("decision", [
  z.strictObject({ id: z.string().min(1).max(64), decision: z.literal("ACCEPT"), answer: optionalText("答复", "Answer", 500) }),
  z.strictObject({
    id: z.string().min(1).max(64),
    decision: z.literal("DECLINE"),
    answer: text("婉拒原因", "Reason", { min: 2, max: 500 }),
  }),
]);
export type TAnswer = z.infer<typeof ZAnswer>;

// ── projects ─────────────────────────────────────────────────────────────────
export const ZSign = z.strictObject({
  contactId: id("对接意向", "Contact"),
  title: text("项目名称", "Project title", { min: 2, max: 100 }),
  contractFen: labelled(z.number().int().min(1).max(1_000_000_000_000), "合同金额（分）", "Contract value (fen)"),
  signedOn: day("签约日期", "Signed on"),
});
export type TSign = z.infer<typeof ZSign>;
export const ZProjectUpdate = z.strictObject({
  title: text("项目名称", "Project title", { min: 2, max: 100 }).optional(),
  stage: labelled(z.enum(ProjectStage.values), "项目阶段", "Stage").optional(),
});
export type TProjectUpdate = z.infer<typeof ZProjectUpdate>;
export const ZProjectFilter = z.object({
  q: z.string().max(100).optional(),
  stage: z.enum(ProjectStage.values).optional(),
  field: z.enum(TechField.values).optional(),
});
export const ZProject = z.object({
  id: z.string(),
  title: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  townName: z.string().nullable(),
  providerNodeId: z.string(),
  providerName: z.string(),
  achievementTitle: z.string().nullable(),
  field: z.enum(TechField.values),
  contractFen: z.number().int(),
  stage: z.enum(ProjectStage.values),
  signedOn: z.string(),
  updatedAt: z.string(),
});
export type TProject = z.infer<typeof ZProject>;

// ── joint labs and platforms ─────────────────────────────────────────────────
const labFields = {
  name: text("实验室名称", "Laboratory", { min: 2, max: 100 }),
  enterpriseId: id("共建企业", "Enterprise"),
  institution: text("合作院校/院所", "Institution", { min: 2, max: 100 }),
  field: labelled(z.enum(TechField.values), "技术领域", "Field"),
  establishedOn: day("成立日期", "Established on"),
  description: optionalText("简介", "Description", 2000),
};
export const ZLabCreate = z.strictObject(labFields);
export const ZLabUpdate = z.strictObject(labFields).partial();
export type TLabCreate = z.infer<typeof ZLabCreate>;
export type TLabUpdate = z.infer<typeof ZLabUpdate>;
export const ZLabFilter = z.object({ q: z.string().max(100).optional(), field: z.enum(TechField.values).optional() });
export const ZLab = z.object({
  id: z.string(),
  name: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  townName: z.string().nullable(),
  institution: z.string(),
  field: z.enum(TechField.values),
  establishedOn: z.string(),
  description: z.string().nullable(),
  updatedAt: z.string(),
});
export type TLab = z.infer<typeof ZLab>;

const ZServiceInput = z.strictObject({
  name: text("服务名称", "Service", { min: 2, max: 80 }),
  fee: optionalText("收费标准", "Fee", 100),
  description: optionalText("服务说明", "Description", 500),
});
const platformFields = {
  name: text("平台名称", "Platform", { min: 2, max: 100 }),
  operator: text("运营单位", "Operator", { min: 2, max: 100 }),
  townId: labelled(z.preprocess(blankToNull, z.string().max(64).nullable().optional()), "所在镇街", "Town"),
  field: labelled(z.enum(TechField.values), "技术领域", "Field"),
  contact: optionalText("联系方式", "Contact", 100),
  description: optionalText("简介", "Description", 2000),
  services: labelled(z.array(ZServiceInput).max(30), "服务项目", "Services"),
};
export const ZPlatformCreate = z.strictObject({ ...platformFields, services: platformFields.services.default([]) });
export const ZPlatformUpdate = z.strictObject(platformFields).partial();
export type TPlatformCreate = z.infer<typeof ZPlatformCreate>;
export type TPlatformUpdate = z.infer<typeof ZPlatformUpdate>;
export const ZPlatformFilter = z.object({ q: z.string().max(100).optional(), field: z.enum(TechField.values).optional() });
export const ZPlatform = z.object({
  id: z.string(),
  name: z.string(),
  operator: z.string(),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  field: z.enum(TechField.values),
  contact: z.string().nullable(),
  description: z.string().nullable(),
  services: z.array(z.object({ name: z.string(), fee: z.string().nullable(), description: z.string().nullable() })),
  updatedAt: z.string(),
});
export type TPlatform = z.infer<typeof ZPlatform>;
export const ZPublicSearch = z.object({
  q: z.string().max(100).optional(),
  page: z.number().int().min(1).max(1000).default(1),
  perPage: z.number().int().min(1).max(60).default(12),
});
export const ZPublicLabs = z.object({ data: z.array(ZLab), total: z.number().int() });
export const ZPublicPlatforms = z.object({ data: z.array(ZPlatform), total: z.number().int() });

// ── matching ─────────────────────────────────────────────────────────────────
export const ZAchievementMatch = z.object({
  achievement: ZAchievement,
  score: z.number(),
  reasons: z.array(ZLabel),
  concerns: z.array(ZLabel),
  /** the failed required criteria of an excluded achievement (empty for a match) */
  failed: z.array(ZLabel),
  contacted: z.boolean(),
});
export const ZNeedMatches = z.object({
  matches: z.array(ZAchievementMatch),
  excluded: z.array(ZAchievementMatch),
  considered: z.number().int(),
});
export type TNeedMatches = z.infer<typeof ZNeedMatches>;
export type TAchievementMatch = z.infer<typeof ZAchievementMatch>;
export const ZNeedMatch = z.object({
  need: ZNeed,
  score: z.number(),
  eligible: z.boolean(),
  reasons: z.array(ZLabel),
  concerns: z.array(ZLabel),
  failed: z.array(ZLabel),
});
export const ZAchievementNeeds = z.object({ data: z.array(ZNeedMatch), considered: z.number().int() });
export type TAchievementNeeds = z.infer<typeof ZAchievementNeeds>;

// ── figures ──────────────────────────────────────────────────────────────────
const ZFigures = z.object({
  key: z.string(),
  label: ZLabel,
  needs: z.number().int(),
  needsMatched: z.number().int(),
  projects: z.number().int(),
  contractFen: z.number().int(),
});
export type TFigures = z.infer<typeof ZFigures>;
export const ZTechTransferStats = z.object({
  year: z.number().int(),
  /** what the figures cover ("全区" / "狮岭镇范围"): needs posted and projects signed in `year` */
  scope: ZLabel,
  total: ZFigures,
  byTown: z.array(ZFigures),
  byField: z.array(ZFigures),
  achievements: z.object({ published: z.number().int(), pending: z.number().int() }),
  labs: z.number().int(),
  platforms: z.number().int(),
});
export type TTechTransferStats = z.infer<typeof ZTechTransferStats>;
