import { z } from "zod";
import { CultivationTier, defineEnum, labelled, ServiceCategory, text, type TLabel } from "@qifu/domain";

/** 梯度培育 (Cultivation ladder): zod schemas and types, safe in the browser and on the server. */

/** What can be recognised: the four rungs of the ladder (as CultivationTier has them) and 小升规. */
export const CultivationLevel = defineEnum({
  INNOVATIVE: CultivationTier.labels.INNOVATIVE,
  SPECIALIZED: CultivationTier.labels.SPECIALIZED,
  LITTLE_GIANT: CultivationTier.labels.LITTLE_GIANT,
  SINGLE_CHAMPION: CultivationTier.labels.SINGLE_CHAMPION,
  ABOVE_SIZE: { zh: "小升规（规上企业）", en: "Above-size (小升规)" },
});
export type TCultivationLevel = (typeof CultivationLevel.values)[number];
/** The ladder, lowest to highest: the current tier is the highest of these an enterprise holds. */
export const LADDER = ["INNOVATIVE", "SPECIALIZED", "LITTLE_GIANT", "SINGLE_CHAMPION"] as const satisfies readonly TCultivationLevel[];
export type TLadderLevel = (typeof LADDER)[number];

export const RecognisingBody = defineEnum({
  DISTRICT: { zh: "区级", en: "District" },
  MUNICIPAL: { zh: "市级", en: "Municipal" },
  PROVINCIAL: { zh: "省级", en: "Provincial" },
  NATIONAL: { zh: "国家级", en: "National" },
});
export type TRecognisingBody = (typeof RecognisingBody.values)[number];

/** The figures criteria read. YEARS and REVENUE_WAN come from the registry (founding date, confirmed revenue); the rest are reported here. */
export const FigureKey = defineEnum({
  YEARS: { zh: "从事主营业务年限", en: "Years in the main business" },
  REVENUE_WAN: { zh: "上年度营业收入", en: "Revenue last year" },
  RD_SPEND_WAN: { zh: "上年度研发费用", en: "R&D spending last year" },
  RD_SHARE: { zh: "研发投入占比", en: "R&D share of revenue" },
  PATENTS: { zh: "有效发明专利等知识产权", en: "Valid patents and other IP" },
  MAIN_SHARE: { zh: "主营业务收入占比", en: "Main business share of revenue" },
  EVAL_SCORE: { zh: "评价得分", en: "Assessment score" },
  MARKET_RANK: { zh: "单项产品全球市场占有率排名", en: "Global market-share rank of the product" },
  DIGITAL_LEVEL: { zh: "数字化水平等级", en: "Digital level" },
});
export type TFigureKey = (typeof FigureKey.values)[number];
export const FIGURE_UNITS: Record<TFigureKey, TLabel> = {
  YEARS: { zh: "年", en: "years" },
  REVENUE_WAN: { zh: "万元", en: "×10k CNY" },
  RD_SPEND_WAN: { zh: "万元", en: "×10k CNY" },
  RD_SHARE: { zh: "%", en: "%" },
  PATENTS: { zh: "项", en: "items" },
  MAIN_SHARE: { zh: "%", en: "%" },
  EVAL_SCORE: { zh: "分", en: "points" },
  MARKET_RANK: { zh: "位", en: "place" },
  DIGITAL_LEVEL: { zh: "级", en: "level" },
};
/** Figures taken from records (the enterprise registry; the digital diagnosis for DIGITAL_LEVEL) rather than reported for the ladder. */
export const REGISTRY_FIGURES = ["YEARS", "REVENUE_WAN", "DIGITAL_LEVEL"] as const satisfies readonly TFigureKey[];
export const REPORTED_FIGURES = FigureKey.values.filter((k) => !(REGISTRY_FIGURES as readonly string[]).includes(k));

export const CriterionOp = defineEnum({ GTE: { zh: "不低于", en: "at least" }, LTE: { zh: "不高于", en: "at most" } });
export type TCriterionOp = (typeof CriterionOp.values)[number];

export const RoundStatus = defineEnum({ OPEN: { zh: "申报中", en: "Open" }, CLOSED: { zh: "已结束", en: "Closed" } });
export const Decision = defineEnum({
  PENDING: { zh: "待审核", en: "Pending" },
  APPROVED: { zh: "已认定", en: "Recognised" },
  REJECTED: { zh: "未通过", en: "Not recognised" },
});
export type TDecision = (typeof Decision.values)[number];

/** The metric keys of this feature's target formulas. */
export const QUALITY_SMES_METRIC = "cultivation.qualitySmes";
export const levelMetricKey = (level: TCultivationLevel) => `cultivation.level.${level}`;
export const ABOVE_SIZE_METRIC = "cultivation.aboveSizePerYear";
export const TARGET_YEARS = [2025, 2026, 2027] as const;
/** A recognition is listed as expiring this many months before its last valid day. */
export const EXPIRY_WARNING_MONTHS = 6;

const isoDay = (zh: string, en: string) => labelled(z.iso.date({ message: "日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD" }), zh, en);
const optionalDay = (zh: string, en: string) =>
  labelled(
    z.preprocess(
      (v) => (v === "" ? null : v),
      z.iso.date({ message: "日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD" }).nullable().optional(),
    ),
    zh,
    en,
  );
const optionalText = (zh: string, en: string, max: number) =>
  labelled(
    z.preprocess((v) => (v === "" ? null : v), text(zh, en, { max }).nullable().optional()),
    zh,
    en,
  );

// ---- recognitions ----------------------------------------------------------------------------
const recognitionFields = {
  enterpriseId: labelled(z.string().min(1).max(64), "企业", "Enterprise"),
  level: labelled(z.enum(CultivationLevel.values), "认定层级", "Level"),
  body: labelled(z.enum(RecognisingBody.values), "认定机关层级", "Recognising body"),
  batch: text("批次", "Batch", { min: 2, max: 60 }),
  recognisedOn: isoDay("认定日期", "Recognised on"),
  validUntil: optionalDay("有效期至", "Valid until"),
  reexamineOn: optionalDay("复核日期", "Re-examination on"),
  note: optionalText("备注", "Note", 500),
  /** the scanned certificate: one uploaded file (POST /files), attached when the recognition is saved */
  certificateFileIds: labelled(
    z.array(z.string().min(1).max(64)).max(1, { message: "只能上传一个证书文件 / one certificate file only" }),
    "证书扫描件",
    "Certificate",
  ).optional(),
};
export const ZRecognitionCreate = z.strictObject(recognitionFields);
export const ZRecognitionUpdate = z
  .strictObject({
    batch: recognitionFields.batch,
    validUntil: recognitionFields.validUntil,
    reexamineOn: recognitionFields.reexamineOn,
    note: recognitionFields.note,
    /** a new certificate replaces the old one */
    certificateFileIds: recognitionFields.certificateFileIds,
    revoked: labelled(z.boolean(), "已撤销", "Revoked"),
  })
  .partial();
export type TRecognitionCreate = z.infer<typeof ZRecognitionCreate>;
export type TRecognitionUpdate = z.infer<typeof ZRecognitionUpdate>;
export const ZRecognitionFilter = z.object({
  enterpriseId: z.string().max(64).optional(),
  level: z.enum(CultivationLevel.values).optional(),
  townId: z.string().max(64).optional(),
  /** only those whose last valid day falls within the warning window */
  expiring: z.boolean().optional(),
});
export const ZRecognition = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  townName: z.string().nullable(),
  level: z.enum(CultivationLevel.values),
  body: z.enum(RecognisingBody.values),
  batch: z.string(),
  recognisedOn: z.string(),
  validUntil: z.string().nullable(),
  reexamineOn: z.string().nullable(),
  roundId: z.string().nullable(),
  revoked: z.boolean(),
  note: z.string().nullable(),
  /** the certificate's stored file (download at /files/<id>), if one was uploaded */
  certificateFileId: z.string().nullable(),
  /** counts today (not revoked, begun, not past its last valid day) */
  current: z.boolean(),
});
export type TRecognition = z.infer<typeof ZRecognition>;

// ---- criteria ---------------------------------------------------------------------------------
export const ZCriterionUpdate = z
  .strictObject({
    op: labelled(z.enum(CriterionOp.values), "比较", "Comparison"),
    threshold: labelled(z.number().min(0).max(1_000_000_000), "门槛值", "Threshold"),
    source: text("依据", "Source", { min: 2, max: 200 }),
    sourceDate: optionalDay("依据日期", "Source date"),
    placeholder: labelled(z.boolean(), "待核实（占位）", "Placeholder, to be confirmed"),
  })
  .partial();
export const ZCriterionCreate = z.strictObject({
  level: labelled(z.enum(CultivationLevel.values), "认定层级", "Level"),
  figureKey: labelled(z.enum(FigureKey.values), "指标", "Figure"),
  op: labelled(z.enum(CriterionOp.values), "比较", "Comparison").default("GTE"),
  threshold: labelled(z.number().min(0).max(1_000_000_000), "门槛值", "Threshold"),
  source: text("依据", "Source", { min: 2, max: 200 }),
  sourceDate: optionalDay("依据日期", "Source date"),
  placeholder: labelled(z.boolean(), "待核实（占位）", "Placeholder, to be confirmed").default(true),
});
export const ZCriterionFilter = z.object({ level: z.enum(CultivationLevel.values).optional() });
export const ZCriterion = z.object({
  id: z.string(),
  level: z.enum(CultivationLevel.values),
  figureKey: z.enum(FigureKey.values),
  op: z.enum(CriterionOp.values),
  threshold: z.number(),
  source: z.string(),
  sourceDate: z.string().nullable(),
  placeholder: z.boolean(),
  sortOrder: z.number().int(),
});
export type TCriterion = z.infer<typeof ZCriterion>;

// ---- figures -------------------------------------------------------------------------------
export const ZFigureReport = z.strictObject({
  figureKey: labelled(z.enum(REPORTED_FIGURES as [TFigureKey, ...TFigureKey[]]), "指标", "Figure"),
  value: labelled(z.number().min(0, { message: "不能为负数 / must not be negative" }).max(1_000_000_000), "数值", "Value"),
  year: labelled(z.number().int().min(2000).max(2100), "所属年度", "Year"),
  source: optionalText("数据来源", "Source of the figure", 200),
});
export type TFigureReport = z.infer<typeof ZFigureReport>;
/** A figure staff enter for an enterprise of their scope, from a document they hold (counts as confirmed). */
export const ZFigureEntry = ZFigureReport.extend({ enterpriseId: labelled(z.string().min(1).max(64), "企业", "Enterprise") });
export const ZFigure = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  townName: z.string().nullable(),
  figureKey: z.enum(FigureKey.values),
  value: z.number(),
  year: z.number().int(),
  source: z.string().nullable(),
  reportedAt: z.string(),
  confirmedAt: z.string().nullable(),
});
export type TFigure = z.infer<typeof ZFigure>;
export const ZFigureFilter = z.object({ enterpriseId: z.string().max(64).optional(), unconfirmed: z.boolean().optional() });

// ---- evaluation -----------------------------------------------------------------------------
export const CriterionState = defineEnum({
  MET: { zh: "已满足", en: "Met" },
  MISSED: { zh: "未满足", en: "Missed" },
  UNKNOWN: { zh: "待确认", en: "Unknown" },
});
export const ZCriterionResult = z.object({
  figureKey: z.enum(FigureKey.values),
  op: z.enum(CriterionOp.values),
  threshold: z.number(),
  value: z.number().nullable(),
  state: z.enum(CriterionState.values),
  placeholder: z.boolean(),
  source: z.string(),
  /** e.g. 研发投入占比 3.1 % < 5 % */
  text: z.object({ zh: z.string(), en: z.string() }),
});
export type TCriterionResult = z.infer<typeof ZCriterionResult>;
export const Verdict = defineEnum({
  READY: { zh: "条件已满足", en: "Meets every criterion" },
  MISSING: { zh: "尚有差距", en: "Misses some criteria" },
  UNKNOWN: { zh: "数据待确认", en: "Figures to confirm" },
});
export type TVerdict = (typeof Verdict.values)[number];
export const ZEvaluation = z.object({
  level: z.enum(CultivationLevel.values),
  verdict: z.enum(Verdict.values),
  criteria: z.array(ZCriterionResult),
});
export type TEvaluation = z.infer<typeof ZEvaluation>;

export const ZCandidateFilter = z.object({
  level: z.enum(CultivationLevel.values),
  townId: z.string().max(64).optional(),
  verdict: z.enum(Verdict.values).optional(),
});
export const ZCandidate = z.object({
  enterpriseId: z.string(),
  name: z.string(),
  townName: z.string().nullable(),
  tier: z.enum(CultivationTier.values),
  evaluation: ZEvaluation,
});
export type TCandidate = z.infer<typeof ZCandidate>;

// ---- rounds and applications -------------------------------------------------------------------
export const ZRoundOpen = z
  .strictObject({
    name: text("批次名称", "Round name", { min: 4, max: 80 }),
    level: labelled(z.enum(CultivationLevel.values), "认定层级", "Level"),
    year: labelled(z.number().int().min(2020).max(2100), "年度", "Year"),
    body: labelled(z.enum(RecognisingBody.values), "认定机关层级", "Recognising body"),
    batch: text("批次", "Batch", { min: 2, max: 60 }),
    opensOn: isoDay("开始日期", "Opens on"),
    closesOn: isoDay("截止日期", "Closes on"),
    validYears: labelled(z.number().int().min(1).max(10), "有效期（年）", "Valid for (years)").default(3),
    note: optionalText("说明", "Note", 1000),
  })
  .refine((r) => r.closesOn >= r.opensOn, {
    path: ["closesOn"],
    message: "截止日期不能早于开始日期 / the closing day cannot precede the opening day",
  });
export type TRoundOpen = z.infer<typeof ZRoundOpen>;
export const ZApplication = z.object({
  id: z.string(),
  roundId: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  townName: z.string().nullable(),
  recommendedAt: z.string().nullable(),
  material: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decision: z.enum(Decision.values),
  decisionNote: z.string().nullable(),
  decidedAt: z.string().nullable(),
  evaluation: ZEvaluation.nullable(),
});
export type TApplication = z.infer<typeof ZApplication>;
export const ZRound = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(CultivationLevel.values),
  year: z.number().int(),
  body: z.enum(RecognisingBody.values),
  batch: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  validYears: z.number().int(),
  status: z.enum(RoundStatus.values),
  note: z.string().nullable(),
  applications: z.number().int(),
  recommended: z.number().int(),
  submitted: z.number().int(),
  approved: z.number().int(),
});
export type TRound = z.infer<typeof ZRound>;
export const ZRoundDetail = ZRound.extend({ list: z.array(ZApplication) });
export type TRoundDetail = z.infer<typeof ZRoundDetail>;
export const ZRecommend = z.strictObject({
  roundId: z.string().min(1).max(64),
  enterpriseId: labelled(z.string().min(1).max(64), "企业", "Enterprise"),
});
export const ZSubmit = z.strictObject({
  roundId: z.string().min(1).max(64),
  material: text("申报材料说明", "Application statement", { min: 10, max: 4000 }),
});
export const ZDecide = z.strictObject({
  applicationId: z.string().min(1).max(64),
  decision: labelled(z.enum(["APPROVED", "REJECTED"]), "审核结果", "Decision"),
  note: optionalText("审核意见", "Review note", 500),
});

// ---- services per stage --------------------------------------------------------------------------
/**
 * The platform's programme pages a stage can point to (the public site's routes): which of them
 * fit a level is data (cultivation_stage_service); where each one lives is the site's layout.
 */
export const StageProgramme = defineEnum({
  catalogue: { zh: "服务产品目录", en: "Service catalogue" },
  "innovation-bases": { zh: "创新创业基地", en: "Innovation bases" },
  "specialized-parks": { zh: "专精特新产业园", en: "Specialized parks" },
  "industrial-clusters": { zh: "中小企业特色产业集群", en: "Industrial clusters" },
  financing: { zh: "融资对接", en: "Financing" },
  activities: { zh: "活动培训", en: "Activities and training" },
});
export type TStageProgramme = (typeof StageProgramme.values)[number];
export const STAGE_PROGRAMME_LINKS: Record<TStageProgramme, string> = {
  catalogue: "/catalogue",
  "innovation-bases": "/innovation-bases",
  "specialized-parks": "/specialized-parks",
  "industrial-clusters": "/industrial-clusters",
  financing: "/financing",
  activities: "/activities",
};
export const ZStageServices = z.object({
  level: z.enum(CultivationLevel.values),
  categories: z.array(z.enum(ServiceCategory.values)),
  programmes: z.array(z.object({ key: z.string(), label: z.object({ zh: z.string(), en: z.string() }), link: z.string() })),
});
export type TStageServices = z.infer<typeof ZStageServices>;
/** A level's row as the console edits it. */
export const ZStageServiceRow = z.object({
  id: z.string(),
  level: z.enum(CultivationLevel.values),
  categories: z.array(z.enum(ServiceCategory.values)),
  programmes: z.array(z.enum(StageProgramme.values)),
  note: z.string().nullable(),
  updatedAt: z.string(),
});
export type TStageServiceRow = z.infer<typeof ZStageServiceRow>;
const stageFields = {
  categories: labelled(z.array(z.enum(ServiceCategory.values)).max(ServiceCategory.values.length), "适用服务类别", "Service categories"),
  programmes: labelled(z.array(z.enum(StageProgramme.values)).max(StageProgramme.values.length), "适用专项服务", "Programmes"),
  note: optionalText("说明", "Note", 500),
};
export const ZStageServiceCreate = z.strictObject({ level: labelled(z.enum(CultivationLevel.values), "层级", "Level"), ...stageFields });
export const ZStageServiceUpdate = z.strictObject(stageFields).partial();
export const ZStageServiceFilter = z.object({});

// ---- the enterprise's own view ---------------------------------------------------------------------
export const ZMyLadder = z.object({
  enterpriseId: z.string(),
  name: z.string(),
  tier: z.enum(CultivationTier.values),
  aboveSize: z.boolean(),
  history: z.array(ZRecognition),
  next: ZEvaluation.nullable(),
  figures: z.array(ZFigure),
  rounds: z.array(ZRound.extend({ mine: ZApplication.nullable() })),
  services: z.array(ZStageServices),
});
export type TMyLadder = z.infer<typeof ZMyLadder>;

// ---- board -------------------------------------------------------------------------------
export const ZLadderStats = z.object({
  year: z.number().int(),
  /** what the figures cover: 全区 or one town */
  scope: z.object({ zh: z.string(), en: z.string() }),
  funnel: z.array(z.object({ townId: z.string(), townName: z.string(), counts: z.record(z.string(), z.number().int()) })),
  totals: z.record(z.string(), z.number().int()),
  qualitySmes: z.number().int(),
  target: z.number().nullable(),
  targetYear: z.number().int(),
  candidates: z.array(
    z.object({ level: z.enum(CultivationLevel.values), ready: z.number().int(), missing: z.number().int(), unknown: z.number().int() }),
  ),
  expiring: z.array(ZRecognition),
});
export type TLadderStats = z.infer<typeof ZLadderStats>;
