import { z } from "zod";
import { defineEnum, labelled, NodeKind, type TLabel, type TNodeKind } from "@qifu/domain";

/** 月度监测: each network node files a monthly operation report on its kind's form (forms are data below). */

/** Where a prefilled value comes from (shown on the form beside the field). */
export const PrefillSource = defineEnum({
  LEDGER_RECORDS: { zh: "服务台账：本节点当月服务记录数", en: "Service ledger: this node's records in the month" },
  LEDGER_ENTERPRISES: { zh: "服务台账：本节点当月服务的企业数", en: "Service ledger: enterprises this node served in the month" },
  NODE_STAFF: { zh: "网络节点档案：工作人员数", en: "Network node record: staff count" },
  CARRIER_RESIDENTS: {
    zh: "载体档案：本节点运营的基地、园区月末在驻企业数",
    en: "Carrier records: enterprises resident at month end in the bases and parks this node runs",
  },
});
export type TPrefillSource = (typeof PrefillSource.values)[number];

export const OperatingState = defineEnum({
  NORMAL: { zh: "正常运营", en: "Operating normally" },
  PARTIAL: { zh: "部分运营", en: "Partly operating" },
  SUSPENDED: { zh: "暂停运营", en: "Suspended" },
});

export type TReportField = {
  key: string;
  label: TLabel;
  kind: "number" | "text" | "choice";
  required: boolean;
  unit?: TLabel;
  /** number: the largest accepted value (occupancy 100); text: the longest text */
  max?: number;
  choices?: { id: string; label: TLabel }[];
  prefill?: TPrefillSource;
};

const num = (key: string, zh: string, en: string, unit: TLabel, rest: Partial<TReportField> = {}): TReportField => ({
  key,
  label: { zh, en },
  kind: "number",
  required: true,
  unit,
  max: 1_000_000,
  ...rest,
});
const TIMES = { zh: "次", en: "times" };
const PEOPLE = { zh: "人", en: "people" };
const FIRMS = { zh: "家", en: "enterprises" };

/** What every node reports. */
const COMMON: TReportField[] = [
  num("servicesDelivered", "提供服务", "Services delivered", TIMES, { prefill: "LEDGER_RECORDS" }),
  num("enterprisesServed", "服务企业", "Enterprises served", FIRMS, { prefill: "LEDGER_ENTERPRISES" }),
  num("activitiesHeld", "举办活动", "Activities held", { zh: "场", en: "events" }),
  num("activityParticipants", "活动参与人次", "Activity participants", PEOPLE, { required: false }),
  num("staffOnDuty", "在岗工作人员", "Staff on duty", PEOPLE, { prefill: "NODE_STAFF" }),
  {
    key: "operatingState",
    label: { zh: "运营状态", en: "Operating state" },
    kind: "choice",
    required: true,
    choices: OperatingState.values.map((id) => ({ id, label: OperatingState.labels[id] })),
  },
];
const CLOSING: TReportField[] = [
  { key: "problems", label: { zh: "存在问题", en: "Problems" }, kind: "text", required: false, max: 1000 },
  { key: "nextPlans", label: { zh: "下月计划", en: "Plans for next month" }, kind: "text", required: false, max: 1000 },
];

/** The forms, by key: a node kind's form is `formOf(kind)`. */
export const REPORT_FORMS = {
  GENERAL: { label: { zh: "服务节点月报", en: "Service node report" }, fields: [...COMMON, ...CLOSING] },
  STATION: {
    label: { zh: "服务站月报", en: "Service station report" },
    fields: [...COMMON, num("enterpriseVisits", "走访企业", "Enterprise visits", FIRMS), ...CLOSING],
  },
  SPACE: {
    label: { zh: "载体空间月报", en: "Carrier space report" },
    fields: [
      ...COMMON,
      num("occupancy", "场地使用率", "Occupancy", { zh: "%", en: "%" }, { max: 100 }),
      num("residents", "在驻企业", "Resident enterprises", FIRMS, { prefill: "CARRIER_RESIDENTS" }),
      num("newResidents", "当月新入驻企业", "New residents this month", FIRMS, { required: false }),
      ...CLOSING,
    ],
  },
} satisfies Record<string, { label: TLabel; fields: TReportField[] }>;
export type TReportFormKey = keyof typeof REPORT_FORMS;
export const REPORT_FORM_KEYS = Object.keys(REPORT_FORMS) as TReportFormKey[];

export function formOf(kind: TNodeKind | string): TReportFormKey {
  if (kind === "SERVICE_STATION" || kind === "TOWN_UNIT") return "STATION";
  if (kind === "INCUBATOR" || kind === "PARK_OPERATOR") return "SPACE";
  return "GENERAL";
}

export type TReportValue = number | string | null;
export type TReportValues = Record<string, TReportValue>;

/** Check values against a form: a bilingual message per field, or the cleaned values (unknown keys dropped). */
export function checkReportValues(
  form: TReportFormKey,
  values: Record<string, unknown>,
): { ok: true; values: TReportValues } | { ok: false; fields: { path: string; message: TLabel }[] } {
  const out: TReportValues = {};
  const fields: { path: string; message: TLabel }[] = [];
  for (const f of REPORT_FORMS[form].fields as TReportField[]) {
    const raw = values[f.key];
    const blank = raw === undefined || raw === null || raw === "";
    const path = `values.${f.key}`;
    if (blank) {
      if (f.required) fields.push({ path, message: { zh: `请填写${f.label.zh}`, en: `${f.label.en} is required` } });
      out[f.key] = null;
      continue;
    }
    if (f.kind === "number") {
      const n = typeof raw === "number" ? raw : Number(raw);
      const max = f.max ?? 1_000_000;
      if (!Number.isFinite(n) || n < 0 || n > max || !Number.isInteger(n))
        fields.push({ path, message: { zh: `${f.label.zh}应为 0–${max} 的整数`, en: `${f.label.en} must be a whole number 0–${max}` } });
      else out[f.key] = n;
    } else if (f.kind === "choice") {
      if (!f.choices?.some((c) => c.id === raw))
        fields.push({ path, message: { zh: `${f.label.zh}不是可选的值`, en: `${f.label.en} is not one of the choices` } });
      else out[f.key] = String(raw);
    } else {
      const s = String(raw).trim();
      if (s.length > (f.max ?? 1000))
        fields.push({ path, message: { zh: `${f.label.zh}最多 ${f.max} 字`, en: `${f.label.en} is at most ${f.max} characters` } });
      else out[f.key] = s || null;
    }
  }
  return fields.length ? { ok: false, fields } : { ok: true, values: out };
}

export const ZMonth = labelled(
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "月份格式应为 YYYY-MM / month must be YYYY-MM" }),
  "月份",
  "Month",
);
const ZValues = labelled(z.record(z.string(), z.union([z.number(), z.string(), z.null()])), "填报内容", "Values");

export const ZMonthlyReportCreate = z.strictObject({
  nodeId: labelled(z.string().min(1).max(64), "填报节点", "Node"),
  month: ZMonth,
  values: ZValues,
});
export const ZMonthlyReportUpdate = z.strictObject({ values: ZValues });
export type TMonthlyReportCreate = z.infer<typeof ZMonthlyReportCreate>;
export type TMonthlyReportUpdate = z.infer<typeof ZMonthlyReportUpdate>;

export const ZMonthlyReportFilter = z.object({
  townId: z.string().optional(),
  nodeId: z.string().optional(),
  month: z.string().optional(),
  year: z.coerce.number().int().optional(),
  late: z.boolean().optional(),
});

export const ZPrefilled = z.record(z.string(), z.object({ source: z.enum(PrefillSource.values), value: z.number() }));
export type TPrefilled = z.infer<typeof ZPrefilled>;

export const ZMonthlyReport = z.object({
  id: z.string(),
  nodeId: z.string(),
  nodeName: z.string(),
  nodeKind: z.enum(NodeKind.values),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  month: z.string(),
  form: z.enum(REPORT_FORM_KEYS as [TReportFormKey, ...TReportFormKey[]]),
  values: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
  prefilled: ZPrefilled,
  dueOn: z.string(),
  submittedAt: z.string(),
  late: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TMonthlyReport = z.infer<typeof ZMonthlyReport>;

/** A cell of the matrix: a subject's month. */
export const CellState = defineEnum({
  ON_TIME: { zh: "按时", en: "On time" },
  LATE: { zh: "逾期提交", en: "Late" },
  MISSING: { zh: "缺报", en: "Missing" },
  NOT_DUE: { zh: "未到期", en: "Not yet due" },
  NONE: { zh: "无需填报", en: "Not required" },
});
export type TCellState = (typeof CellState.values)[number];

/** The form to file for a node and month: its fields, the values proposed and where they came from. */
export const ZReportDraft = z.object({
  nodeId: z.string(),
  nodeName: z.string(),
  month: z.string(),
  form: z.enum(REPORT_FORM_KEYS as [TReportFormKey, ...TReportFormKey[]]),
  dueOn: z.string(),
  /** filing today would be late */
  lateIfFiledNow: z.boolean(),
  /** the report already filed (edit it instead) */
  reportId: z.string().nullable(),
  values: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
  prefilled: ZPrefilled,
});
export type TReportDraft = z.infer<typeof ZReportDraft>;

export const ZMatrixInput = z.object({ year: z.number().int().min(2000).max(2100), townId: z.string().max(64).optional() }).optional();
export const ZMatrixRow = z.object({
  nodeId: z.string(),
  nodeName: z.string(),
  nodeKind: z.enum(NodeKind.values),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  /** twelve cells, January first */
  cells: z.array(z.object({ month: z.string(), state: z.enum(CellState.values), reportId: z.string().nullable(), dueOn: z.string() })),
});
export type TMatrixRow = z.infer<typeof ZMatrixRow>;
export const ZMatrix = z.object({
  year: z.number().int(),
  today: z.string(),
  /** what the figures cover: district or the town */
  scope: z.object({ zh: z.string(), en: z.string() }),
  rows: z.array(ZMatrixRow),
  totals: z.record(z.enum(CellState.values), z.number().int()),
});
export type TMatrix = z.infer<typeof ZMatrix>;

/** A report that is owed: a node's month without a report (past month, node active). */
export const ZOutstanding = z.object({
  id: z.string(),
  nodeId: z.string(),
  nodeName: z.string(),
  townName: z.string().nullable(),
  month: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
});
export const ZOutstandingFilter = z.object({ overdue: z.boolean().optional() });

export const MONITORING_METRICS = {
  onTimeShare: "monitoring.onTimeShare",
  activitiesHeld: "monitoring.activitiesHeld",
  servicesDelivered: "monitoring.servicesDelivered",
} as const;

/** Demand trends: appeals, service requests and public searches per month, split by category, town or industry. */
export const TrendDimension = defineEnum({
  category: { zh: "按类别", en: "By category" },
  town: { zh: "按镇街", en: "By town" },
  industry: { zh: "按行业", en: "By industry" },
});
export const DemandSource = defineEnum({
  APPEALS: { zh: "企业诉求", en: "Appeals" },
  REQUESTS: { zh: "服务申请", en: "Service requests" },
  SEARCHES: { zh: "站内搜索", en: "Searches" },
});
export const ZTrendsInput = z.object({
  year: z.number().int().min(2000).max(2100),
  by: z.enum(TrendDimension.values).default("category"),
});
export const ZTrendSeries = z.object({
  source: z.enum(DemandSource.values),
  key: z.string(),
  label: z.object({ zh: z.string(), en: z.string() }),
  /** twelve monthly counts, January first */
  data: z.array(z.number().int()),
  total: z.number().int(),
});
export const ZTrends = z.object({
  year: z.number().int(),
  by: z.enum(TrendDimension.values),
  months: z.array(z.string()),
  /** monthly totals of each source (all groups) */
  totals: z.array(z.object({ source: z.enum(DemandSource.values), data: z.array(z.number().int()), total: z.number().int() })),
  series: z.array(ZTrendSeries),
  scope: z.object({ zh: z.string(), en: z.string() }),
});
export type TTrends = z.infer<typeof ZTrends>;
export type TTrendSeries = z.infer<typeof ZTrendSeries>;
