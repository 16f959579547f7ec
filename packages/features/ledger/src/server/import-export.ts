import { ServiceCategory } from "@qifu/domain";
import {
  defineExport,
  defineImport,
  importSheetColumns,
  type TCell,
  type TExportColumn,
  type TImportColumn,
  type TImportRowError,
} from "@qifu/trpc-core";
import { LedgerChannel, RecordSource, ZRecordImportRow, type TRecord } from "../schemas";
import { dateOf, dayOf, LEDGER_STAFF, shanghaiToday, staffReaches } from "./ledger-service";
import { prepareRecordCreate, recordsResource } from "./records";
import { notifyToRate } from "./notify";

const col = (key: string, zh: string, en: string, rest: Partial<TImportColumn> = {}): TImportColumn => ({
  key,
  header: { zh, en },
  ...rest,
});

export const RECORD_IMPORT_COLUMNS: TImportColumn[] = [
  col("creditCode", "统一社会信用代码", "Credit code", { width: 22, required: true, example: "914401147329584613" }),
  col("nodeName", "服务节点", "Service node", { width: 30, example: "（节点人员可不填：默认本节点）" }),
  col("category", "服务类别", "Category", {
    width: 12,
    required: true,
    kind: "choice",
    choices: ServiceCategory.values.map((id) => ({ id, label: ServiceCategory.labels[id] })),
    example: ServiceCategory.labels.FINANCING.zh,
  }),
  col("channel", "服务方式", "Channel", {
    width: 10,
    required: true,
    kind: "choice",
    choices: LedgerChannel.values.map((id) => ({ id, label: LedgerChannel.labels[id] })),
    example: LedgerChannel.labels.OFFLINE.zh,
  }),
  col("servedOn", "服务日期", "Service date", { width: 12, required: true, kind: "date", example: "2026-03-18" }),
  col("staffName", "服务人员", "Staff", { width: 10, required: true, example: "王晓明" }),
  col("summary", "服务内容摘要", "Summary", {
    width: 50,
    required: true,
    example: "上门解读小微企业税收优惠政策，辅导申报研发费用加计扣除。",
  }),
];
const header = (key: string) => RECORD_IMPORT_COLUMNS.find((c) => c.key === key)!.header;

/** Offline services from Excel: every row checked (enterprise, node and scope, date) before any is written. */
export const recordImport = defineImport({
  label: { zh: "服务台账", en: "Service ledger" },
  policy: LEDGER_STAFF,
  columns: RECORD_IMPORT_COLUMNS,
  schema: ZRecordImportRow,
  async check(ctx, rows) {
    const errors: TImportRowError[] = [];
    const err = (row: number, key: string, zh: string, en: string) =>
      errors.push({ row, field: key, column: header(key), message: { zh, en } });
    const codes = [...new Set(rows.map((r) => r.data.creditCode))];
    const enterprises = new Set(
      (await ctx.db.enterprise.findMany({ where: { creditCode: { in: codes } }, select: { creditCode: true } })).map((e) => e.creditCode),
    );
    const names = [...new Set(rows.map((r) => r.data.nodeName).filter((n): n is string => !!n))];
    const nodes = await ctx.db.node.findMany({ where: { name: { in: names } }, select: { id: true, name: true, townId: true } });
    const today = shanghaiToday(ctx.now());
    for (const { row, data } of rows) {
      if (!enterprises.has(data.creditCode))
        err(row, "creditCode", "企业名录中没有这个统一社会信用代码", "No enterprise with this credit code in the registry");
      if (!data.nodeName) {
        if (ctx.user?.role !== "NODE_OPERATOR") err(row, "nodeName", "请填写服务节点", "Give the service node");
      } else {
        const node = nodes.find((n) => n.name === data.nodeName);
        if (!node) err(row, "nodeName", `找不到服务节点“${data.nodeName}”`, `No service node named "${data.nodeName}"`);
        else if (!staffReaches(ctx.user, node))
          err(
            row,
            "nodeName",
            "只能导入本节点（镇街管理员：本镇街节点）的服务记录",
            "You can only import records of your own node (town admins: your town's nodes)",
          );
      }
      if (data.servedOn > today) err(row, "servedOn", "服务日期不能晚于今天", "The service date cannot be in the future");
    }
    return errors;
  },
  /**
   * A row equal to a record already in the ledger (same enterprise, node, date, category,
   * channel, staff and summary: a re-imported export) is neither an error nor written twice.
   */
  async unchanged(ctx, rows) {
    const stored = await ctx.db.ledgerRecord.findMany({
      where: {
        enterprise: { creditCode: { in: [...new Set(rows.map((r) => r.data.creditCode))] } },
        servedOn: { in: [...new Set(rows.map((r) => dateOf(r.data.servedOn)))] },
      },
      select: {
        servedOn: true,
        category: true,
        channel: true,
        staffName: true,
        summary: true,
        enterprise: { select: { creditCode: true } },
        node: { select: { name: true } },
      },
    });
    const key = (r: {
      creditCode: string;
      nodeName: string | null;
      servedOn: string;
      category: string;
      channel: string;
      staffName: string;
      summary: string;
    }) => JSON.stringify([r.creditCode, r.nodeName, r.servedOn, r.category, r.channel, r.staffName.trim(), r.summary.trim()]);
    const known = new Set(
      stored.map((s) => key({ ...s, creditCode: s.enterprise.creditCode, nodeName: s.node.name, servedOn: dayOf(s.servedOn) })),
    );
    const ownNode = ctx.user?.nodeId
      ? ((await ctx.db.node.findUnique({ where: { id: ctx.user.nodeId }, select: { name: true } }))?.name ?? null)
      : null;
    return new Set(rows.filter((r) => known.has(key({ ...r.data, nodeName: r.data.nodeName || ownNode }))).map((r) => r.row));
  },
  async write(ctx, { creditCode, nodeName, ...data }) {
    const enterprise = await ctx.db.enterprise.findUniqueOrThrow({ where: { creditCode }, select: { id: true } });
    const nodeId = nodeName
      ? (await ctx.db.node.findFirstOrThrow({ where: { name: nodeName }, select: { id: true } })).id
      : ctx.user!.nodeId!;
    const row = await prepareRecordCreate(ctx, { ...data, enterpriseId: enterprise.id, nodeId, productId: null }, "IMPORT");
    await ctx.db.ledgerRecord.create({ data: row });
    await notifyToRate(ctx, row);
  },
});

/** A record in the import's terms: what re-importing its export brings. */
function asImportRow(r: TRecord, lang: "zh" | "en"): Record<string, TCell> {
  return {
    creditCode: r.enterpriseCreditCode,
    nodeName: r.nodeName,
    category: ServiceCategory.label(r.category, lang),
    channel: LedgerChannel.label(r.channel, lang),
    servedOn: r.servedOn,
    staffName: r.staffName,
    summary: r.summary,
  };
}

/** What the export adds after the import's columns, for reading: the import ignores them. */
const READ_ONLY_COLUMNS: TExportColumn<TRecord>[] = [
  { header: { zh: "企业名称", en: "Enterprise" }, width: 30, value: (r) => r.enterpriseName },
  { header: { zh: "镇街", en: "Town" }, width: 12, value: (r) => r.townName },
  { header: { zh: "服务产品", en: "Product" }, width: 30, value: (r) => r.productTitle },
  { header: { zh: "来源", en: "Source" }, width: 12, value: (r, lang) => RecordSource.label(r.source, lang) },
  { header: { zh: "满意度评分", en: "Score" }, width: 10, value: (r) => r.ratingScore },
  { header: { zh: "评价内容", en: "Comment" }, width: 30, value: (r) => r.ratingComment },
];

/**
 * The export re-imports as it is (issue 10 point 17): the import template's columns first, in
 * its order, widths and drop-downs, then the columns for reading. Re-importing it writes
 * nothing: every row is an existing record (`unchanged` above).
 */
export const recordExport = defineExport<TRecord>(recordsResource, {
  policy: LEDGER_STAFF,
  columns: [
    ...RECORD_IMPORT_COLUMNS.map((c) => ({
      header: c.header,
      width: c.width,
      value: (r: TRecord, lang: "zh" | "en") => asImportRow(r, lang)[c.key] ?? null,
    })),
    ...READ_ONLY_COLUMNS,
  ],
  sheet: async (_ctx, lang) => [
    ...importSheetColumns(RECORD_IMPORT_COLUMNS, lang),
    ...READ_ONLY_COLUMNS.map((c) => ({ header: c.header[lang], width: c.width })),
  ],
});
