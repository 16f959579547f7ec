import { z } from "zod";
import { industryDivision } from "@qifu/domain";
import {
  defineExport,
  defineImport,
  importSheetColumns,
  type TCell,
  type TContext,
  type TImportColumn,
  type TImportRowError,
} from "@qifu/trpc-core";
import { ZEnterpriseCreate, type TEnterprise } from "../schemas";
import { checkCreditCode, prepareEnterpriseCreate } from "./enterprise-service";
import { ENTERPRISE_STAFF, enterprisesResource } from "./resources";

/** One row of the import file: the create input, with the town given by its name. */
const ZImportRow = ZEnterpriseCreate.omit({ townId: true }).extend({ townName: z.string().trim().max(50).optional() });

const col = (key: string, zh: string, en: string, rest: Partial<TImportColumn> = {}): TImportColumn => ({
  key,
  header: { zh, en },
  ...rest,
});

export const ENTERPRISE_IMPORT_COLUMNS: TImportColumn[] = [
  col("creditCode", "统一社会信用代码", "Credit code", { width: 22, required: true, example: "914403001922038216" }),
  col("name", "企业名称", "Name", { width: 34, required: true, example: "广州示例皮具有限公司" }),
  col("townName", "所属镇街", "Town", { width: 12, example: "狮岭镇" }),
  col("address", "地址", "Address", { width: 40, example: "广州市花都区狮岭镇金狮大道1号" }),
  col("industryCode", "行业代码", "Industry code", { width: 10, example: "1922" }),
  col("employees", "从业人员（人）", "Employees", { width: 14, kind: "int", example: 120 }),
  col("revenueWan", "营业收入（万元）", "Revenue (CNY 10k)", { width: 16, kind: "int", example: 3500 }),
  col("assetsWan", "资产总额（万元）", "Total assets (CNY 10k)", { width: 16, kind: "int" }),
  col("foundedOn", "成立日期", "Founded on", { width: 12, kind: "date", example: "2015-06-01" }),
  col("contactName", "联系人", "Contact person", { width: 10, example: "陈建华" }),
  col("contactPhone", "联系电话", "Contact phone", { width: 16, example: "020-86881234" }),
  col("contactEmail", "电子邮箱", "Email", { width: 24 }),
  col("tags", "标签", "Tags", { width: 20, kind: "list", example: "皮具、外贸" }),
  col("description", "企业简介", "Description", { width: 40 }),
];

const header = (key: string) => ENTERPRISE_IMPORT_COLUMNS.find((c) => c.key === key)!.header;

/** Enterprise import: every row checked (code, duplicates in the file and the registry, town and scope) before any is written. */
export const enterpriseImport = defineImport({
  label: { zh: "企业名录", en: "Enterprises" },
  policy: ENTERPRISE_STAFF,
  columns: ENTERPRISE_IMPORT_COLUMNS,
  schema: ZImportRow,
  async check(ctx, rows) {
    const errors: TImportRowError[] = [];
    const err = (row: number, key: string, zh: string, en: string) =>
      errors.push({ row, field: key, column: header(key), message: { zh, en } });
    const towns = await ctx.db.town.findMany({ select: { id: true, name: true, nameEn: true } });
    const firstRowOf = new Map<string, number>();
    for (const { row, data } of rows) {
      const seen = firstRowOf.get(data.creditCode);
      if (seen) err(row, "creditCode", `统一社会信用代码与第 ${seen} 行重复`, `Credit code repeats row ${seen}`);
      else {
        firstRowOf.set(data.creditCode, row);
        const problem = await checkCreditCode(ctx.db, data.creditCode);
        if (problem) errors.push({ row, field: "creditCode", column: header("creditCode"), message: problem.message });
      }
      if (data.townName) {
        const town = towns.find((t) => t.name === data.townName || t.nameEn.toLowerCase() === data.townName!.toLowerCase());
        if (!town) err(row, "townName", `找不到镇街“${data.townName}”`, `No town named "${data.townName}"`);
        else if (ctx.user?.role === "TOWN_ADMIN" && town.id !== ctx.user.townId)
          err(row, "townName", "只能导入本镇街的企业", "You can only import enterprises of your own town");
      }
      if (data.industryCode && !industryDivision(data.industryCode))
        err(row, "industryCode", "不是 GB/T 4754-2017 的行业代码", "is not a GB/T 4754-2017 industry code");
    }
    return errors;
  },
  lists: (ctx, lang) => townLists(ctx, lang),
  /** A row equal to the stored enterprise of its credit code (a re-imported export) is neither an error nor written. */
  async unchanged(ctx, rows) {
    const stored = await ctx.db.enterprise.findMany({
      where: { creditCode: { in: rows.map((r) => r.data.creditCode) } },
      include: { town: { select: { name: true, nameEn: true } } },
    });
    const byCode = new Map(stored.map((e) => [e.creditCode, e]));
    const blank = (v: unknown) => v == null || v === "" || (Array.isArray(v) && v.length === 0);
    const same = (a: unknown, b: unknown) => (blank(a) && blank(b)) || JSON.stringify(a) === JSON.stringify(b);
    const out = new Set<number>();
    for (const { row, data } of rows) {
      const e = byCode.get(data.creditCode);
      if (!e) continue;
      const town = data.townName
        ? e.town?.name === data.townName || e.town?.nameEn.toLowerCase() === data.townName.toLowerCase()
        : !e.townId;
      const given: Record<string, unknown> = { ...data };
      const stored: Record<string, unknown> = { ...e, foundedOn: e.foundedOn ? e.foundedOn.toISOString().slice(0, 10) : null };
      const keys = ENTERPRISE_IMPORT_COLUMNS.map((c) => c.key).filter((k) => k !== "townName");
      if (town && keys.every((k) => same(given[k], stored[k]))) out.add(row);
    }
    return out;
  },
  async write(ctx, { townName, ...data }) {
    const town = townName
      ? await ctx.db.town.findFirst({
          where: { OR: [{ name: townName }, { nameEn: { equals: townName, mode: "insensitive" } }] },
          select: { id: true },
        })
      : null;
    const row = await prepareEnterpriseCreate(ctx, { ...data, townId: town?.id ?? null });
    await ctx.db.enterprise.create({ data: row });
  },
});

/** The towns by name: the 镇街 drop-down of the template and the export. */
async function townLists(ctx: TContext, lang: "zh" | "en") {
  const towns = await ctx.db.town.findMany({ select: { name: true, nameEn: true }, orderBy: { code: "asc" } });
  return { townName: towns.map((t) => (lang === "zh" ? t.name : t.nameEn)) };
}

/** A row of the registry in the import's terms: what re-importing its export would bring. */
function asImportRow(r: TEnterprise): Record<string, TCell> {
  return {
    creditCode: r.creditCode,
    name: r.name,
    townName: r.townName,
    address: r.address,
    industryCode: r.industryCode,
    employees: r.employees,
    revenueWan: r.revenueWan,
    assetsWan: r.assetsWan,
    foundedOn: r.foundedOn,
    contactName: r.contactName,
    contactPhone: r.contactPhone,
    contactEmail: r.contactEmail,
    tags: r.tags.join("、"),
    description: r.description,
  };
}

/**
 * The export re-imports as it is: the import template's columns in its order, widths and
 * drop-downs, values as the import reads them (tags joined by 、). The tier is not imported: the
 * cultivation ladder derives it from recognitions.
 */
export const enterpriseExport = defineExport<TEnterprise>(enterprisesResource, {
  policy: ENTERPRISE_STAFF,
  columns: ENTERPRISE_IMPORT_COLUMNS.map((c) => ({
    header: c.header,
    width: c.width,
    value: (r: TEnterprise) => asImportRow(r)[c.key] ?? null,
  })),
  sheet: async (ctx, lang) => importSheetColumns(ENTERPRISE_IMPORT_COLUMNS, lang, await townLists(ctx, lang)),
});
