import { z } from "zod";
import { defineEnum, labelled, ServiceCategory, text, type TLabel } from "@qifu/domain";

/** 服务券 (issue 16 part 2): zod schemas and types, safe in the browser and on the server. Money in integer fen. */
export const BatchStatus = defineEnum({
  OPEN: { zh: "发放中", en: "Open" },
  CLOSED: { zh: "已停止发放", en: "Closed" },
});
export const IssueMode = defineEnum({
  APPLICATION: { zh: "企业申领", en: "By application" },
  ALLOCATION: { zh: "定向分配", en: "By allocation" },
});
export const VoucherStatus = defineEnum({
  APPLIED: { zh: "待审核", en: "Applied" },
  ISSUED: { zh: "已发放", en: "Issued" },
  REJECTED: { zh: "未通过", en: "Rejected" },
});
export const RedemptionStatus = defineEnum({
  PENDING: { zh: "待企业确认", en: "Waiting for the enterprise" },
  CONFIRMED: { zh: "企业已确认", en: "Confirmed" },
});
export const SignalKind = defineEnum({
  HIGH_FREQUENCY: { zh: "同一企业在同一节点核销远高于常态", en: "One enterprise redeems at one node far above the norm" },
  UNCONFIRMED: { zh: "核销长期未经企业确认", en: "Redemption not confirmed by the enterprise" },
  DUPLICATE_EVIDENCE: { zh: "同一佐证文件用于多笔核销", en: "The same evidence file on several redemptions" },
  OUTSIDE_HOURS: { zh: "服务时间不在节点服务时间内", en: "Service dated outside the node's opening hours" },
});
export const SignalVerdict = defineEnum({
  CLEARED: { zh: "核查无误", en: "Cleared" },
  CONFIRMED: { zh: "确认异常", en: "Confirmed as irregular" },
});
export type TBatchStatus = (typeof BatchStatus.values)[number];
export type TIssueMode = (typeof IssueMode.values)[number];
export type TVoucherStatus = (typeof VoucherStatus.values)[number];
export type TRedemptionStatus = (typeof RedemptionStatus.values)[number];
export type TSignalKind = (typeof SignalKind.values)[number];
export type TSignalVerdict = (typeof SignalVerdict.values)[number];

/** Why a redemption is refused: one code each, one message in both languages (the server throws these). */
export const REFUSALS = {
  QUOTA_USED: {
    zh: "额度已用完：超出服务券余额或该服务类别的企业额度",
    en: "Quota used: beyond the voucher's balance or the enterprise's quota for this category",
  },
  EXPIRED: { zh: "服务券已过期或尚未生效", en: "The voucher has expired or is not valid yet" },
  CATEGORY_NOT_ELIGIBLE: { zh: "该服务类别不在本批服务券的适用范围内", en: "This service category is not eligible in this batch" },
  NODE_NOT_ELIGIBLE: { zh: "本服务节点不在本批服务券的适用节点内", en: "This node is not eligible in this batch" },
  BUDGET_SPENT: { zh: "本批服务券预算已用完", en: "The batch's budget is spent" },
  PERIOD_SETTLED: { zh: "该月份已结算，不能再核销或确认", en: "That month is settled: no redemption can enter it" },
} as const satisfies Record<string, TLabel>;
export type TRefusal = keyof typeof REFUSALS;
/** The field each refusal is shown on. */
export const REFUSAL_FIELD: Record<TRefusal, string> = {
  QUOTA_USED: "amountFen",
  EXPIRED: "code",
  CATEGORY_NOT_ELIGIBLE: "category",
  NODE_NOT_ELIGIBLE: "code",
  BUDGET_SPENT: "amountFen",
  PERIOD_SETTLED: "servedAt",
};

/** Signal thresholds (documented; the district reviews every signal, none is a verdict). */
export const SIGNAL_RULES = {
  /** an (enterprise, node) pair with at least this many redemptions … */
  highFrequencyMin: 4,
  /** … and at least this many times the mean count of all pairs */
  highFrequencyFactor: 3,
  /** a redemption still unconfirmed after this many days */
  unconfirmedDays: 14,
} as const;

const id = (zh: string, en: string) => labelled(z.string().min(1).max(64), zh, en);
/** int4 column in fen: at most 2,000 万元. */
const fen = (zh: string, en: string, min = 0) => labelled(z.number().int().min(min).max(2_000_000_000), zh, en);
const day = (zh: string, en: string) => labelled(z.iso.date({ message: "日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD" }), zh, en);
const period = labelled(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "月份格式应为 YYYY-MM / month must be YYYY-MM"), "月份", "Month");
const category = labelled(z.enum(ServiceCategory.values), "服务类别", "Service category");
const blankToNull = (v: unknown) => (v === "" ? null : v);
const optionalText = (zh: string, en: string, max: number) =>
  labelled(z.preprocess(blankToNull, text(zh, en, { max }).nullable().optional()), zh, en);

// ── batches ───────────────────────────────────────────────────────────────────
const batchFields = {
  name: text("批次名称", "Name", { min: 2, max: 100 }),
  budgetFen: fen("预算（分）", "Budget (fen)", 1),
  faceValuesFen: labelled(
    z
      .array(fen("面额（分）", "Face value (fen)", 100))
      .min(1)
      .max(6),
    "面额",
    "Face values",
  ),
  categories: labelled(z.array(z.enum(ServiceCategory.values)).min(1).max(13), "适用服务类别", "Eligible categories"),
  nodeIds: labelled(z.array(z.string().min(1).max(64)).max(200), "适用服务节点", "Eligible nodes"),
  quotaPerEnterprise: labelled(z.number().int().min(1).max(20), "每家企业可领张数", "Vouchers per enterprise"),
  quotaPerCategoryFen: fen("每家企业每类别额度（分）", "Quota per enterprise and category (fen)", 1),
  validFrom: day("有效期起", "Valid from"),
  validTo: day("有效期止", "Valid to"),
  issueMode: labelled(z.enum(IssueMode.values), "发放方式", "Issued by"),
  status: labelled(z.enum(BatchStatus.values), "状态", "Status"),
  description: optionalText("说明", "Description", 2000),
};
export const ZBatchCreate = z.strictObject({
  ...batchFields,
  nodeIds: batchFields.nodeIds.default([]),
  quotaPerEnterprise: batchFields.quotaPerEnterprise.default(1),
  issueMode: batchFields.issueMode.default("APPLICATION"),
  status: batchFields.status.default("OPEN"),
});
export const ZBatchUpdate = z.strictObject(batchFields).partial();
export type TBatchCreate = z.infer<typeof ZBatchCreate>;
export type TBatchUpdate = z.infer<typeof ZBatchUpdate>;
export const ZBatchFilter = z.object({ q: z.string().max(100).optional(), status: z.enum(BatchStatus.values).optional() });
export const ZBatch = z.object({
  id: z.string(),
  name: z.string(),
  budgetFen: z.number().int(),
  spentFen: z.number().int(),
  issuedFen: z.number().int(),
  faceValuesFen: z.array(z.number().int()),
  categories: z.array(z.enum(ServiceCategory.values)),
  nodeIds: z.array(z.string()),
  quotaPerEnterprise: z.number().int(),
  quotaPerCategoryFen: z.number().int(),
  validFrom: z.string(),
  validTo: z.string(),
  issueMode: z.enum(IssueMode.values),
  status: z.enum(BatchStatus.values),
  description: z.string().nullable(),
  updatedAt: z.string(),
});
export type TBatch = z.infer<typeof ZBatch>;

// ── vouchers ──────────────────────────────────────────────────────────────────
export const ZVoucherFilter = z.object({
  q: z.string().max(100).optional(),
  batchId: z.string().max(64).optional(),
  status: z.enum(VoucherStatus.values).optional(),
  townId: z.string().max(64).optional(),
});
export const ZVoucher = z.object({
  id: z.string(),
  code: z.string(),
  batchId: z.string(),
  batchName: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  townName: z.string().nullable(),
  faceValueFen: z.number().int(),
  balanceFen: z.number().int(),
  status: z.enum(VoucherStatus.values),
  source: z.enum(IssueMode.values),
  validFrom: z.string(),
  validTo: z.string(),
  categories: z.array(z.enum(ServiceCategory.values)),
  issuedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type TVoucher = z.infer<typeof ZVoucher>;
export const ZApply = z.strictObject({ batchId: id("批次", "Batch"), faceValueFen: fen("面额（分）", "Face value (fen)", 100) });
export const ZAllocate = z.strictObject({
  batchId: id("批次", "Batch"),
  enterpriseIds: labelled(z.array(z.string().min(1).max(64)).min(1).max(500), "企业", "Enterprises"),
  faceValueFen: fen("面额（分）", "Face value (fen)", 100),
});
export const ZDecide = z.strictObject({ id: id("服务券", "Voucher"), approve: z.boolean() });

// ── redemptions ───────────────────────────────────────────────────────────────
export const ZRedeem = z.strictObject({
  code: labelled(z.string().trim().min(4).max(32), "券码", "Voucher code"),
  /** the ledger record of the service, of this node and the voucher's enterprise; none: the redemption records one */
  ledgerRecordId: labelled(z.preprocess(blankToNull, z.string().max(64).nullable().optional()), "服务台账记录", "Ledger record"),
  category: category.optional(),
  amountFen: fen("核销金额（分）", "Amount (fen)", 1),
  servedAt: labelled(z.iso.datetime({ offset: true, message: "时间格式不正确 / invalid time" }), "服务时间", "Served at"),
  steps: labelled(
    z
      .array(text("服务步骤", "Service step", { min: 2, max: 200 }))
      .min(1)
      .max(12),
    "服务过程",
    "Service steps",
  ),
  fileIds: labelled(z.array(z.string().min(1).max(64)).max(10), "佐证材料", "Evidence").default([]),
});
export type TRedeemInput = z.input<typeof ZRedeem>;
export const ZConfirm = z.strictObject({
  id: id("核销记录", "Redemption"),
  rating: labelled(z.number().int().min(1).max(5), "评分", "Rating"),
  comment: optionalText("评价", "Comment", 500),
});
export const ZRedemptionFilter = z.object({
  q: z.string().max(100).optional(),
  status: z.enum(RedemptionStatus.values).optional(),
  period: z.string().max(7).optional(),
  nodeId: z.string().max(64).optional(),
  batchId: z.string().max(64).optional(),
  settled: z.boolean().optional(),
});
export const ZEvidence = z.object({ id: z.string(), name: z.string(), url: z.string(), size: z.number().int() });
export const ZRedemption = z.object({
  id: z.string(),
  voucherCode: z.string(),
  batchId: z.string(),
  batchName: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  nodeId: z.string(),
  nodeName: z.string(),
  townName: z.string().nullable(),
  ledgerRecordId: z.string(),
  category: z.enum(ServiceCategory.values),
  amountFen: z.number().int(),
  servedAt: z.string(),
  period: z.string(),
  steps: z.array(z.string()),
  staffName: z.string(),
  status: z.enum(RedemptionStatus.values),
  rating: z.number().int().nullable(),
  comment: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  settled: z.boolean(),
  files: z.array(ZEvidence),
  updatedAt: z.string(),
});
export type TRedemption = z.infer<typeof ZRedemption>;

// ── settlements, spot checks, signals ──────────────────────────────────────────
export const ZSettle = z.strictObject({ period });
export const ZSettlementLine = z.object({
  nodeId: z.string(),
  nodeName: z.string(),
  townName: z.string().nullable(),
  count: z.number().int(),
  amountFen: z.number().int(),
});
export const ZSettlement = z.object({
  id: z.string(),
  period: z.string(),
  totalFen: z.number().int(),
  count: z.number().int(),
  lines: z.array(ZSettlementLine),
  settledAt: z.string(),
  updatedAt: z.string(),
});
export type TSettlement = z.infer<typeof ZSettlement>;
export const ZSettlementPreview = z.object({
  period: z.string(),
  settled: z.boolean(),
  totalFen: z.number().int(),
  count: z.number().int(),
  pending: z.number().int(),
  lines: z.array(ZSettlementLine),
});
export const ZDrawSpotCheck = z.strictObject({
  period,
  size: labelled(z.number().int().min(1).max(200), "抽查数量", "Sample size"),
  /** given: redraw an earlier sample; none: a fresh seed, recorded */
  seed: labelled(z.number().int().min(0).max(2_147_483_647).optional(), "随机种子", "Seed"),
  note: optionalText("说明", "Note", 500),
});
export const ZSpotCheck = z.object({
  id: z.string(),
  period: z.string(),
  seed: z.number().int(),
  size: z.number().int(),
  redemptionIds: z.array(z.string()),
  drawnAt: z.string(),
  note: z.string().nullable(),
  updatedAt: z.string(),
});
export type TSpotCheck = z.infer<typeof ZSpotCheck>;
export const ZSignal = z.object({
  key: z.string(),
  kind: z.enum(SignalKind.values),
  detail: z.object({ zh: z.string(), en: z.string() }),
  redemptionIds: z.array(z.string()),
  enterpriseName: z.string().nullable(),
  nodeName: z.string().nullable(),
  amountFen: z.number().int(),
  verdict: z.enum(SignalVerdict.values).nullable(),
  note: z.string().nullable(),
});
export type TSignal = z.infer<typeof ZSignal>;
export const ZReviewSignal = z.strictObject({
  key: labelled(z.string().min(3).max(200), "信号", "Signal"),
  verdict: labelled(z.enum(SignalVerdict.values), "核查结论", "Verdict"),
  note: optionalText("核查说明", "Note", 500),
});

// ── the enterprise's page and the board ────────────────────────────────────────
/** What node staff see when they enter a code: the voucher, whether it can be used here, and their services it can pay for. */
export const ZRedeemLookup = z.object({
  /** null: no voucher has this code (an answer, not an error: staff are typing it) */
  voucher: ZVoucher.nullable(),
  /** why this node cannot redeem it now (unknown code, expired, not issued, not an eligible node); null: it can */
  blocked: z.object({ zh: z.string(), en: z.string() }).nullable(),
  /** this node's ledger records for the voucher's enterprise in the batch's validity and categories, not yet redeemed */
  records: z.array(z.object({ id: z.string(), servedOn: z.string(), category: z.enum(ServiceCategory.values), summary: z.string() })),
});
export type TRedeemLookup = z.infer<typeof ZRedeemLookup>;
export const ZMine = z.object({
  vouchers: z.array(ZVoucher),
  openBatches: z.array(ZBatch),
  redemptions: z.array(ZRedemption),
});
export type TMine = z.infer<typeof ZMine>;
export const ZAmountRow = z.object({
  key: z.string(),
  name: z.string(),
  issuedFen: z.number().int(),
  redeemedFen: z.number().int(),
  confirmedFen: z.number().int(),
  settledFen: z.number().int(),
});
export const ZVoucherStats = z.object({
  scope: z.object({ zh: z.string(), en: z.string() }),
  issuedFen: z.number().int(),
  redeemedFen: z.number().int(),
  confirmedFen: z.number().int(),
  settledFen: z.number().int(),
  budgetFen: z.number().int(),
  averageRating: z.number().nullable(),
  ratings: z.array(z.object({ stars: z.number().int(), count: z.number().int() })),
  byTown: z.array(ZAmountRow),
  byNode: z.array(ZAmountRow),
  byCategory: z.array(ZAmountRow),
});
export type TVoucherStats = z.infer<typeof ZVoucherStats>;
export const VOUCHER_REDEEMED_METRIC = "vouchers.redeemedFen";

/** The Shanghai month (YYYY-MM) of an instant: the settlement period a service falls in. */
export const periodOf = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 7);
