import { z } from "zod";
import { defineEnum, labelled, RecordSource, ServiceCategory, text, type TLabel } from "@qifu/domain";

/** How a service was delivered; a product offered "both ways" is recorded as one or the other. */
export const LedgerChannel = defineEnum({
  ONLINE: { zh: "线上", en: "Online" },
  OFFLINE: { zh: "线下", en: "Offline" },
});
export type TLedgerChannel = (typeof LedgerChannel.values)[number];

// Where a record came from: the domain's enum, so the programmes that write records name it too.
export { RecordSource } from "@qifu/domain";

export const RequestStatus = defineEnum({
  PENDING: { zh: "待受理", en: "Pending" },
  ACCEPTED: { zh: "已受理", en: "Accepted" },
  DECLINED: { zh: "已拒绝", en: "Declined" },
  DELIVERED: { zh: "已服务", en: "Delivered" },
  CANCELLED: { zh: "已撤回", en: "Cancelled" },
});
export type TRequestStatus = (typeof RequestStatus.values)[number];

export const RequestAction = defineEnum({
  accept: { zh: "受理", en: "accept" },
  decline: { zh: "拒绝", en: "decline" },
  deliver: { zh: "登记服务", en: "deliver" },
  cancel: { zh: "撤回", en: "cancel" },
});
export type TRequestAction = (typeof RequestAction.values)[number];

/** A request still waiting for the node: the case is open, its due time counts. */
export const OPEN_REQUEST_STATUSES: readonly TRequestStatus[] = ["PENDING", "ACCEPTED"];
/** Prefix of service requests' case numbers (FW-2026-000123), from the shared case numbering. */
export const REQUEST_NUMBER_PREFIX = "FW";

/** The request state machine as data: which action leads from which status to which. */
export const REQUEST_TRANSITIONS: Record<TRequestAction, { from: readonly TRequestStatus[]; to: TRequestStatus }> = {
  accept: { from: ["PENDING"], to: "ACCEPTED" },
  decline: { from: ["PENDING", "ACCEPTED"], to: "DECLINED" },
  deliver: { from: ["ACCEPTED"], to: "DELIVERED" },
  cancel: { from: ["PENDING", "ACCEPTED"], to: "CANCELLED" },
};

/** The status after `action`, or the bilingual reason it is not allowed. */
export function requestTransition(from: TRequestStatus, action: TRequestAction): { to: TRequestStatus } | { error: TLabel } {
  const t = REQUEST_TRANSITIONS[action];
  if (t.from.includes(from)) return { to: t.to };
  const allowed = t.from.map((s) => RequestStatus.labels[s]);
  return {
    error: {
      zh: `申请当前状态为“${RequestStatus.label(from)}”，不能${RequestAction.label(action)}（仅“${allowed.map((l) => l.zh).join("”“")}”的申请可以）`,
      en: `The request is ${RequestStatus.label(from, "en").toLowerCase()}; only a ${allowed.map((l) => l.en.toLowerCase()).join(" or ")} request can be ${action === "deliver" ? "delivered" : `${action}${action.endsWith("e") ? "d" : "ed"}`}`,
    },
  };
}

/** Fixed reasons for a rating of 3 or less (data, so figures can count them). */
export const LowRatingReason = defineEnum({
  SLOW: { zh: "响应或办理太慢", en: "Too slow" },
  UNPROFESSIONAL: { zh: "专业水平不足", en: "Not professional enough" },
  NOT_SOLVED: { zh: "问题没有解决", en: "Problem not solved" },
  ATTITUDE: { zh: "服务态度不好", en: "Poor attitude" },
  FEE: { zh: "收费不合理", en: "Unreasonable fee" },
  NOT_AS_PROMISED: { zh: "与公开的服务标准不符", en: "Not as the published standard" },
  OTHER: { zh: "其他", en: "Other" },
});
export type TLowRatingReason = (typeof LowRatingReason.values)[number];
/** A score at or above this counts as satisfied (satisfaction = share of ratings 4–5). */
export const SATISFIED_FROM = 4;
/** Records with no rating this many calendar days after the service go to the return-visit queue. */
export const RETURN_VISIT_AFTER_DAYS = 7;
/** A rating at or below this opens a return visit to follow up (as does no rating after 7 days). */
export const FOLLOW_UP_AT_OR_BELOW = SATISFIED_FROM - 1;

export const VisitOutcome = defineEnum({
  REACHED: { zh: "已联系上", en: "Reached" },
  NO_ANSWER: { zh: "无人接听", en: "No answer" },
  REFUSED: { zh: "企业拒绝评价", en: "Declined to rate" },
});

export const ComplaintStatus = defineEnum({
  FILED: { zh: "已提交", en: "Filed" },
  HANDLING: { zh: "处理中", en: "Being handled" },
  ANSWERED: { zh: "已答复", en: "Answered" },
  CLOSED: { zh: "已办结", en: "Closed" },
});
export type TComplaintStatus = (typeof ComplaintStatus.values)[number];
/** A complaint waiting for its answer: its time limit runs (reopening puts it back to HANDLING). */
export const OPEN_COMPLAINT_STATUSES: readonly TComplaintStatus[] = ["FILED", "HANDLING"];
/** Working days to answer a complaint when the district has not set its own (LedgerSetting). */
export const DEFAULT_COMPLAINT_LIMIT_DAYS = 10;

// ---------------------------------------------------------------------------------------
// Inputs

const blankToNull = (v: unknown) => (v === "" ? null : v);
const optionalText = (zh: string, en: string, max: number) =>
  labelled(z.preprocess(blankToNull, text(zh, en, { max }).nullable().optional()), zh, en);
const ZId = z.string().min(1).max(64);
const ZDate = labelled(
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "日期格式应为 2026-03-18 / date must look like 2026-03-18" }),
  "服务日期",
  "Service date",
);
const ZFileIdList = labelled(z.array(z.string().min(1).max(64)).max(5), "佐证材料", "Evidence");
const ZAttachmentIds = labelled(z.array(z.string().min(1).max(64)).max(5), "附件", "Attachments");

export const ZRequestCreate = z.strictObject({
  productId: labelled(ZId, "服务产品", "Service product"),
  channel: labelled(z.enum(LedgerChannel.values), "服务方式", "Channel"),
  note: text("需求说明", "What you need", { min: 4, max: 1000 }),
  contactName: optionalText("联系人", "Contact person", 50),
  contactPhone: labelled(
    z.preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .regex(/^[0-9+\-() ]{5,30}$/, { message: "电话号码格式不正确 / invalid phone number" })
        .nullable()
        .optional(),
    ),
    "联系电话",
    "Contact phone",
  ),
  fileIds: ZAttachmentIds.optional(),
});
export type TRequestCreate = z.infer<typeof ZRequestCreate>;

/** The fields of a delivered service (request delivery, direct record, import row). */
const deliveryFields = {
  servedOn: ZDate,
  channel: labelled(z.enum(LedgerChannel.values), "服务方式", "Channel"),
  staffName: text("服务人员", "Staff", { min: 1, max: 50 }),
  summary: text("服务内容摘要", "Summary", { min: 4, max: 2000 }),
};

export const ZRequestDecide = z.object({ id: ZId, reason: text("理由", "Reason", { min: 2, max: 500 }) });
export const ZRequestDeliver = z.strictObject({ id: ZId, ...deliveryFields, fileIds: ZFileIdList.optional() });
export const ZRequestCancel = z.object({ id: ZId, reason: optionalText("撤回原因", "Reason", 500) });

export const ZRecordCreate = z.strictObject({
  enterpriseId: labelled(ZId, "服务企业", "Enterprise"),
  nodeId: labelled(ZId, "服务节点", "Service node"),
  productId: labelled(z.preprocess(blankToNull, ZId.nullable().optional()), "服务产品", "Service product"),
  category: labelled(z.enum(ServiceCategory.values), "服务类别", "Category"),
  ...deliveryFields,
  fileIds: ZFileIdList.optional(),
});
export const ZRecordUpdate = ZRecordCreate.omit({ enterpriseId: true, nodeId: true, fileIds: true }).partial();
export type TRecordCreate = z.infer<typeof ZRecordCreate>;

/** One row of the Excel import: enterprise by credit code, node by name (an operator's own node if empty). */
export const ZRecordImportRow = z.object({
  creditCode: labelled(z.string().trim().min(18).max(18), "统一社会信用代码", "Credit code"),
  nodeName: labelled(z.string().trim().max(100).optional(), "服务节点", "Service node"),
  category: labelled(z.enum(ServiceCategory.values), "服务类别", "Category"),
  ...deliveryFields,
});

export const ZRecordFilter = z.object({
  townId: z.string().max(64).optional(),
  nodeId: z.string().max(64).optional(),
  enterpriseId: z.string().max(64).optional(),
  category: z.enum(ServiceCategory.values).optional(),
  channel: z.enum(LedgerChannel.values).optional(),
  source: z.enum(RecordSource.values).optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  servedFrom: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  servedTo: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  rated: z.boolean().optional(),
});

export const ZRate = z.strictObject({
  id: ZId,
  score: labelled(z.number().int().min(1).max(5), "满意度评分", "Score"),
  comment: optionalText("评价内容", "Comment", 1000),
  reasons: labelled(z.array(z.enum(LowRatingReason.values)).max(7).default([]), "不满意原因", "Reasons"),
});
export type TRate = z.input<typeof ZRate>;

export const ZVisit = z.strictObject({
  id: ZId,
  outcome: labelled(z.enum(VisitOutcome.values), "回访结果", "Outcome"),
  note: text("回访记录", "Notes", { min: 2, max: 1000 }),
  /** The score the enterprise gave on the phone, if reached. */
  score: labelled(z.number().int().min(1).max(5).optional(), "满意度评分", "Score"),
  reasons: labelled(z.array(z.enum(LowRatingReason.values)).max(7).default([]), "不满意原因", "Reasons"),
});

export const ZComplaintCreate = z.strictObject({
  nodeId: labelled(ZId, "被投诉节点", "Node"),
  recordId: labelled(z.preprocess(blankToNull, ZId.nullable().optional()), "相关服务记录", "Service record"),
  subject: text("投诉事项", "Subject", { min: 4, max: 100 }),
  content: text("投诉内容", "Details", { min: 10, max: 3000 }),
});
export const ZComplaintStep = z.object({ id: ZId, note: optionalText("说明", "Note", 1000) });
export const ZComplaintAnswer = z.object({ id: ZId, answer: text("答复内容", "Answer", { min: 4, max: 3000 }) });
/** The complaining enterprise is not satisfied with the answer: why. */
export const ZComplaintReopen = z.object({ id: ZId, reason: text("重新处理的理由", "Why it needs more handling", { min: 4, max: 1000 }) });
export const ZLedgerSettings = z.object({
  complaintLimitDays: labelled(z.number().int().min(1).max(60), "投诉办理时限（工作日）", "Complaint time limit (working days)"),
});
export type TLedgerSettings = z.infer<typeof ZLedgerSettings>;

// ---------------------------------------------------------------------------------------
// Outputs

export const ZRequest = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  productId: z.string(),
  productTitle: z.string(),
  nodeId: z.string(),
  nodeName: z.string(),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  category: z.enum(ServiceCategory.values),
  channel: z.enum(LedgerChannel.values),
  note: z.string(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  status: z.enum(RequestStatus.values),
  reason: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  recordId: z.string().nullable(),
  /** the case number, e.g. FW-2026-000123 */
  number: z.string(),
  /** when the node should have served it: the product's time limit in working days */
  dueAt: z.string().nullable(),
  /** open and past its due time (flagged by the sweep) */
  overdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TRequest = z.infer<typeof ZRequest>;

export const RequestEventKind = defineEnum({
  SUBMIT: { zh: "企业提交申请", en: "Submitted" },
  ACCEPT: { zh: "节点受理", en: "Accepted" },
  OVERDUE: { zh: "超过办理时限，已提醒节点", en: "Overdue; the node was reminded" },
  DECLINE: { zh: "节点不予受理", en: "Declined" },
  DELIVER: { zh: "已提供服务并登记台账", en: "Served and recorded" },
  CANCEL: { zh: "企业撤回", en: "Withdrawn" },
});
const ZStoredFileRef = z.object({
  id: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number(),
  createdAt: z.string(),
  url: z.string(),
});
/** The case page: the request with its timeline, handler, time limit and attachments. */
export const ZRequestDetail = ZRequest.extend({
  timeLimitDays: z.number().int().nullable(),
  handlerName: z.string().nullable(),
  timeline: z.array(
    z.object({ kind: z.enum(RequestEventKind.values), at: z.string(), actorName: z.string().nullable(), note: z.string().nullable() }),
  ),
  files: z.array(ZStoredFileRef),
});
export type TRequestDetail = z.infer<typeof ZRequestDetail>;

export const ZRequestFilter = z.object({
  status: z.enum(RequestStatus.values).optional(),
  /** true: only PENDING/ACCEPTED; false: only finished ones */
  open: z.boolean().optional(),
  overdue: z.boolean().optional(),
  nodeId: z.string().max(64).optional(),
  townId: z.string().max(64).optional(),
  category: z.enum(ServiceCategory.values).optional(),
});

export const ZRecord = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  /** 统一社会信用代码: the key an Excel re-import finds the enterprise by. */
  enterpriseCreditCode: z.string(),
  nodeId: z.string(),
  nodeName: z.string(),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  productId: z.string().nullable(),
  productTitle: z.string().nullable(),
  requestId: z.string().nullable(),
  category: z.enum(ServiceCategory.values),
  channel: z.enum(LedgerChannel.values),
  servedOn: z.string(),
  staffName: z.string(),
  summary: z.string(),
  source: z.enum(RecordSource.values),
  ratingScore: z.number().int().nullable(),
  ratingComment: z.string().nullable(),
  ratingReasons: z.array(z.enum(LowRatingReason.values)),
  ratedAt: z.string().nullable(),
  ratedVia: z.string().nullable(),
  visitOutcome: z.enum(VisitOutcome.values).nullable(),
  visitNote: z.string().nullable(),
  visitedAt: z.string().nullable(),
  files: z.array(ZStoredFileRef).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TRecord = z.infer<typeof ZRecord>;

export const ZComplaint = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  nodeId: z.string(),
  nodeName: z.string(),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  recordId: z.string().nullable(),
  subject: z.string(),
  content: z.string(),
  status: z.enum(ComplaintStatus.values),
  answer: z.string().nullable(),
  handledAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  closeNote: z.string().nullable(),
  /** answer due (the complaint time limit on the working calendar) */
  dueAt: z.string().nullable(),
  /** unanswered past its due time (flagged by the sweep) */
  overdue: z.boolean(),
  acceptedAt: z.string().nullable(),
  reopenCount: z.number().int(),
  reopenReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TComplaint = z.infer<typeof ZComplaint>;
export const ZComplaintFilter = z.object({
  status: z.enum(ComplaintStatus.values).optional(),
  nodeId: z.string().max(64).optional(),
  townId: z.string().max(64).optional(),
  overdue: z.boolean().optional(),
});

/** Figures of a set of records: 家次, distinct enterprises, online share, satisfaction. */
export const ZFigures = z.object({
  enterpriseTimes: z.number().int(),
  enterprises: z.number().int(),
  online: z.number().int(),
  rated: z.number().int(),
  satisfied: z.number().int(),
  /** online / enterpriseTimes, 0..1 (0 when there are no records) */
  onlineShare: z.number(),
  /** satisfied / rated, 0..1 (null when nothing is rated) */
  satisfaction: z.number().nullable(),
});
export type TFigures = z.infer<typeof ZFigures>;

export const ZLedgerStats = z.object({
  year: z.number().int(),
  total: ZFigures,
  byTown: z.array(ZFigures.extend({ townId: z.string().nullable(), townName: z.string() })),
  byNode: z.array(ZFigures.extend({ nodeId: z.string(), nodeName: z.string(), townName: z.string().nullable() })),
  byMonth: z.array(ZFigures.extend({ month: z.number().int().min(1).max(12) })),
  targets: z.object({ enterpriseTimes: z.number().nullable(), onlineShare: z.number().nullable(), satisfaction: z.number().nullable() }),
});
export type TLedgerStats = z.infer<typeof ZLedgerStats>;
export const ZStatsInput = z
  .object({
    year: z.number().int().min(2000).max(2100).optional(),
    townId: z.string().max(64).optional(),
    nodeId: z.string().max(64).optional(),
    /** Only the N busiest nodes in byNode (the screens show ten); all nodes when absent. */
    topNodes: z.number().int().min(1).max(1000).optional(),
  })
  .optional();
/** How many of the busiest nodes the board and the admin page show. */
export const LEDGER_TOP_NODES = 10;

/** Metric keys of the targets (targets are data; the formulas are registered by ./server). */
export const LEDGER_METRICS = {
  enterpriseTimes: "ledger.enterpriseTimes",
  onlineShare: "ledger.onlineShare",
  satisfaction: "ledger.satisfaction",
  requestsOnTime: "ledger.requestsOnTime",
  complaints: "ledger.complaints",
} as const;
