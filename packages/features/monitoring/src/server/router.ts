import { z } from "zod";
import { shanghaiDate, type TNodeKind } from "@qifu/domain";
import { defineExport, loadCalendar, procedure, router, ZPagination } from "@qifu/trpc-core";
import {
  CellState,
  formOf,
  ZMatrix,
  ZMatrixInput,
  ZMatrixRow,
  ZMonth,
  ZOutstanding,
  ZOutstandingFilter,
  ZReportDraft,
  ZTrends,
  ZTrendsInput,
  type TMatrixRow,
} from "../schemas";
import { isLate, monthOf, monthsOf, reportDueOn } from "./due";
import { buildMatrix, outstandingOf, subjectsOf } from "./matrix";
import { prefillOf } from "./prefill";
import { MATRIX_READERS, nodeInScope, REPORT_STAFF, subjectScope } from "./resources";
import { demandTrends } from "./trends";

const yearOf = (now: Date) => Number(shanghaiDate(now).slice(0, 4));

/** The matrix's rows as a listable (one page: every subject), so the Excel export is the platform's one `defineExport`. */
const ZMatrixListInput = z.object({
  pagination: ZPagination.default({ page: 1, perPage: 25 }),
  filter: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional(), townId: z.string().max(64).optional() }).optional(),
  q: z.string().max(100).optional(),
  sort: z.object({ field: z.string(), order: z.enum(["ASC", "DESC"]) }).optional(),
});
const matrixRows = {
  config: { label: { zh: "月报填报情况", en: "Monthly reports filed" }, sortable: [] as string[] },
  ZListInput: ZMatrixListInput,
  router: router({
    list: procedure(MATRIX_READERS, { description: "Matrix rows for the export" })
      .input(ZMatrixListInput)
      .output(z.object({ data: z.array(ZMatrixRow), total: z.number().int() }))
      .query(async ({ ctx, input }) => {
        const m = await buildMatrix(ctx, input.filter?.year ?? yearOf(ctx.now()), input.filter?.townId);
        const { page, perPage } = input.pagination;
        return { data: m.rows.slice((page - 1) * perPage, page * perPage), total: m.rows.length };
      }),
  }),
};

const MONTH_HEADERS = monthsOf(2000).map((_, i) => ({
  zh: `${i + 1}月`,
  en: new Date(Date.UTC(2000, i, 1)).toLocaleString("en", { month: "short" }),
}));
export const matrixExport = defineExport<TMatrixRow>(matrixRows, {
  policy: MATRIX_READERS,
  columns: [
    { header: { zh: "节点", en: "Node" }, width: 30, value: (r) => r.nodeName },
    { header: { zh: "镇街", en: "Town" }, width: 12, value: (r, lang) => r.townName ?? (lang === "zh" ? "区级" : "District") },
    ...MONTH_HEADERS.map((header, i) => ({
      header,
      width: 9,
      value: (r: TMatrixRow, lang: "zh" | "en") => CellState.labels[r.cells[i].state][lang],
    })),
  ],
});

export const monitoringRouter = router({
  /** The nodes whose reports the caller files and reads. */
  subjects: procedure(REPORT_STAFF, { description: "Nodes whose monthly reports the caller files" })
    .output(z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), townName: z.string().nullable() })))
    .query(async ({ ctx }) =>
      (await subjectsOf(ctx, subjectScope(ctx.user))).map((s) => ({
        id: s.id,
        name: s.name,
        kind: s.kind,
        townName: s.town?.name ?? null,
      })),
    ),

  /** The form to fill for a node and month: fields by the node's kind, prefilled values and their sources, the due day. */
  draft: procedure(REPORT_STAFF, { description: "A monthly report's form, prefilled" })
    .input(z.object({ nodeId: z.string().min(1).max(64), month: ZMonth.optional() }))
    .output(ZReportDraft)
    .query(async ({ ctx, input }) => {
      const node = await nodeInScope(ctx, input.nodeId);
      const month = input.month ?? monthOf(ctx.now());
      const form = formOf(node.kind as TNodeKind);
      const dueOn = reportDueOn(await loadCalendar(ctx.db), month);
      const existing = await ctx.db.monthlyReport.findUnique({
        where: { nodeId_month: { nodeId: node.id, month } },
        select: { id: true, values: true },
      });
      const prefilled = await prefillOf(ctx.db, form, node.id, month);
      const values = existing
        ? (existing.values as Record<string, number | string | null>)
        : Object.fromEntries(Object.entries(prefilled).map(([k, p]) => [k, p.value]));
      return {
        nodeId: node.id,
        nodeName: node.name,
        month,
        form,
        dueOn,
        lateIfFiledNow: isLate(ctx.now(), dueOn),
        reportId: existing?.id ?? null,
        values,
        prefilled,
      };
    }),

  /** Subjects × months of a year: on time, late, missing, not yet due. */
  matrix: procedure(MATRIX_READERS, { description: "Who filed which monthly report, month by month" })
    .input(ZMatrixInput)
    .output(ZMatrix)
    .query(({ ctx, input }) => buildMatrix(ctx, input?.year ?? yearOf(ctx.now()), input?.townId)),

  matrixExport,

  /** Demand trends: appeals and service requests per month by category, town or industry. */
  trends: procedure(["DISTRICT_ADMIN", "TOWN_ADMIN", "EVALUATOR"], { description: "Demand trends month by month" })
    .input(ZTrendsInput)
    .output(ZTrends)
    .query(({ ctx, input }) => demandTrends(ctx, input.year, input.by)),
});

/** Reports owed (the to-dos: node staff file them, the town follows up the overdue ones), as a list for the to-do counts. */
export const owedRouter = router({
  list: procedure(REPORT_STAFF, { description: "Monthly reports not yet filed" })
    .input(z.object({ pagination: ZPagination.default({ page: 1, perPage: 25 }), filter: ZOutstandingFilter.optional() }))
    .output(z.object({ data: z.array(ZOutstanding), total: z.number().int() }))
    .query(async ({ ctx, input }) => {
      const owed = await outstandingOf(ctx, input.filter?.overdue ?? false);
      const { page, perPage } = input.pagination;
      return { data: owed.slice((page - 1) * perPage, page * perPage), total: owed.length };
    }),
});
