import { AppError, isoOrNull, type TNodeKind } from "@qifu/domain";
import { newId, type TDbTx } from "@qifu/db";
import { byTown, defineResource, loadCalendar, NO_ROWS, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import {
  checkReportValues,
  formOf,
  ZMonthlyReport,
  ZMonthlyReportCreate,
  ZMonthlyReportFilter,
  ZMonthlyReportUpdate,
  type TMonthlyReport,
  type TMonthlyReportCreate,
  type TMonthlyReportUpdate,
  type TPrefilled,
  type TReportFormKey,
  type TReportValues,
} from "../schemas";
import { isLate, monthOf, reportDueOn } from "./due";
import { prefillOf } from "./prefill";

export const MONITORING_LABEL = { zh: "月度报告", en: "monthly report" };
/** Who files and reads reports: the node's staff, its town admin, the district. */
export const REPORT_STAFF = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"] as const;

/** District: every report; town admin: its town's nodes; node staff: its own node's. */
export function reportScope(user: TSessionUser | null): TWhere {
  return byTown(user, user?.role === "NODE_OPERATOR" && user.nodeId ? { nodeId: user.nodeId } : NO_ROWS);
}

/** The nodes whose reports a caller sees (the same rule on the node table; an evaluator assesses the whole district). */
export function subjectScope(user: TSessionUser | null): TWhere {
  if (user?.role === "EVALUATOR") return {};
  return byTown(user, user?.role === "NODE_OPERATOR" && user.nodeId ? { id: user.nodeId } : NO_ROWS);
}
/** Who reads the matrix and the trends: the staff, and the evaluators who score from them. */
export const MATRIX_READERS = [...REPORT_STAFF, "EVALUATOR"] as const;

const OUT_OF_SCOPE = {
  zh: "只能填报本节点（镇街管理员：本镇街节点）的月报",
  en: "You can only file reports of your own node (town admins: of your town's nodes)",
};

const INCLUDE = { node: { select: { name: true, kind: true } }, town: { select: { name: true } } };

type TReportRow = {
  id: string;
  nodeId: string;
  node: { name: string; kind: string };
  townId: string | null;
  town: { name: string } | null;
  month: string;
  form: string;
  values: unknown;
  prefilled: unknown;
  dueOn: string;
  submittedAt: Date;
  late: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export function toReportDto(row: TReportRow): TMonthlyReport {
  return {
    id: row.id,
    nodeId: row.nodeId,
    nodeName: row.node.name,
    nodeKind: row.node.kind as TNodeKind,
    townId: row.townId,
    townName: row.town?.name ?? null,
    month: row.month,
    form: row.form as TReportFormKey,
    values: row.values as TReportValues,
    prefilled: row.prefilled as TPrefilled,
    dueOn: row.dueOn,
    submittedAt: isoOrNull(row.submittedAt)!,
    late: row.late,
    createdAt: isoOrNull(row.createdAt)!,
    updatedAt: isoOrNull(row.updatedAt)!,
  };
}

/** Cleaned values, or a validation error naming each field in both languages (nothing is written). */
function valuesOrThrow(form: TReportFormKey, values: Record<string, unknown>): TReportValues {
  const checked = checkReportValues(form, values);
  if (!checked.ok)
    throw new AppError(
      "VALIDATION",
      { zh: "月报填写有误，请检查标出的项目", en: "Please correct the marked fields of the report" },
      checked.fields,
    );
  return checked.values;
}

/** The node, if it exists and may report (active); its town is the report's town. */
export async function reportingNode(db: TDbTx, nodeId: string) {
  const node = await db.node.findUnique({
    where: { id: nodeId },
    select: { id: true, name: true, kind: true, townId: true, status: true },
  });
  if (!node)
    throw new AppError("VALIDATION", { zh: "填报节点不存在", en: "The node does not exist" }, [
      { path: "nodeId", message: { zh: "填报节点不存在", en: "The node does not exist" } },
    ]);
  return node;
}

/** Filing for a node outside the caller's scope is refused before anything about that node is told. */
export async function nodeInScope(ctx: TContext, nodeId: string) {
  const node = await reportingNode(ctx.db, nodeId);
  const inScope = await ctx.db.node.count({ where: { AND: [{ id: node.id }, subjectScope(ctx.user)] } });
  if (!inScope) throw new AppError("FORBIDDEN", OUT_OF_SCOPE);
  return node;
}

async function prepareReportCreate(ctx: TContext, input: TMonthlyReportCreate) {
  const node = await nodeInScope(ctx, input.nodeId);
  const now = ctx.now();
  if (input.month > monthOf(now))
    throw new AppError("VALIDATION", { zh: "不能填报尚未开始的月份", en: "You cannot report on a month that has not begun" }, [
      { path: "month", message: { zh: "月份不能晚于本月", en: "The month cannot be after this month" } },
    ]);
  const taken = await ctx.db.monthlyReport.findUnique({
    where: { nodeId_month: { nodeId: node.id, month: input.month } },
    select: { id: true },
  });
  if (taken)
    throw new AppError("CONFLICT", {
      zh: `${node.name} ${input.month} 的月报已提交，请修改已提交的月报`,
      en: `The ${input.month} report of ${node.name} was filed already: edit that report instead`,
    });
  const form = formOf(node.kind);
  const dueOn = reportDueOn(await loadCalendar(ctx.db), input.month);
  return {
    id: newId(),
    nodeId: node.id,
    townId: node.townId,
    month: input.month,
    form,
    values: valuesOrThrow(form, input.values),
    prefilled: await prefillOf(ctx.db, form, node.id, input.month),
    dueOn,
    submittedAt: now,
    late: isLate(now, dueOn),
    submittedById: ctx.user?.id ?? null,
  };
}

async function prepareReportUpdate(_ctx: TContext, existing: TReportRow, input: TMonthlyReportUpdate) {
  // a correction keeps the first filing time: lateness is judged on when the report was first filed
  return { values: valuesOrThrow(existing.form as TReportFormKey, input.values) };
}

export const reportsResource = defineResource({
  name: "monthlyReports",
  label: MONITORING_LABEL,
  model: (db) => db.monthlyReport,
  include: INCLUDE,
  schemas: { create: ZMonthlyReportCreate, update: ZMonthlyReportUpdate, filter: ZMonthlyReportFilter, dto: ZMonthlyReport },
  sortable: ["month", "submittedAt", "dueOn", "nodeId", "townId"],
  defaultSort: { field: "month", order: "DESC" },
  policy: { read: REPORT_STAFF, create: REPORT_STAFF, update: REPORT_STAFF, delete: ["DISTRICT_ADMIN"] },
  scope: { read: reportScope, write: reportScope },
  outOfScope: OUT_OF_SCOPE,
  filterToWhere: (f) => ({
    ...(f.townId ? { townId: f.townId } : {}),
    ...(f.nodeId ? { nodeId: f.nodeId } : {}),
    ...(f.month ? { month: f.month } : {}),
    ...(f.year ? { month: { startsWith: `${f.year}-` } } : {}),
    ...(f.late !== undefined ? { late: f.late } : {}),
  }),
  toDto: toReportDto,
  prepareCreate: prepareReportCreate,
  prepareUpdate: prepareReportUpdate,
});
