import ExcelJS from "exceljs";
import { z } from "zod";
import { fieldErrorsFromZod, type TLabel } from "@qifu/domain";
import type { TContext } from "./context";
import type { TPolicy } from "./policy";
import { createCallerFactory, procedure, router } from "./trpc";

/**
 * Excel in and out (DESIGN.md §6), written once: every feature configures columns and a row
 * schema; this file reads and writes the workbooks, reports problems per row and column in
 * both languages, and pages through a resource's own `list` for exports (so the caller's
 * scope, filters and search apply exactly as on screen).
 */
export type TCell = string | number | boolean | Date | null | undefined;
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type TFile = { filename: string; contentBase64: string; rows: number };
export const ZFile = z.object({ filename: z.string(), contentBase64: z.string(), rows: z.number().int() });

/** A column of an import: how a cell becomes a field of the row schema's input. */
export type TImportColumn = {
  key: string;
  header: TLabel;
  required?: boolean;
  /** text (default) | int | number | date (YYYY-MM-DD) | list (split on 、,，;；) | choice (code, zh or en label → code) */
  kind?: "text" | "int" | "number" | "date" | "list" | "choice";
  choices?: { id: string; label: TLabel }[];
  /** A sample value for the template's second row. */
  example?: TCell;
  /** Column width in characters (template and export); from the header when absent. */
  width?: number;
};

/** A sheet column as written: header, width and, for a drop-down, the allowed values. */
export type TSheetColumn = { header: string; width?: number; list?: string[] };

/** How many rows below the header carry the drop-downs (an import takes at most MAX_IMPORT_ROWS). */
const VALIDATED_ROWS = 5000;

export type TExportColumn<TRow> = { header: TLabel; width?: number; value: (row: TRow, lang: "zh" | "en") => TCell };

export type TImportRowError = { row: number; field: string | null; column: TLabel | null; message: TLabel };
export const ZImportRowError = z.object({
  row: z.number().int(),
  field: z.string().nullable(),
  column: z.object({ zh: z.string(), en: z.string() }).nullable(),
  message: z.object({ zh: z.string(), en: z.string() }),
});
export const ZImportRow = z.object({ row: z.number().int().min(1), data: z.record(z.string(), z.unknown()) });
export type TImportRow = z.infer<typeof ZImportRow>;

const MAX_FILE_BASE64 = 14_000_000; // ≈ 10 MB
export const MAX_IMPORT_ROWS = 5000;

/** A workbook of one sheet: a bold header row in the chosen language, then the rows. */
export async function writeWorkbook(sheetName: string, headers: TSheetColumn[], rows: TCell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Qifu";
  const ws = wb.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  // readable widths: a CJK character is about two columns wide
  const textWidth = (s: string) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  ws.columns = headers.map((h) => ({ header: h.header, width: h.width ?? Math.max(10, textWidth(h.header) + 2) }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r.map((v) => (v === undefined ? null : v)));
  // drop-downs (data validation) where a column has a fixed list of values, e.g. 镇街 and 层级
  headers.forEach((h, i) => {
    if (!h.list?.length) return;
    const letter = ws.getColumn(i + 1).letter;
    const formula = `"${h.list.map((v) => v.replace(/[",]/g, "")).join(",")}"`;
    (ws as unknown as { dataValidations: { add: (range: string, v: object) => void } }).dataValidations.add(
      `${letter}2:${letter}${Math.max(VALIDATED_ROWS, rows.length + 1)}`,
      {
        type: "list",
        allowBlank: true,
        showErrorMessage: true,
        formulae: [formula],
        errorTitle: h.header,
        error: h.list.join("、").slice(0, 200),
      },
    );
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A cell's plain value: rich text, hyperlinks and formulas flattened; dates as YYYY-MM-DD. */
function cellValue(v: ExcelJS.CellValue): TCell {
  if (v == null) return undefined;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("text" in v) return String(v.text);
    if ("result" in v) return cellValue(v.result as ExcelJS.CellValue);
    if ("error" in v) return undefined;
  }
  return v as TCell;
}

const norm = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/[\s*＊]/g, "")
    .toLowerCase();

/** Turn a cell into the field value of the row schema, or an error message. */
function coerce(col: TImportColumn, raw: TCell): { value?: unknown; error?: TLabel } {
  const text = raw == null ? "" : typeof raw === "string" ? raw.trim() : raw;
  if (text === "") return { value: undefined };
  switch (col.kind ?? "text") {
    case "int":
    case "number": {
      const n = typeof text === "number" ? text : Number(String(text).replace(/[,，\s]/g, ""));
      if (!Number.isFinite(n) || (col.kind === "int" && !Number.isInteger(n)))
        return {
          error: { zh: `应为${col.kind === "int" ? "整数" : "数字"}`, en: `must be a ${col.kind === "int" ? "whole number" : "number"}` },
        };
      return { value: n };
    }
    case "date": {
      if (typeof text === "number") return { value: new Date(Math.round((text - 25569) * 86400_000)).toISOString().slice(0, 10) }; // Excel serial day
      const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(String(text));
      return m
        ? { value: `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` }
        : { error: { zh: "日期格式应为 2024-03-18", en: "must be a date like 2024-03-18" } };
    }
    case "list":
      return {
        value: String(text)
          .split(/[、,，;；\n]/)
          .map((s) => s.trim())
          .filter(Boolean),
      };
    case "choice": {
      const t = norm(String(text));
      const hit = col.choices?.find((c) => norm(c.id) === t || norm(c.label.zh) === t || norm(c.label.en) === t);
      return hit
        ? { value: hit.id }
        : {
            error: {
              zh: `不是允许的取值（可填：${col.choices?.map((c) => c.label.zh).join("、")}）`,
              en: `is not one of: ${col.choices?.map((c) => c.label.en).join(", ")}`,
            },
          };
    }
    default:
      return { value: String(text) };
  }
}

/**
 * Read an uploaded .xlsx against the columns and the row schema. Every problem is reported as
 * (row, column, message); rows with none are returned parsed, ready to be written.
 */
export async function readImportFile<S extends z.ZodObject>(fileBase64: string, columns: TImportColumn[], schema: S) {
  const errors: TImportRowError[] = [];
  const rows: { row: number; data: z.infer<S> }[] = [];
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(fileBase64, "base64") as unknown as ArrayBuffer);
  } catch {
    errors.push({
      row: 0,
      field: null,
      column: null,
      message: { zh: "无法读取文件：请上传 Excel 工作簿（.xlsx）", en: "Cannot read the file: please upload an Excel workbook (.xlsx)" },
    });
    return { total: 0, rows, errors };
  }
  const ws = wb.worksheets[0];
  if (!ws)
    return {
      total: 0,
      rows,
      errors: [{ row: 0, field: null, column: null, message: { zh: "工作簿中没有工作表", en: "The workbook has no sheet" } }],
    };

  // Row 1 holds the headers: match each column by its zh or en header or its key.
  const at = new Map<string, number>();
  ws.getRow(1).eachCell((cell, colNumber) => {
    const h = norm(String(cellValue(cell.value) ?? ""));
    const col = columns.find((c) => [c.header.zh, c.header.en, c.key].some((n) => norm(n) === h));
    if (col && !at.has(col.key)) at.set(col.key, colNumber);
  });
  const missing = columns.filter((c) => c.required && !at.has(c.key));
  if (missing.length) {
    for (const c of missing)
      errors.push({
        row: 1,
        field: c.key,
        column: c.header,
        message: { zh: `缺少必填列“${c.header.zh}”`, en: `Missing required column "${c.header.en}"` },
      });
    return { total: 0, rows, errors };
  }

  let total = 0;
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells = columns.map((c) => (at.has(c.key) ? cellValue(row.getCell(at.get(c.key)!).value) : undefined));
    if (cells.every((v) => v === undefined || v === "")) continue; // blank lines are not rows
    if (++total > MAX_IMPORT_ROWS) {
      errors.push({
        row: r,
        field: null,
        column: null,
        message: {
          zh: `一次最多导入 ${MAX_IMPORT_ROWS} 行，请拆分文件`,
          en: `At most ${MAX_IMPORT_ROWS} rows per import; please split the file`,
        },
      });
      break;
    }
    const data: Record<string, unknown> = {};
    let bad = false;
    columns.forEach((c, i) => {
      const { value, error } = coerce(c, cells[i]);
      if (error) {
        bad = true;
        errors.push({
          row: r,
          field: c.key,
          column: c.header,
          message: { zh: `${c.header.zh}${error.zh}`, en: `${c.header.en} ${error.en}` },
        });
      } else if (value !== undefined) data[c.key] = value;
    });
    if (bad) continue;
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      for (const f of fieldErrorsFromZod(schema, parsed.error.issues)) {
        const key = f.path.split(".")[0];
        errors.push({ row: r, field: key || null, column: columns.find((c) => c.key === key)?.header ?? null, message: f.message });
      }
      continue;
    }
    rows.push({ row: r, data: parsed.data });
  }
  return { total, rows, errors };
}

export type TImportConfig<S extends z.ZodObject> = {
  /** Used for the template's file name and sheet. */
  label: TLabel;
  policy: TPolicy;
  columns: TImportColumn[];
  /** One row of the file as the row schema sees it (usually the create input). */
  schema: S;
  /** Checks that need the database or the other rows (duplicates…): errors for some rows. */
  check: (ctx: TContext, rows: { row: number; data: z.infer<S> }[]) => Promise<TImportRowError[]>;
  /** Write one checked row (inside the mutation's transaction). */
  write: (ctx: TContext, data: z.infer<S>) => Promise<void>;
  /** Rows that equal what is stored already (a re-imported export): neither errors nor written. */
  unchanged?: (ctx: TContext, rows: { row: number; data: z.infer<S> }[]) => Promise<Set<number>>;
  /** Drop-down values of columns whose choices are data (e.g. the towns), by column key. */
  lists?: (ctx: TContext, lang: "zh" | "en") => Promise<Record<string, string[]>>;
};

/**
 * The sheet columns of an import (its template, and an export meant to be re-imported):
 * headers in the language, required ones marked *, widths, and drop-downs for choice columns
 * and for the columns `lists` names.
 */
export function importSheetColumns(columns: TImportColumn[], lang: "zh" | "en", lists: Record<string, string[]> = {}): TSheetColumn[] {
  return columns.map((c) => ({
    header: `${c.header[lang]}${c.required ? "*" : ""}`,
    width: c.width,
    list: lists[c.key] ?? (c.kind === "choice" ? c.choices?.map((x) => x.label[lang]) : undefined),
  }));
}

/**
 * The import procedures of a feature: `importTemplate` (an empty workbook with the headers and
 * an example), `importCheck` (read the file, write nothing, report every bad row) and
 * `importCommit` (write a chunk of checked rows; the client sends chunks to show progress).
 * A row with any problem is never written.
 */
export function defineImport<S extends z.ZodObject>(config: TImportConfig<S>) {
  const ZReport = z.object({
    total: z.number().int(),
    rows: z.array(ZImportRow),
    errors: z.array(ZImportRowError),
    unchanged: z.number().int().default(0),
  });
  const toRows = (rows: { row: number; data: unknown }[]) => rows.map((r) => ({ row: r.row, data: r.data as Record<string, unknown> }));
  return router({
    importTemplate: procedure(config.policy, { description: `Import template of ${config.label.en}` })
      .input(z.object({ lang: z.enum(["zh", "en"]).default("zh") }).optional())
      .output(ZFile)
      .query(async ({ ctx, input }) => {
        const lang = input?.lang ?? "zh";
        const headers = importSheetColumns(config.columns, lang, (await config.lists?.(ctx, lang)) ?? {});
        const buf = await writeWorkbook(config.label[lang], headers, [config.columns.map((c) => c.example)]);
        return {
          filename: `${config.label[lang]}-${lang === "zh" ? "导入模板" : "import-template"}.xlsx`,
          contentBase64: buf.toString("base64"),
          rows: 1,
        };
      }),

    importCheck: procedure(config.policy, { description: `Check an import file of ${config.label.en}; writes nothing` })
      .input(z.object({ fileBase64: z.string().min(1).max(MAX_FILE_BASE64) }))
      .output(ZReport)
      .mutation(async ({ ctx, input }) => {
        const read = await readImportFile(input.fileBase64, config.columns, config.schema);
        const same = read.rows.length && config.unchanged ? await config.unchanged(ctx, read.rows) : new Set<number>();
        const fresh = read.rows.filter((r) => !same.has(r.row));
        const more = fresh.length ? await config.check(ctx, fresh) : [];
        const bad = new Set(more.map((e) => e.row));
        const errors = [...read.errors, ...more].sort((a, b) => a.row - b.row);
        return { total: read.total, rows: toRows(fresh.filter((r) => !bad.has(r.row))), errors, unchanged: same.size };
      }),

    importCommit: procedure(config.policy, { description: `Write checked rows of ${config.label.en}` })
      .input(z.object({ rows: z.array(ZImportRow).min(1).max(200) }))
      .output(z.object({ written: z.number().int(), errors: z.array(ZImportRowError) }))
      .mutation(async ({ ctx, input }) => {
        // Checked again: the rows come back from the browser, and the data may have changed since.
        const parsed: { row: number; data: z.infer<S> }[] = [];
        const errors: TImportRowError[] = [];
        for (const r of input.rows) {
          const p = config.schema.safeParse(r.data);
          if (p.success) parsed.push({ row: r.row, data: p.data });
          else
            for (const f of fieldErrorsFromZod(config.schema, p.error.issues))
              errors.push({
                row: r.row,
                field: f.path.split(".")[0] || null,
                column: config.columns.find((c) => c.key === f.path.split(".")[0])?.header ?? null,
                message: f.message,
              });
        }
        const same = parsed.length && config.unchanged ? await config.unchanged(ctx, parsed) : new Set<number>();
        errors.push(
          ...(parsed.length
            ? await config.check(
                ctx,
                parsed.filter((r) => !same.has(r.row)),
              )
            : []),
        );
        const bad = new Set([...errors.map((e) => e.row), ...same]);
        let written = 0;
        for (const r of parsed) {
          if (bad.has(r.row)) continue;
          await config.write(ctx, r.data);
          written++;
        }
        return { written, errors };
      }),
  });
}

/** Any resource made by defineResource: its router has a `list` of the resource contract. */
type TListableResource = {
  config: { label: TLabel; sortable: readonly string[] };
  ZListInput: z.ZodObject;
  router: Parameters<typeof createCallerFactory>[0];
};

const EXPORT_PAGE = 200;
export const MAX_EXPORT_ROWS = 20_000;

/**
 * `export`: the list the caller sees (same filter, search and sort, same scope) as .xlsx.
 * It pages through the resource's own `list` procedure, so no rule is written twice.
 */
export function defineExport<TRow>(
  resource: TListableResource,
  options: {
    policy: TPolicy;
    columns: TExportColumn<TRow>[];
    /** The sheet's headers (with widths and drop-downs) when the export must re-import as it is. */
    sheet?: (ctx: TContext, lang: "zh" | "en") => Promise<TSheetColumn[]>;
  },
) {
  const ZInput = z.object({
    filter: z.record(z.string(), z.unknown()).optional(),
    q: z.string().max(100).optional(),
    sort: z.object({ field: z.string(), order: z.enum(["ASC", "DESC"]) }).optional(),
    lang: z.enum(["zh", "en"]).default("zh"),
  });
  return procedure(options.policy, { description: `Export ${resource.config.label.en} to Excel` })
    .input(ZInput)
    .output(ZFile)
    .query(async ({ ctx, input }) => {
      const caller = createCallerFactory(resource.router)(ctx) as unknown as {
        list: (i: unknown) => Promise<{ data: TRow[]; total: number }>;
      };
      const sort = input.sort && resource.config.sortable.includes(input.sort.field) ? input.sort : undefined;
      const rows: TRow[] = [];
      for (let page = 1; rows.length < MAX_EXPORT_ROWS; page++) {
        const { data, total } = await caller.list({ pagination: { page, perPage: EXPORT_PAGE }, filter: input.filter, q: input.q, sort });
        rows.push(...data);
        if (data.length < EXPORT_PAGE || rows.length >= total) break;
      }
      const lang = input.lang;
      const headers = options.sheet
        ? await options.sheet(ctx, lang)
        : options.columns.map((c) => ({ header: c.header[lang], width: c.width }));
      const buf = await writeWorkbook(
        resource.config.label[lang],
        headers,
        rows.map((r) => options.columns.map((c) => c.value(r, lang))),
      );
      const stamp = new Date().toISOString().slice(0, 10);
      return { filename: `${resource.config.label[lang]}-${stamp}.xlsx`, contentBase64: buf.toString("base64"), rows: rows.length };
    });
}
