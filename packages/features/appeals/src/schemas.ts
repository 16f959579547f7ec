import { z } from "zod";
import { CalendarDayKind, defineEnum, labelled, text } from "@qifu/domain";

/** States of the closed loop (Huadu plan 三: 闭环运转). */
export const AppealStatus = defineEnum({
  SUBMITTED: { zh: "已提交", en: "Submitted" },
  ACCEPTED: { zh: "已受理", en: "Accepted" },
  IN_PROGRESS: { zh: "办理中", en: "In progress" },
  ANSWERED: { zh: "已答复", en: "Answered" },
  CONFIRMED: { zh: "已确认", en: "Confirmed" },
  CLOSED: { zh: "已办结", en: "Closed" },
  WITHDRAWN: { zh: "已撤回", en: "Withdrawn" },
});
export type TAppealStatus = (typeof AppealStatus.values)[number];
/** Still with the units: the time limits run, the enterprise may withdraw or supplement. */
export const OPEN_STATUSES: TAppealStatus[] = ["SUBMITTED", "ACCEPTED", "IN_PROGRESS"];
/** Open, or answered/confirmed but not closed: co-units and the district may still act. */
export const ACTIVE_STATUSES: TAppealStatus[] = [...OPEN_STATUSES, "ANSWERED", "CONFIRMED"];
export const isOpenAppeal = (status: TAppealStatus) => OPEN_STATUSES.includes(status);

export const Urgency = defineEnum({
  NORMAL: { zh: "一般", en: "Normal" },
  URGENT: { zh: "紧急", en: "Urgent" },
});
export type TUrgency = (typeof Urgency.values)[number];

/** 督办 levels, in rising order. */
export const SupervisionLevel = defineEnum({
  NONE: { zh: "无", en: "None" },
  REMINDER: { zh: "提醒", en: "Reminder" },
  YELLOW: { zh: "黄牌督办", en: "Yellow card" },
  RED: { zh: "红牌督办（报区）", en: "Red card (to the district)" },
});
export type TSupervisionLevel = (typeof SupervisionLevel.values)[number];
export const SUPERVISION_ORDER: TSupervisionLevel[] = ["NONE", "REMINDER", "YELLOW", "RED"];

/** What can happen to an appeal: workflow steps and the SLA events (activate, pause, fulfil, warn, breach). */
export const AppealEventKind = defineEnum({
  SUBMIT: { zh: "提交诉求", en: "Submitted" },
  ROUTE: { zh: "分派至承办单位", en: "Routed" },
  SEND_BACK: { zh: "退回并转办", en: "Sent back" },
  REASSIGN: { zh: "改派", en: "Reassigned" },
  ACCEPT: { zh: "受理", en: "Accepted" },
  START: { zh: "开始办理", en: "Work started" },
  REQUEST_INFO: { zh: "请企业补充材料（计时暂停）", en: "Information requested (clock paused)" },
  SUPPLEMENT: { zh: "企业补充材料（计时恢复）", en: "Information supplied (clock resumed)" },
  ANSWER: { zh: "答复", en: "Answered" },
  CONFIRM: { zh: "企业确认", en: "Confirmed by the enterprise" },
  RETURN_VISIT: { zh: "回访", en: "Return visit" },
  CLOSE: { zh: "办结", en: "Closed" },
  REOPEN: { zh: "企业不满意，重新办理", en: "Reopened by the enterprise" },
  WITHDRAW: { zh: "企业撤回（待回访确认）", en: "Withdrawn (call-back queued)" },
  SLA_ACTIVATE: { zh: "开始计时", en: "Clock started" },
  SLA_PAUSE: { zh: "计时暂停", en: "Clock paused" },
  SLA_RESUME: { zh: "计时恢复", en: "Clock resumed" },
  SLA_FULFIL: { zh: "时限内完成", en: "Time limit met" },
  SLA_WARN: { zh: "即将超时预警", en: "Breach warning" },
  SLA_BREACH: { zh: "超时", en: "Time limit breached" },
  SUPERVISE: { zh: "督办", en: "Supervision" },
  CO_UNIT_ADD: { zh: "增加协办单位", en: "Co-handling unit added" },
  NOTE: { zh: "办理备注", en: "Note" },
  HARD_BONE: { zh: "列为硬骨头问题", en: "Flagged as a hard-bone problem" },
});
export type TAppealEventKind = (typeof AppealEventKind.values)[number];

/** A handling unit: a town unit or a district department (null id + kind "DISTRICT" = the district centre's triage). */
export const ZUnitRef = z.object({ kind: z.enum(["TOWN", "DEPARTMENT"]), id: z.string().min(1).max(64) });
export type TUnitRef = z.infer<typeof ZUnitRef>;
export const ZUnit = z.object({ kind: z.enum(["TOWN", "DEPARTMENT", "DISTRICT"]), id: z.string().nullable(), name: z.string() });
export type TUnit = z.infer<typeof ZUnit>;

// ---------------------------------------------------------------- calendar

const ZDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD" })
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), { message: "不是有效日期 / not a valid date" });

const calendarFields = {
  date: labelled(ZDate, "日期", "Date"),
  kind: labelled(z.enum(CalendarDayKind.values), "类型", "Kind"),
  name: text("名称", "Name", { min: 1, max: 50 }),
};
export const ZCalendarDayCreate = z.strictObject(calendarFields);
export const ZCalendarDayUpdate = z.strictObject(calendarFields).partial();
export const ZCalendarDayFilter = z.object({
  year: z.number().int().min(2000).max(2100).optional(),
  kind: z.enum(CalendarDayKind.values).optional(),
});
export const ZCalendarDay = z.object({
  id: z.string(),
  date: z.string(),
  kind: z.enum(CalendarDayKind.values),
  name: z.string(),
  weekday: z.number().int(),
});
export type TCalendarDay = z.infer<typeof ZCalendarDay>;
/** Next year's calendar: `due` from November while it has no holidays entered. */
export const ZCalendarYearCheck = z.object({ year: z.number().int(), holidays: z.number().int(), due: z.boolean() });
export type TCalendarYearCheck = z.infer<typeof ZCalendarYearCheck>;

// ---------------------------------------------------------------- categories and time limits

const ZLimit = z.object({
  ackHours: labelled(z.number().int().min(1).max(200), "受理时限（工作小时）", "Acknowledge within (working hours)"),
  resolveDays: labelled(z.number().int().min(1).max(365), "办结时限（工作日）", "Resolve within (working days)"),
});
export const ZLimits = z.object({ NORMAL: ZLimit, URGENT: ZLimit });
export type TLimits = z.infer<typeof ZLimits>;

const categoryFields = {
  code: labelled(
    z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, { message: "编码为大写字母、数字、下划线 / upper-case letters, digits, underscore" }),
    "编码",
    "Code",
  ),
  name: text("名称", "Name", { min: 1, max: 40 }),
  nameEn: text("英文名称", "English name", { min: 1, max: 80 }),
  sortOrder: labelled(z.number().int().min(0).max(1000), "排序", "Order"),
  active: labelled(z.boolean(), "启用", "Active"),
  limits: ZLimits,
};
export const ZCategoryCreate = z.strictObject({
  ...categoryFields,
  sortOrder: categoryFields.sortOrder.default(0),
  active: categoryFields.active.default(true),
});
export const ZCategoryUpdate = z.strictObject(categoryFields).partial();
export const ZCategoryFilter = z.object({ active: z.boolean().optional() });
export const ZCategory = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  limits: ZLimits,
});
export type TCategory = z.infer<typeof ZCategory>;

// ---------------------------------------------------------------- routing rules

const optionalId = (zh: string, en: string) =>
  labelled(
    z.preprocess((v) => (v === "" ? null : v), z.string().max(64).nullable().optional()),
    zh,
    en,
  );
const routeFields = {
  categoryId: optionalId("诉求类别（空=全部）", "Category (empty = any)"),
  townId: optionalId("企业所在镇街（空=全部）", "Enterprise's town (empty = any)"),
  unitKind: labelled(z.enum(["TOWN", "DEPARTMENT"]), "承办单位类型", "Handling unit kind"),
  unitTownId: optionalId("承办镇街", "Handling town"),
  unitDepartmentId: optionalId("承办部门", "Handling department"),
  note: labelled(
    z.preprocess((v) => (v === "" ? null : v), text("备注", "Note", { max: 200 }).nullable().optional()),
    "备注",
    "Note",
  ),
};
export const ZRouteCreate = z.strictObject(routeFields);
export const ZRouteUpdate = z.strictObject(routeFields).partial();
export const ZRouteFilter = z.object({ categoryId: z.string().max(64).optional(), townId: z.string().max(64).optional() });
export const ZRoute = z.object({
  id: z.string(),
  categoryId: z.string().nullable(),
  categoryName: z.string().nullable(),
  townId: z.string().nullable(),
  unitKind: z.enum(["TOWN", "DEPARTMENT"]),
  unitTownId: z.string().nullable(),
  unitDepartmentId: z.string().nullable(),
  note: z.string().nullable(),
});
export type TRoute = z.infer<typeof ZRoute>;

// ---------------------------------------------------------------- commissioner assignments

export const ZAssignmentCreate = z.strictObject({
  commissionerId: labelled(z.string().min(1).max(64), "暖企专员", "Commissioner"),
  enterpriseId: labelled(z.string().min(1).max(64), "企业", "Enterprise"),
});
export const ZAssignmentUpdate = ZAssignmentCreate.partial();
export const ZAssignmentFilter = z.object({ commissionerId: z.string().max(64).optional() });
export const ZAssignment = z.object({
  id: z.string(),
  commissionerId: z.string(),
  commissionerName: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
});
export type TAssignment = z.infer<typeof ZAssignment>;

// ---------------------------------------------------------------- appeals

/** Attachments: ids of files uploaded with POST /files (at most 5; type and size checked on upload). */
export const ZAttachmentIds = labelled(
  z.array(z.string().min(1).max(64)).max(5, { message: "最多 5 个附件 / at most 5 attachments" }),
  "附件",
  "Attachments",
);
export const ZAttachment = z.object({ id: z.string(), name: z.string(), mime: z.string(), size: z.number().int(), url: z.string() });
export type TAttachment = z.infer<typeof ZAttachment>;

export const ZAppealSubmit = z.strictObject({
  title: text("标题", "Title", { min: 4, max: 80 }),
  description: text("诉求内容", "Description", { min: 10, max: 4000 }),
  categoryId: labelled(z.string().min(1, { message: "请选择诉求类别 / choose a category" }).max(64), "诉求类别", "Category"),
  urgency: labelled(z.enum(Urgency.values), "紧急程度", "Urgency").default("NORMAL"),
  mayPublish: labelled(z.boolean(), "同意脱敏后公开", "May be published anonymised").default(false),
  /** Only when a commissioner records it on an enterprise's behalf. */
  enterpriseId: labelled(z.string().max(64).optional(), "企业", "Enterprise"),
  fileIds: ZAttachmentIds.default([]),
});
export type TAppealSubmit = z.input<typeof ZAppealSubmit>;

export const ZAppealFilter = z.object({
  status: z.enum(AppealStatus.values).optional(),
  categoryId: z.string().max(64).optional(),
  supervisionLevel: z.enum(SupervisionLevel.values).optional(),
  overdue: z.boolean().optional(),
  enterpriseId: z.string().max(64).optional(),
  year: z.number().int().optional(),
  /** 待办: what waits for the caller's role (units: to accept, handle or close; commissioners: to visit or call back). */
  todo: z.boolean().optional(),
  /** 即将超时: open, not yet past its resolve-by time, warned by the sweep or due within a day. */
  dueSoon: z.boolean().optional(),
  /** 黄牌/红牌督办: open and under yellow- or red-card supervision. */
  supervised: z.boolean().optional(),
  /** 在办: not yet answered (received, accepted, in hand). */
  open: z.boolean().optional(),
});

/** The board's appeals tile: what is open now, and how the year's closed appeals were rated, in the caller's scope. */
export const ZAppealsOverview = z.object({
  /** in hand now, whatever the year they came in */
  open: z.number().int(),
  overdue: z.number().int(),
  yellow: z.number().int(),
  red: z.number().int(),
  /** appeals received in the year */
  received: z.number().int(),
  /** ratings given in the year's appeals: how many, and the share rated 4 or 5 (null without any) */
  rated: z.number().int(),
  satisfiedShare: z.number().nullable(),
  year: z.number().int(),
});
export type TAppealsOverview = z.infer<typeof ZAppealsOverview>;

export const ZAppealEvent = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum(AppealEventKind.values),
  actorName: z.string(),
  actorRole: z.string().nullable(),
  note: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
  files: z.array(ZAttachment),
});
export type TAppealEvent = z.infer<typeof ZAppealEvent>;

export const ZAppeal = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  description: z.string(),
  categoryId: z.string(),
  categoryName: z.string(),
  categoryNameEn: z.string(),
  urgency: z.enum(Urgency.values),
  mayPublish: z.boolean(),
  channel: z.enum(["ENTERPRISE", "COMMISSIONER", "OPEN311"]),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  status: z.enum(AppealStatus.values),
  unit: ZUnit,
  submittedAt: z.string(),
  acceptedAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answer: z.string().nullable(),
  closedAt: z.string().nullable(),
  resolved: z.boolean().nullable(),
  satisfaction: z.number().int().nullable(),
  reopenCount: z.number().int(),
  callbackPending: z.boolean(),
  ackDueAt: z.string(),
  resolveDueAt: z.string(),
  paused: z.boolean(),
  ackBreached: z.boolean(),
  resolveBreached: z.boolean(),
  supervisionLevel: z.enum(SupervisionLevel.values),
  hardBone: z.boolean(),
  updatedAt: z.string(),
});
export type TAppeal = z.infer<typeof ZAppeal>;
export const ZAppealDetail = ZAppeal.extend({
  events: z.array(ZAppealEvent),
  reopenableUntil: z.string().nullable(),
  /** 协办 units: they read the appeal and add notes; the lead unit (`unit`) handles it. */
  coUnits: z.array(ZUnit),
  /** The visit-log issue it was made from, if any. */
  visitIssueId: z.string().nullable(),
  /** Files attached on intake (those of answers are on their timeline events). */
  files: z.array(ZAttachment),
  /** The enterprise's contact, for the unit to call (from the enterprise's registry record). */
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
});
export type TAppealDetail = z.infer<typeof ZAppealDetail>;

/**
 * What is said to the enterprise (issue 11 point 5): a separate DTO without the units'
 * internal fields: no supervision (督办) level, no hard-bone flag, no call-back queue, and a
 * timeline without internal notes (办理备注), supervision, co-unit or SLA warning events;
 * the district's reason for a reassignment stays inside. A send-back's reason is said to the
 * enterprise (who declined, why, and where it went: the unit's answer to it).
 */
const INTERNAL_APPEAL_FIELDS = { supervisionLevel: true, hardBone: true, callbackPending: true } as const;
export const ENTERPRISE_HIDDEN_EVENTS: readonly TAppealEventKind[] = [
  "NOTE",
  "SUPERVISE",
  "HARD_BONE",
  "CO_UNIT_ADD",
  "SLA_WARN",
  "SLA_BREACH",
];
export const ENTERPRISE_NOTELESS_EVENTS: readonly TAppealEventKind[] = ["REASSIGN"];
export const ZEnterpriseAppeal = ZAppeal.omit(INTERNAL_APPEAL_FIELDS);
export type TEnterpriseAppeal = z.infer<typeof ZEnterpriseAppeal>;
export const ZEnterpriseAppealDetail = ZAppealDetail.omit(INTERNAL_APPEAL_FIELDS);
export type TEnterpriseAppealDetail = z.infer<typeof ZEnterpriseAppealDetail>;
/** The answer of a procedure enterprises and staff both call: the staff DTO, or the enterprise's. */
export const ZAppealDetailForCaller = z.union([ZAppealDetail, ZEnterpriseAppealDetail]);
export const ZAppealForCaller = z.union([ZAppeal, ZEnterpriseAppeal]);

const ZNote = (zh: string, en: string, min = 0) => text(zh, en, { min, max: 2000 });
export const ZAppealId = z.object({ id: z.string().min(1).max(64) });
export const ZSendBack = ZAppealId.extend({
  reason: ZNote("退回理由", "Reason", 4),
  /** Where it should go instead; if omitted, the default route (or the district centre). */
  suggest: ZUnitRef.optional(),
});
export const ZNoteInput = ZAppealId.extend({ note: ZNote("说明", "Note").optional() });
export const ZRequiredNote = ZAppealId.extend({ note: ZNote("说明", "Note", 2) });
export const ZAnswer = ZAppealId.extend({
  answer: ZNote("答复内容", "Answer", 4),
  resolved: labelled(z.boolean(), "问题已解决", "Problem solved"),
  fileIds: ZAttachmentIds.default([]),
});
export const ZConfirm = ZAppealId.extend({
  satisfaction: labelled(z.number().int().min(1).max(5), "满意度", "Satisfaction"),
  resolved: labelled(z.boolean(), "问题已解决", "Problem solved"),
  note: ZNote("评价", "Comment").optional(),
});
export const ZReturnVisit = ZConfirm;
export const ZReopen = ZAppealId.extend({ reason: ZNote("不满意的原因", "Why you are not satisfied", 4) });
export const ZReassign = ZAppealId.extend({ unit: ZUnitRef, note: ZNote("说明", "Note").optional() });
export const ZSupervise = ZAppealId.extend({ level: z.enum(["REMINDER", "YELLOW", "RED"]), note: ZNote("督办意见", "Instruction", 2) });

export const ZAddCoUnit = ZAppealId.extend({
  unit: labelled(ZUnitRef, "协办单位", "Co-handling unit"),
  note: ZNote("说明", "Note").optional(),
});
export const ZAddNote = ZAppealId.extend({ note: ZNote("备注", "Note", 2) });
export const ZHardBone = ZAppealId.extend({ note: ZNote("说明", "Note", 2) });

// ---------------------------------------------------------------- visit logs (走访记录)

const ZIssueText = text("问题", "Issue", { min: 2, max: 500 });
export const ZVisitLogCreate = z.strictObject({
  enterpriseId: labelled(z.string().min(1, { message: "请选择企业 / choose an enterprise" }).max(64), "企业", "Enterprise"),
  visitedOn: labelled(ZDate, "走访日期", "Date of visit"),
  peopleMet: text("会见人员", "People met", { min: 2, max: 200 }),
  summary: labelled(
    z.preprocess((v) => (v === "" ? null : v), text("走访情况", "Summary", { max: 2000 }).nullable().optional()),
    "走访情况",
    "Summary",
  ),
  issues: labelled(
    z.array(z.strictObject({ text: ZIssueText })).max(20, { message: "最多 20 个问题 / at most 20 issues" }),
    "反映的问题",
    "Issues raised",
  ).default([]),
});
export const ZVisitLogUpdate = ZVisitLogCreate.omit({ enterpriseId: true, issues: true }).partial();
export const ZVisitLogFilter = z.object({ enterpriseId: z.string().max(64).optional(), commissionerId: z.string().max(64).optional() });
export const ZVisitIssue = z.object({
  id: z.string(),
  text: z.string(),
  appealId: z.string().nullable(),
  appealNumber: z.string().nullable(),
});
export const ZVisitLog = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  commissionerId: z.string(),
  commissionerName: z.string(),
  visitedOn: z.string(),
  peopleMet: z.string(),
  summary: z.string().nullable(),
  issues: z.array(ZVisitIssue),
});
export type TVisitLog = z.infer<typeof ZVisitLog>;
export const ZIssueToAppeal = z.strictObject({
  issueId: z.string().min(1).max(64),
  categoryId: labelled(z.string().min(1, { message: "请选择诉求类别 / choose a category" }).max(64), "诉求类别", "Category"),
  urgency: labelled(z.enum(Urgency.values), "紧急程度", "Urgency").default("NORMAL"),
  title: labelled(text("标题", "Title", { min: 4, max: 80 }).optional(), "标题", "Title"),
});
export const ZCommissionerOption = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  enterprises: z.number().int(),
});

// ---------------------------------------------------------------- assessment (考核)

export const ZPeriod = labelled(
  z
    .string()
    .regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, { message: "期间格式：2026、2026-Q1 或 2026-03 / period: 2026, 2026-Q1 or 2026-03" }),
  "考核期间",
  "Period",
);
const weight = (zh: string, en: string) => labelled(z.number().min(0, { message: "不能为负 / must not be negative" }).max(100), zh, en);
const weightFields = {
  period: ZPeriod,
  responseTime: weight("响应速度权重", "Weight: response time"),
  onTime: weight("按时办结率权重", "Weight: on-time resolution rate"),
  resolution: weight("实际解决率权重", "Weight: actual resolution rate"),
  satisfaction: weight("满意度权重", "Weight: satisfaction"),
  reopen: weight("未重办率权重", "Weight: not reopened"),
  bonus: weight("加分项权重", "Weight: bonus points"),
  hardBonePoints: weight("每件硬骨头加分", "Points per hard-bone solved"),
  responseZeroHours: labelled(z.number().min(1).max(500), "响应得零分的平均工作小时", "Average working hours that score zero"),
  minCases: labelled(z.number().int().min(0).max(1000), "参与排名的最少案件数", "Minimum appeals to be ranked"),
};
/** Below this many appeals in the period a unit or commissioner is listed but not ranked. */
export const DEFAULT_MIN_CASES = 5;
/** The metric key of 诉求按时办结率 (evaluation schemes and targets may use it). */
export const APPEALS_ON_TIME_METRIC = "appeals.onTimeShare";
export const ZWeightsCreate = z.strictObject({ ...weightFields, minCases: weightFields.minCases.default(DEFAULT_MIN_CASES) });
export const ZWeightsUpdate = z.strictObject(weightFields).partial();
export const ZWeightsFilter = z.object({});
export const ZWeights = z.object({
  id: z.string(),
  ...Object.fromEntries(Object.keys(weightFields).map((k) => [k, k === "period" ? z.string() : z.number()])),
} as {
  id: z.ZodString;
  period: z.ZodString;
  responseTime: z.ZodNumber;
  onTime: z.ZodNumber;
  resolution: z.ZodNumber;
  satisfaction: z.ZodNumber;
  reopen: z.ZodNumber;
  bonus: z.ZodNumber;
  hardBonePoints: z.ZodNumber;
  responseZeroHours: z.ZodNumber;
  minCases: z.ZodNumber;
});
export type TWeights = z.infer<typeof ZWeights>;

const ZScores = z.object({
  responseTime: z.number(),
  onTime: z.number(),
  resolution: z.number(),
  satisfaction: z.number(),
  reopen: z.number(),
  bonus: z.number(),
});
export const ZRankingRow = z.object({
  /** null: fewer appeals than the weights' minCases, so listed after the ranked lines without a rank */
  rank: z.number().int().nullable(),
  key: z.string(),
  name: z.string(),
  appeals: z.number().int(),
  accepted: z.number().int(),
  avgResponseHours: z.number().nullable(),
  due: z.number().int(),
  onTime: z.number().int(),
  onTimeRate: z.number().nullable(),
  answered: z.number().int(),
  resolved: z.number().int(),
  resolutionRate: z.number().nullable(),
  rated: z.number().int(),
  satisfactionAvg: z.number().nullable(),
  reopened: z.number().int(),
  reopenRate: z.number().nullable(),
  hardBoneSolved: z.number().int(),
  bonusPoints: z.number(),
  scores: ZScores,
  total: z.number(),
});
export type TRankingRow = z.infer<typeof ZRankingRow>;
export const ZAssessment = z.object({
  period: z.string(),
  from: z.string(),
  to: z.string(),
  weights: ZWeights.omit({ id: true }).extend({ source: z.enum(["PERIOD", "YEAR", "DEFAULT"]) }),
  units: z.array(ZRankingRow),
  commissioners: z.array(ZRankingRow),
});
export type TAssessment = z.infer<typeof ZAssessment>;
