import { z } from "zod";
import { CultivationTier, defineEnum, INDUSTRY_SECTIONS, labelled, SizeClass, text } from "@qifu/domain";

/** 融资促进 (Financing): zod schemas and types, safe in the browser and on the server. Money in fen, rates in basis points. */
export const ProductKind = defineEnum({
  LOAN: { zh: "贷款", en: "Loan" },
  GUARANTEE: { zh: "担保", en: "Guarantee" },
});
export const GuaranteeForm = defineEnum({
  CREDIT: { zh: "信用", en: "Credit (unsecured)" },
  GUARANTEE: { zh: "保证担保", en: "Third-party guarantee" },
  MORTGAGE: { zh: "抵押", en: "Mortgage" },
  PLEDGE: { zh: "质押", en: "Pledge" },
});
export const ProductStatus = defineEnum({
  DRAFT: { zh: "草稿", en: "Draft" },
  PUBLISHED: { zh: "已发布", en: "Published" },
  WITHDRAWN: { zh: "已下架", en: "Withdrawn" },
});
export const SchemeKind = defineEnum({
  ZHUBAODAI: { zh: "助保贷", en: "Zhubaodai (pooled guarantee loan)" },
  BATCH_GUARANTEE: { zh: "批量担保", en: "Batch guarantee" },
});
export const SchemeStatus = defineEnum({
  ACTIVE: { zh: "执行中", en: "Active" },
  CLOSED: { zh: "已结束", en: "Closed" },
});
export const Collateral = defineEnum({
  NONE: { zh: "无抵质押物", en: "None" },
  PROPERTY: { zh: "房产/土地", en: "Property or land" },
  EQUIPMENT: { zh: "机器设备", en: "Equipment" },
  RECEIVABLES: { zh: "应收账款", en: "Receivables" },
  INTELLECTUAL_PROPERTY: { zh: "知识产权", en: "Intellectual property" },
});
export const Urgency = defineEnum({
  NORMAL: { zh: "一般", en: "Normal" },
  URGENT: { zh: "急需（30天内）", en: "Urgent (within 30 days)" },
});
export const NeedStatus = defineEnum({
  OPEN: { zh: "对接中", en: "Open" },
  GRANTED: { zh: "已放款", en: "Granted" },
  CLOSED: { zh: "已关闭", en: "Closed" },
});
export const SendingStatus = defineEnum({
  SENT: { zh: "待答复", en: "Waiting for an answer" },
  REVIEWING: { zh: "受理审查中", en: "Under review" },
  DECLINED: { zh: "已婉拒", en: "Declined" },
  APPROVED: { zh: "已审批", en: "Approved" },
  GRANTED: { zh: "已放款", en: "Granted" },
});
export type TProductKind = (typeof ProductKind.values)[number];
export type TGuaranteeForm = (typeof GuaranteeForm.values)[number];
export type TProductStatus = (typeof ProductStatus.values)[number];
export type TCollateral = (typeof Collateral.values)[number];
export type TUrgency = (typeof Urgency.values)[number];
export type TNeedStatus = (typeof NeedStatus.values)[number];
export type TSendingStatus = (typeof SendingStatus.values)[number];

/** The metric keys of this feature (targets are data: scope, year, key, value). */
export const FINANCING_GRANTED_METRIC = "financing.granted";
export const FINANCING_NEEDS_METRIC = "financing.needs";
/**
 * 科技金融对接会 (issue 15 pt 3) are activities of this series in the activities package (its
 * seeded code, stable while the district renames the series): a need may name the one it was
 * raised at, and the board counts what each event brought.
 */
export const MATCHMAKING_SERIES_CODE = "FINANCE_PLUS";

const SECTION_CODES = INDUSTRY_SECTIONS.map((s) => s.code) as [string, ...string[]];
const blankToNull = (v: unknown) => (v === "" ? null : v);
const optionalText = (zh: string, en: string, max: number) =>
  labelled(z.preprocess(blankToNull, text(zh, en, { max }).nullable().optional()), zh, en);
const day = (zh: string, en: string) => labelled(z.iso.date({ message: "日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD" }), zh, en);
/** Up to 100 亿元 in fen. */
const fen = (zh: string, en: string) => labelled(z.number().int().min(1).max(1_000_000_000_000), zh, en);
/** 0.01 %–36 % (the legal ceiling of private lending is far below; 3,600 bp bounds typos). */
const bp = (zh: string, en: string) => labelled(z.number().int().min(1).max(3600), zh, en);
const months = (zh: string, en: string) => labelled(z.number().int().min(1).max(360), zh, en);
const nodeId = labelled(z.string().min(1).max(64), "金融机构", "Institution");

// ── products ─────────────────────────────────────────────────────────────────
const productFields = {
  nodeId,
  name: text("产品名称", "Product name", { min: 2, max: 80 }),
  kind: labelled(z.enum(ProductKind.values), "产品类型", "Product kind"),
  rateMinBp: bp("最低年利率（基点）", "Lowest annual rate (bp)"),
  rateMaxBp: bp("最高年利率（基点）", "Highest annual rate (bp)"),
  amountMinFen: fen("最低额度（分）", "Smallest amount (fen)"),
  amountMaxFen: fen("最高额度（分）", "Largest amount (fen)"),
  termMonthsMax: months("最长期限（月）", "Longest term (months)"),
  guaranteeForm: labelled(z.enum(GuaranteeForm.values), "担保方式", "Guarantee form"),
  eligibleTiers: labelled(z.array(z.enum(CultivationTier.values)).max(5), "适用梯度", "Eligible tiers"),
  eligibleSections: labelled(z.array(z.enum(SECTION_CODES)).max(30), "适用行业", "Eligible industries"),
  eligibleSizes: labelled(z.array(z.enum(SizeClass.values)).max(4), "适用规模", "Eligible sizes"),
  greenChannel: labelled(z.boolean(), "绿色通道", "Green channel"),
  status: labelled(z.enum(ProductStatus.values), "状态", "Status"),
  description: optionalText("产品说明", "Description", 2000),
};
/** The ranges' order (lowest ≤ highest) is checked on the merged row by the server (an update may change one end). */
export const ZProductCreate = z.strictObject({
  ...productFields,
  eligibleTiers: productFields.eligibleTiers.default([]),
  eligibleSections: productFields.eligibleSections.default([]),
  eligibleSizes: productFields.eligibleSizes.default([]),
  greenChannel: productFields.greenChannel.default(false),
  status: productFields.status.default("DRAFT"),
});
export const ZProductUpdate = z.strictObject(productFields).partial();
export type TProductCreate = z.infer<typeof ZProductCreate>;
export type TProductUpdate = z.infer<typeof ZProductUpdate>;
export const ZProductFilter = z.object({
  q: z.string().max(100).optional(),
  nodeId: z.string().max(64).optional(),
  kind: z.enum(ProductKind.values).optional(),
  status: z.enum(ProductStatus.values).optional(),
});
export const ZProduct = z.object({
  id: z.string(),
  nodeId: z.string(),
  nodeName: z.string(),
  name: z.string(),
  kind: z.enum(ProductKind.values),
  rateMinBp: z.number().int(),
  rateMaxBp: z.number().int(),
  amountMinFen: z.number().int(),
  amountMaxFen: z.number().int(),
  termMonthsMax: z.number().int(),
  guaranteeForm: z.enum(GuaranteeForm.values),
  eligibleTiers: z.array(z.enum(CultivationTier.values)),
  eligibleSections: z.array(z.string()),
  eligibleSizes: z.array(z.enum(SizeClass.values)),
  greenChannel: z.boolean(),
  status: z.enum(ProductStatus.values),
  description: z.string().nullable(),
  updatedAt: z.string(),
});
export type TProduct = z.infer<typeof ZProduct>;
export const ZPublicProductSearch = z.object({
  q: z.string().max(100).optional(),
  kind: z.enum(ProductKind.values).optional(),
  page: z.number().int().min(1).max(1000).default(1),
  perPage: z.number().int().min(1).max(60).default(12),
});
export const ZPublicProducts = z.object({ data: z.array(ZProduct), total: z.number().int() });

// ── schemes (助保贷 / 批量担保) ───────────────────────────────────────────────
const schemeFields = {
  name: text("方案名称", "Scheme name", { min: 2, max: 80 }),
  kind: labelled(z.enum(SchemeKind.values), "方案类型", "Scheme kind"),
  nodeId: labelled(z.preprocess(blankToNull, z.string().max(64).nullable().optional()), "担保机构", "Guarantee institution"),
  rules: text("方案规则", "Rules", { min: 2, max: 4000 }),
  quotaFen: fen("额度（分）", "Quota (fen)"),
  status: labelled(z.enum(SchemeStatus.values), "状态", "Status"),
};
export const ZSchemeCreate = z.strictObject({ ...schemeFields, status: schemeFields.status.default("ACTIVE") });
export const ZSchemeUpdate = z.strictObject(schemeFields).partial();
export type TSchemeCreate = z.infer<typeof ZSchemeCreate>;
export type TSchemeUpdate = z.infer<typeof ZSchemeUpdate>;
export const ZSchemeFilter = z.object({ q: z.string().max(100).optional(), kind: z.enum(SchemeKind.values).optional() });
export const ZScheme = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(SchemeKind.values),
  nodeId: z.string().nullable(),
  nodeName: z.string().nullable(),
  rules: z.string(),
  quotaFen: z.number().int(),
  usedFen: z.number().int(),
  leftFen: z.number().int(),
  status: z.enum(SchemeStatus.values),
  updatedAt: z.string(),
});
export type TScheme = z.infer<typeof ZScheme>;

// ── fund investments ─────────────────────────────────────────────────────────
const investmentFields = {
  fundName: text("基金名称", "Fund", { min: 2, max: 80 }),
  enterpriseId: labelled(z.string().min(1).max(64), "被投企业", "Enterprise"),
  amountFen: fen("投资金额（分）", "Amount (fen)"),
  investedOn: day("投资日期", "Invested on"),
  note: optionalText("备注", "Note", 1000),
};
export const ZInvestmentCreate = z.strictObject(investmentFields);
export const ZInvestmentUpdate = z.strictObject(investmentFields).partial();
export type TInvestmentCreate = z.infer<typeof ZInvestmentCreate>;
export type TInvestmentUpdate = z.infer<typeof ZInvestmentUpdate>;
export const ZInvestmentFilter = z.object({ q: z.string().max(100).optional(), townId: z.string().max(64).optional() });
export const ZInvestment = z.object({
  id: z.string(),
  fundName: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  townName: z.string().nullable(),
  amountFen: z.number().int(),
  investedOn: z.string(),
  note: z.string().nullable(),
  updatedAt: z.string(),
});
export type TInvestment = z.infer<typeof ZInvestment>;

// ── needs and sendings ───────────────────────────────────────────────────────
export const ZNeedPost = z.strictObject({
  amountFen: fen("融资金额（分）", "Amount (fen)"),
  purpose: text("资金用途", "Use of funds", { min: 2, max: 200 }),
  termMonths: months("期限（月）", "Term (months)"),
  collateral: labelled(z.enum(Collateral.values), "抵质押物", "Collateral"),
  urgency: labelled(z.enum(Urgency.values), "紧急程度", "Urgency"),
  activityId: labelled(z.preprocess(blankToNull, z.string().min(1).max(64).nullable().optional()), "提出需求的对接会", "Matchmaking event"),
});
export type TNeedPost = z.infer<typeof ZNeedPost>;
export const ZNeedFilter = z.object({
  q: z.string().max(100).optional(),
  townId: z.string().max(64).optional(),
  status: z.enum(NeedStatus.values).optional(),
});
export const ZSending = z.object({
  id: z.string(),
  needId: z.string(),
  nodeId: z.string(),
  nodeName: z.string(),
  productId: z.string().nullable(),
  productName: z.string().nullable(),
  status: z.enum(SendingStatus.values),
  sentOn: z.string(),
  declineReason: z.string().nullable(),
  answeredOn: z.string().nullable(),
  approvedFen: z.number().int().nullable(),
  grantedFen: z.number().int().nullable(),
  rateBp: z.number().int().nullable(),
  grantedOn: z.string().nullable(),
  schemeId: z.string().nullable(),
  schemeName: z.string().nullable(),
  // the need, as the institution's inbox shows it
  enterpriseName: z.string(),
  townName: z.string().nullable(),
  needAmountFen: z.number().int(),
  needPurpose: z.string(),
  needTermMonths: z.number().int(),
  needCollateral: z.enum(Collateral.values),
  needUrgency: z.enum(Urgency.values),
  needPostedOn: z.string(),
  updatedAt: z.string(),
});
export type TSending = z.infer<typeof ZSending>;
export const ZNeed = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  amountFen: z.number().int(),
  purpose: z.string(),
  termMonths: z.number().int(),
  collateral: z.enum(Collateral.values),
  urgency: z.enum(Urgency.values),
  status: z.enum(NeedStatus.values),
  postedOn: z.string(),
  tier: z.enum(CultivationTier.values),
  activityId: z.string().nullable(),
  activityTitle: z.string().nullable(),
  updatedAt: z.string(),
});
export type TNeed = z.infer<typeof ZNeed>;
export const ZSendingFilter = z.object({
  q: z.string().max(100).optional(),
  status: z.enum(SendingStatus.values).optional(),
  nodeId: z.string().max(64).optional(),
  needId: z.string().max(64).optional(),
});
/** The enterprise sends its need to the institution of one chosen product. */
export const ZSend = z.strictObject({
  needId: labelled(z.string().min(1).max(64), "融资需求", "Financing need"),
  productId: labelled(z.string().min(1).max(64), "金融产品", "Product"),
});
export type TSend = z.infer<typeof ZSend>;
/** Sendings are written by the procedures (send, answer, outcome), never edited as a form. */
export const ZSendingUpdate = z.strictObject({});
export const ZAnswer = z.discriminatedUnion("decision", [
  z.strictObject({ id: z.string().min(1).max(64), decision: z.literal("ACCEPT") }),
  z.strictObject({
    id: z.string().min(1).max(64),
    decision: z.literal("DECLINE"),
    reason: text("婉拒原因", "Reason for declining", { min: 2, max: 500 }),
  }),
]);
export type TAnswer = z.infer<typeof ZAnswer>;
export const ZOutcome = z.strictObject({
  id: z.string().min(1).max(64),
  approvedFen: fen("审批金额（分）", "Amount approved (fen)"),
  grantedFen: labelled(z.number().int().min(0).max(1_000_000_000_000).nullable(), "放款金额（分）", "Amount granted (fen)"),
  rateBp: bp("执行年利率（基点）", "Annual rate (bp)"),
  grantedOn: labelled(z.iso.date({ message: "日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD" }).nullable(), "放款日期", "Granted on"),
  schemeId: labelled(z.string().max(64).nullable(), "担保方案", "Guarantee scheme"),
});
export type TOutcome = z.infer<typeof ZOutcome>;

/** One match as the screens show it: the score and the reasons, the caveats, and (excluded) why not. */
const ZLabel = z.object({ zh: z.string(), en: z.string() });
export const ZProductMatch = z.object({
  product: ZProduct,
  score: z.number(),
  reasons: z.array(ZLabel),
  concerns: z.array(ZLabel),
  /** the failed required criteria of an excluded product (empty for a match) */
  failed: z.array(ZLabel),
  sent: z.boolean(),
});
export const ZNeedMatches = z.object({
  matches: z.array(ZProductMatch),
  excluded: z.array(ZProductMatch),
  considered: z.number().int(),
});
export type TNeedMatches = z.infer<typeof ZNeedMatches>;
/** A matchmaking event an enterprise registered for: the choices of "raised at" when it posts a need. */
export const ZMatchmakingEvent = z.object({ id: z.string(), title: z.string(), startsOn: z.string() });
export type TMatchmakingEvent = z.infer<typeof ZMatchmakingEvent>;
export const ZNeedMatch = z.object({
  sendingId: z.string(),
  needId: z.string(),
  enterpriseName: z.string(),
  amountFen: z.number().int(),
  purpose: z.string(),
  score: z.number(),
  eligible: z.boolean(),
  reasons: z.array(ZLabel),
  concerns: z.array(ZLabel),
  failed: z.array(ZLabel),
});
export const ZProductNeeds = z.object({ data: z.array(ZNeedMatch), considered: z.number().int() });

// ── figures ──────────────────────────────────────────────────────────────────
const ZAmounts = z.object({
  key: z.string(),
  label: ZLabel,
  needs: z.number().int(),
  askedFen: z.number().int(),
  approvedFen: z.number().int(),
  grantedFen: z.number().int(),
});
export type TAmounts = z.infer<typeof ZAmounts>;
export const ZFinancingStats = z.object({
  year: z.number().int(),
  /** what the figures cover ("全区" / "狮岭镇范围"), and that they count needs posted in `year` */
  scope: ZLabel,
  total: ZAmounts,
  byTown: z.array(ZAmounts),
  byTier: z.array(ZAmounts),
  byInstitution: z.array(ZAmounts),
  /** average and median days from posting to the first grant, over the granted needs */
  daysToGrant: z.object({ count: z.number().int(), average: z.number().nullable(), median: z.number().nullable() }),
  schemes: z.array(z.object({ id: z.string(), name: z.string(), quotaFen: z.number().int(), usedFen: z.number().int() })),
  investmentsFen: z.number().int(),
  /** the 金融+ matchmaking events held in `year` in scope, and what the needs raised at each came to */
  events: z.array(
    ZAmounts.extend({
      startsOn: z.string(),
      attended: z.number().int(),
    }),
  ),
});
export type TFinancingStats = z.infer<typeof ZFinancingStats>;
