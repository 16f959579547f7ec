import { z } from "zod";
import { CultivationTier, defineEnum, labelled, ServiceCategory, text } from "@qifu/domain";

/** 活动培训 (Activities and training, issue 14 points 6–9): zod schemas and types, safe in the browser and on the server. */

export const ActivityStatus = defineEnum({
  DRAFT: { zh: "草稿", en: "Draft" },
  PUBLISHED: { zh: "已发布", en: "Published" },
  CANCELLED: { zh: "已取消", en: "Cancelled" },
});
export type TActivityStatus = (typeof ActivityStatus.values)[number];

export const RegistrationStatus = defineEnum({
  REGISTERED: { zh: "已报名", en: "Registered" },
  WAITING: { zh: "候补中", en: "On the waiting list" },
  CANCELLED: { zh: "已取消", en: "Cancelled" },
});
export type TRegistrationStatus = (typeof RegistrationStatus.values)[number];

export const TrainingProviderKind = defineEnum({
  COLLEGE: { zh: "院校", en: "College" },
  THIRD_PARTY: { zh: "第三方机构", en: "Third party" },
});
export type TTrainingProviderKind = (typeof TrainingProviderKind.values)[number];

/** The metric keys (distinct from monitoring's `monitoring.activitiesHeld`, which counts monthly reports). */
export const ACTIVITIES_HELD_METRIC = "activities.held";
export const ACTIVITIES_ATTENDANCES_METRIC = "activities.attendances";
export const ACTIVITIES_SATISFACTION_METRIC = "activities.satisfaction";

const blankToNull = (v: unknown) => (v === "" ? null : v);
const optionalText = (zh: string, en: string, max: number) =>
  labelled(z.preprocess(blankToNull, text(zh, en, { max }).nullable().optional()), zh, en);
const instant = (zh: string, en: string) =>
  labelled(z.iso.datetime({ offset: true, message: "时间格式不正确 / invalid date and time" }), zh, en);
const optionalInstant = (zh: string, en: string) => labelled(z.preprocess(blankToNull, instant(zh, en).nullable().optional()), zh, en);
const id = (zh: string, en: string) => labelled(z.string().min(1).max(64), zh, en);

// ---- series ----
export const ZSeriesCreate = z.strictObject({
  code: labelled(
    z
      .string()
      .trim()
      .regex(/^[A-Z][A-Z0-9_]{1,31}$/, { message: "代码须为大写字母、数字或下划线 / code: capital letters, digits or _" }),
    "代码",
    "Code",
  ),
  name: text("名称", "Name", { min: 2, max: 40 }),
  nameEn: text("英文名称", "English name", { min: 2, max: 80 }),
  description: optionalText("说明", "Description", 1000),
  sortOrder: labelled(z.number().int().min(0).max(999).default(0), "排序", "Order"),
  active: labelled(z.boolean().default(true), "启用", "Active"),
});
export const ZSeriesUpdate = ZSeriesCreate.partial();
export const ZSeriesFilter = z.object({ active: z.boolean().optional() });
export const ZSeries = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  description: z.string().nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  activityCount: z.number().int(),
});
export type TSeries = z.infer<typeof ZSeries>;

// ---- activities ----
const activityFields = {
  title: text("活动名称", "Title", { min: 2, max: 100 }),
  seriesId: id("活动系列", "Series"),
  trainingId: labelled(z.preprocess(blankToNull, z.string().max(64).nullable().optional()), "所属培训", "Training"),
  /** an operator's own node when left out */
  nodeId: labelled(z.string().min(1).max(64).optional(), "主办节点", "Organiser node"),
  coOrganisers: labelled(
    z
      .array(text("协办单位", "Co-organiser", { max: 60 }))
      .max(10)
      .default([]),
    "协办单位",
    "Co-organisers",
  ),
  status: labelled(z.enum(ActivityStatus.values), "状态", "Status"),
  startsAt: instant("开始时间", "Starts at"),
  endsAt: instant("结束时间", "Ends at"),
  place: optionalText("地点", "Place", 200),
  onlineUrl: labelled(
    z.preprocess(
      blankToNull,
      z
        .url({ protocol: /^https?$/, message: "须为 http(s) 链接 / must be an http(s) link" })
        .max(500)
        .nullable()
        .optional(),
    ),
    "线上链接",
    "Online link",
  ),
  capacity: labelled(z.number().int().min(1, { message: "名额至少为 1 / at least 1 seat" }).max(5000), "名额", "Capacity"),
  audienceTiers: labelled(z.array(z.enum(CultivationTier.values)).max(5).default([]), "面向梯度", "Audience tiers"),
  audienceIndustries: labelled(
    z
      .array(z.string().regex(/^[A-T]$/))
      .max(20)
      .default([]),
    "面向行业",
    "Audience industries",
  ),
  audienceTownIds: labelled(z.array(z.string().min(1).max(64)).max(20).default([]), "面向镇街", "Audience towns"),
  registrationOpensAt: optionalInstant("报名开始", "Registration opens"),
  registrationClosesAt: instant("报名截止", "Registration closes"),
  agenda: optionalText("议程", "Agenda", 4000),
  speakers: optionalText("主讲嘉宾", "Speakers", 1000),
  category: labelled(z.enum(ServiceCategory.values), "服务类别", "Service category"),
  description: optionalText("简介", "Description", 4000),
};

export const ZActivityCreate = z.strictObject({ ...activityFields, status: activityFields.status.default("DRAFT") });
export const ZActivityUpdate = z.strictObject(activityFields).partial();
export type TActivityCreate = z.infer<typeof ZActivityCreate>;
export type TActivityUpdate = z.infer<typeof ZActivityUpdate>;

export const ZActivityFilter = z.object({
  seriesId: z.string().optional(),
  townId: z.string().optional(),
  nodeId: z.string().optional(),
  trainingId: z.string().optional(),
  status: z.enum(ActivityStatus.values).optional(),
  year: z.number().int().min(2000).max(2100).optional(),
});

/** What everybody may see of an activity (the public page shows this; no enterprise, no contact). */
const activityPublicFields = {
  id: z.string(),
  title: z.string(),
  seriesId: z.string(),
  seriesName: z.string(),
  seriesNameEn: z.string(),
  trainingId: z.string().nullable(),
  trainingTitle: z.string().nullable(),
  nodeId: z.string(),
  nodeName: z.string(),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  coOrganisers: z.array(z.string()),
  status: z.enum(ActivityStatus.values),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  capacity: z.number().int(),
  seatsTaken: z.number().int(),
  waiting: z.number().int(),
  audienceTiers: z.array(z.enum(CultivationTier.values)),
  audienceIndustries: z.array(z.string()),
  audienceTownIds: z.array(z.string()),
  registrationOpensAt: z.string().nullable(),
  registrationClosesAt: z.string(),
  agenda: z.string().nullable(),
  speakers: z.string().nullable(),
  category: z.enum(ServiceCategory.values),
  description: z.string().nullable(),
};
export const ZActivityPublic = z.object(activityPublicFields);
export type TActivityPublic = z.infer<typeof ZActivityPublic>;
/** The public page: the activity, its audience's town names, and the caller's own registration (an enterprise's). */
export const ZActivityPublicDetail = ZActivityPublic.extend({
  audienceTownNames: z.array(z.string()),
  mine: z
    .object({
      status: z.enum(RegistrationStatus.values),
      waitingPosition: z.number().int().nullable(),
      attended: z.boolean(),
      rating: z.number().int().nullable(),
    })
    .nullable(),
});
export type TActivityPublicDetail = z.infer<typeof ZActivityPublicDetail>;

/** The console's row: the public fields and the day's figures. */
export const ZActivity = z.object({
  ...activityPublicFields,
  attended: z.number().int(),
  noShows: z.number().int(),
  ratings: z.number().int(),
  /** mean rating 1–5, null without ratings */
  avgRating: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TActivity = z.infer<typeof ZActivity>;

export const ZActivityPublicSearch = z.object({
  q: z.string().trim().max(60).optional(),
  seriesId: z.string().max(64).optional(),
  townId: z.string().max(64).optional(),
  /** upcoming (default): not yet ended; past: ended */
  when: z.enum(["upcoming", "past"]).default("upcoming"),
  page: z.number().int().min(1).max(1000).default(1),
  perPage: z.number().int().min(1).max(50).default(12),
});
export type TActivityPublicSearch = z.input<typeof ZActivityPublicSearch>;

// ---- registrations ----
export const ZRegistration = z.object({
  id: z.string(),
  activityId: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  status: z.enum(RegistrationStatus.values),
  /** position on the waiting list (1 = next), null unless waiting */
  waitingPosition: z.number().int().nullable(),
  queuedAt: z.string(),
  attendedAt: z.string().nullable(),
  checkInBy: z.string().nullable(),
  rating: z.number().int().nullable(),
  comment: z.string().nullable(),
});
export type TRegistration = z.infer<typeof ZRegistration>;

/** An enterprise's own registration with the activity it is for. */
export const ZMyRegistration = ZRegistration.extend({ activity: ZActivityPublic });
export type TMyRegistration = z.infer<typeof ZMyRegistration>;

export const ZRate = z.strictObject({
  activityId: id("活动", "Activity"),
  rating: labelled(
    z.number().int().min(1, { message: "评分为 1–5 / rating 1–5" }).max(5, { message: "评分为 1–5 / rating 1–5" }),
    "评分",
    "Rating",
  ),
  comment: optionalText("评价", "Comment", 500),
});

export const ZCheckIn = z.strictObject({
  activityId: id("活动", "Activity"),
  token: labelled(z.string().min(8).max(64), "签到码", "Check-in code"),
});

// ---- trainings ----
// the columns are 32-bit integers: up to 2,000万元 (2e9 fen), far above any training contract
const fen = (zh: string, en: string) => labelled(z.number().int().min(0).max(2_000_000_000), zh, en);
const trainingFields = {
  title: text("培训名称", "Title", { min: 2, max: 100 }),
  providerKind: labelled(z.enum(TrainingProviderKind.values), "承办方类型", "Provider kind"),
  provider: text("承办方", "Provider", { min: 2, max: 100 }),
  contractNo: text("合同编号", "Contract number", { min: 2, max: 40 }),
  budgetFen: fen("预算（分）", "Budget (fen)"),
  spentFen: fen("已支出（分）", "Spent (fen)"),
  nodeId: labelled(z.string().min(1).max(64).optional(), "负责节点", "Managing node"),
  description: optionalText("说明", "Description", 2000),
};
export const ZTrainingCreate = z.strictObject({ ...trainingFields, spentFen: trainingFields.spentFen.default(0) });
export const ZTrainingUpdate = z.strictObject(trainingFields).partial();
export type TTrainingCreate = z.infer<typeof ZTrainingCreate>;
export type TTrainingUpdate = z.infer<typeof ZTrainingUpdate>;
export const ZTrainingFilter = z.object({ providerKind: z.enum(TrainingProviderKind.values).optional(), nodeId: z.string().optional() });
export const ZTraining = z.object({
  id: z.string(),
  title: z.string(),
  providerKind: z.enum(TrainingProviderKind.values),
  provider: z.string(),
  contractNo: z.string(),
  budgetFen: z.number().int(),
  spentFen: z.number().int(),
  nodeId: z.string(),
  nodeName: z.string(),
  townId: z.string().nullable(),
  description: z.string().nullable(),
  sessions: z.number().int(),
  /** distinct enterprises registered (seat held) on any session */
  trainees: z.number().int(),
  /** enterprise-times attended over the sessions */
  attendances: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TTraining = z.infer<typeof ZTraining>;

// ---- board ----
const ZRow = z.object({
  key: z.string(),
  label: z.object({ zh: z.string(), en: z.string() }),
  held: z.number().int(),
  attendances: z.number().int(),
  noShows: z.number().int(),
  /** mean rating 1–5, null without ratings */
  avgRating: z.number().nullable(),
});
export type TActivitiesRow = z.infer<typeof ZRow>;
export const ZActivitiesStats = z.object({
  year: z.number().int(),
  /** what the figures cover ("狮岭镇范围" / "全区") */
  scope: z.object({ zh: z.string(), en: z.string() }),
  held: z.number().int(),
  attendances: z.number().int(),
  noShows: z.number().int(),
  ratings: z.number().int(),
  /** share of ratings 4 or 5, in percent; null without ratings */
  satisfaction: z.number().nullable(),
  avgRating: z.number().nullable(),
  bySeries: z.array(ZRow),
  byTown: z.array(ZRow),
  byMonth: z.array(ZRow),
  byNode: z.array(ZRow),
});
export type TActivitiesStats = z.infer<typeof ZActivitiesStats>;
export const ZStatsInput = z.object({ year: z.number().int().min(2000).max(2100) }).optional();
