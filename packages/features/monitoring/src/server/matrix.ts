import { shanghaiDate, type TNodeKind, type WorkingCalendar } from "@qifu/domain";
import { loadCalendar, type TContext, type TWhere } from "@qifu/trpc-core";
import { CellState, type TCellState, type TMatrix, type TMatrixRow } from "../schemas";
import { monthOf, monthsOf, reportDueOn } from "./due";
import { subjectScope } from "./resources";

/** The nodes that report (active ones in `where`: the caller's scope, or a metric's town), by town then name. */
export async function subjectsOf(ctx: TContext, where: TWhere) {
  return ctx.db.node.findMany({
    where: { AND: [where, { status: "ACTIVE" }] },
    select: { id: true, name: true, kind: true, townId: true, linkedAt: true, town: { select: { name: true, sortOrder: true } } },
    orderBy: [{ town: { sortOrder: "asc" } }, { name: "asc" }],
  });
}
type TSubject = Awaited<ReturnType<typeof subjectsOf>>[number];

/** The state of one subject's month: filed on time or late, missing after the due day, not due yet. */
export function cellStateOf(
  subject: Pick<TSubject, "linkedAt">,
  month: string,
  dueOn: string,
  today: string,
  report: { late: boolean } | undefined,
): TCellState {
  if (report) return report.late ? "LATE" : "ON_TIME";
  // a node reports from the month it joined the network
  if (subject.linkedAt && month < shanghaiDate(subject.linkedAt).slice(0, 7)) return "NONE";
  return today > dueOn ? "MISSING" : "NOT_DUE";
}

/** Due days of a year's twelve months, once per call. */
export const dueDaysOf = (calendar: WorkingCalendar, year: number) => new Map(monthsOf(year).map((m) => [m, reportDueOn(calendar, m)]));

/** Subjects × the twelve months of a year, in the caller's scope (a town admin's own town only). */
export async function buildMatrix(ctx: TContext, year: number, townId?: string): Promise<TMatrix> {
  const { rows, totals, today } = await matrixOf(ctx, year, { AND: [subjectScope(ctx.user), townId ? { townId } : {}] });
  const town = townId ?? (ctx.user?.role === "TOWN_ADMIN" ? ctx.user.townId : null);
  const townName = town ? ((await ctx.db.town.findUnique({ where: { id: town }, select: { name: true } }))?.name ?? "") : null;
  const scope =
    ctx.user?.role === "NODE_OPERATOR"
      ? { zh: "本节点", en: "Your node" }
      : townName
        ? { zh: `${townName}范围，仅含运营中节点`, en: `${townName} only, operating nodes` }
        : { zh: "全区，仅含运营中节点", en: "Whole district, operating nodes" };
  return { year, today, scope, rows, totals };
}

/** The matrix of the subjects `where` selects (no caller scope: the caller decides). */
export async function matrixOf(ctx: TContext, year: number, where: TWhere) {
  const today = shanghaiDate(ctx.now());
  const subjects = await subjectsOf(ctx, where);
  const reports = await ctx.db.monthlyReport.findMany({
    where: { nodeId: { in: subjects.map((s) => s.id) }, month: { startsWith: `${year}-` } },
    select: { id: true, nodeId: true, month: true, late: true },
  });
  const byKey = new Map(reports.map((r) => [`${r.nodeId}|${r.month}`, r]));
  const due = dueDaysOf(await loadCalendar(ctx.db), year);
  const totals = Object.fromEntries(CellState.values.map((s) => [s, 0])) as Record<TCellState, number>;
  const rows: TMatrixRow[] = subjects.map((s) => ({
    nodeId: s.id,
    nodeName: s.name,
    nodeKind: s.kind as TNodeKind,
    townId: s.townId,
    townName: s.town?.name ?? null,
    cells: monthsOf(year).map((month) => {
      const report = byKey.get(`${s.id}|${month}`);
      const state = cellStateOf(s, month, due.get(month)!, today, report);
      totals[state]++;
      return { month, state, reportId: report?.id ?? null, dueOn: due.get(month)! };
    }),
  }));
  return { rows, totals, today };
}

/** Reports owed in the last twelve ended months (overdue: past their due day), in the caller's scope. */
export async function outstandingOf(ctx: TContext, overdueOnly: boolean) {
  const now = ctx.now();
  const today = shanghaiDate(now);
  const current = monthOf(now);
  const year = Number(current.slice(0, 4));
  const months = [...monthsOf(year - 1), ...monthsOf(year)].filter((m) => m < current).slice(-12);
  const calendar = await loadCalendar(ctx.db);
  const due = new Map(months.map((m) => [m, reportDueOn(calendar, m)]));
  const subjects = await subjectsOf(ctx, subjectScope(ctx.user));
  const filed = await ctx.db.monthlyReport.findMany({
    where: { nodeId: { in: subjects.map((s) => s.id) }, month: { in: months } },
    select: { nodeId: true, month: true },
  });
  const has = new Set(filed.map((r) => `${r.nodeId}|${r.month}`));
  const owed = [];
  for (const month of [...months].reverse())
    for (const s of subjects) {
      if (has.has(`${s.id}|${month}`)) continue;
      const state = cellStateOf(s, month, due.get(month)!, today, undefined);
      if (state === "NONE" || (overdueOnly && state !== "MISSING")) continue;
      owed.push({
        id: `${s.id}|${month}`,
        nodeId: s.id,
        nodeName: s.name,
        townName: s.town?.name ?? null,
        month,
        dueOn: due.get(month)!,
        overdue: state === "MISSING",
      });
    }
  return owed;
}
