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
});
export type TAppealEventKind = (typeof AppealEventKind.values)[number];

/** A handling unit: a town unit or a district department (null id + kind "DISTRICT" = the district centre's triage). */
export const ZUnitRef = z.object({ kind: z.enum(["TOWN", "DEPARTMENT"]), id: z.string().min(1).max(64) });
export type TUnitRef = z.infer<typeof ZUnitRef>;
export const ZUnit = z.object({ kind: z.enum(["TOWN", "DEPARTMENT", "DISTRICT"]), id: z.string().nullable(), name: z.string() });
export type TUnit = z.infer<typeof ZUnit>;

// ---------------------------------------------------------------- calendar

const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD" })
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), { message: "不是有效日期 / not a valid date" });

const calendarFields = {
  date: labelled(ZDate, "日期", "Date"),
  kind: labelled(z.enum(CalendarDayKind.values), "类型", "Kind"),
  name: text("名称", "Name", { min: 1, max: 50 }),
};
export const ZCalendarDayCreate = z.strictObject(calendarFields);
export const ZCalendarDayUpdate = z.strictObject(calendarFields).partial();
export const ZCalendarDayFilter = z.object({ year: z.number().int().min(2000).max(2100).optional(), kind: z.enum(CalendarDayKind.values).optional() });
export const ZCalendarDay = z.object({ id: z.string(), date: z.string(), kind: z.enum(CalendarDayKind.values), name: z.string(), weekday: z.number().int() });
export type TCalendarDay = z.infer<typeof ZCalendarDay>;

// ---------------------------------------------------------------- categories and time limits

const ZLimit = z.object({
  ackHours: labelled(z.number().int().min(1).max(200), "受理时限（工作小时）", "Acknowledge within (working hours)"),
  resolveDays: labelled(z.number().int().min(1).max(365), "办结时限（工作日）", "Resolve within (working days)"),
});
export const ZLimits = z.object({ NORMAL: ZLimit, URGENT: ZLimit });
export type TLimits = z.infer<typeof ZLimits>;

const categoryFields = {
  code: labelled(z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, { message: "编码为大写字母、数字、下划线 / upper-case letters, digits, underscore" }), "编码", "Code"),
  name: text("名称", "Name", { min: 1, max: 40 }),
  nameEn: text("英文名称", "English name", { min: 1, max: 80 }),
  sortOrder: labelled(z.number().int().min(0).max(1000), "排序", "Order"),
  active: labelled(z.boolean(), "启用", "Active"),
  limits: ZLimits,
};
export const ZCategoryCreate = z.strictObject({ ...categoryFields, sortOrder: categoryFields.sortOrder.default(0), active: categoryFields.active.default(true) });
export const ZCategoryUpdate = z.strictObject(categoryFields).partial();
export const ZCategoryFilter = z.object({ active: z.boolean().optional() });
export const ZCategory = z.object({ id: z.string(), code: z.string(), name: z.string(), nameEn: z.string(), sortOrder: z.number().int(), active: z.boolean(), limits: ZLimits });
export type TCategory = z.infer<typeof ZCategory>;

// ---------------------------------------------------------------- routing rules

const optionalId = (zh: string, en: string) => labelled(z.preprocess((v) => (v === "" ? null : v), z.string().max(64).nullable().optional()), zh, en);
const routeFields = {
  categoryId: optionalId("诉求类别（空=全部）", "Category (empty = any)"),
  townId: optionalId("企业所在镇街（空=全部）", "Enterprise's town (empty = any)"),
  unitKind: labelled(z.enum(["TOWN", "DEPARTMENT"]), "承办单位类型", "Handling unit kind"),
  unitTownId: optionalId("承办镇街", "Handling town"),
  unitDepartmentId: optionalId("承办部门", "Handling department"),
  note: labelled(z.preprocess((v) => (v === "" ? null : v), text("备注", "Note", { max: 200 }).nullable().optional()), "备注", "Note"),
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
export const ZAssignment = z.object({ id: z.string(), commissionerId: z.string(), commissionerName: z.string(), enterpriseId: z.string(), enterpriseName: z.string() });
export type TAssignment = z.infer<typeof ZAssignment>;

// ---------------------------------------------------------------- appeals

export const ZAppealSubmit = z.strictObject({
  title: text("标题", "Title", { min: 4, max: 80 }),
  description: text("诉求内容", "Description", { min: 10, max: 4000 }),
  categoryId: labelled(z.string().min(1, { message: "请选择诉求类别 / choose a category" }).max(64), "诉求类别", "Category"),
  urgency: labelled(z.enum(Urgency.values), "紧急程度", "Urgency").default("NORMAL"),
  mayPublish: labelled(z.boolean(), "同意脱敏后公开", "May be published anonymised").default(false),
  /** Only when a commissioner records it on an enterprise's behalf. */
  enterpriseId: labelled(z.string().max(64).optional(), "企业", "Enterprise"),
});
export type TAppealSubmit = z.input<typeof ZAppealSubmit>;

export const ZAppealFilter = z.object({
  status: z.enum(AppealStatus.values).optional(),
  categoryId: z.string().max(64).optional(),
  supervisionLevel: z.enum(SupervisionLevel.values).optional(),
  overdue: z.boolean().optional(),
  enterpriseId: z.string().max(64).optional(),
  year: z.number().int().optional(),
});

export const ZAppealEvent = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum(AppealEventKind.values),
  actorName: z.string(),
  actorRole: z.string().nullable(),
  note: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
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
  channel: z.enum(["ENTERPRISE", "COMMISSIONER"]),
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
  updatedAt: z.string(),
});
export type TAppeal = z.infer<typeof ZAppeal>;
export const ZAppealDetail = ZAppeal.extend({ events: z.array(ZAppealEvent), reopenableUntil: z.string().nullable() });
export type TAppealDetail = z.infer<typeof ZAppealDetail>;

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
