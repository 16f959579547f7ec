import { z } from "zod";
import { CultivationTier, industryDivision, industryLabel, SizeClass } from "@qifu/domain";
import { defineExport, defineImport, type TImportColumn, type TImportRowError } from "@qifu/trpc-core";
import { ZEnterpriseCreate, type TEnterprise } from "../schemas";
import { checkCreditCode, prepareEnterpriseCreate } from "./enterprise-service";
import { ENTERPRISE_STAFF, enterprisesResource } from "./resources";

/** One row of the import file: the create input, with the town given by its name. */
const ZImportRow = ZEnterpriseCreate.omit({ townId: true }).extend({ townName: z.string().trim().max(50).optional() });

const col = (key: string, zh: string, en: string, rest: Partial<TImportColumn> = {}): TImportColumn => ({ key, header: { zh, en }, ...rest });

export const ENTERPRISE_IMPORT_COLUMNS: TImportColumn[] = [
  col("creditCode", "统一社会信用代码", "Credit code", { required: true, example: "914403001922038216" }),
  col("name", "企业名称", "Name", { required: true, example: "广州示例皮具有限公司" }),
  col("townName", "所属镇街", "Town", { example: "狮岭镇" }),
  col("address", "地址", "Address", { example: "广州市花都区狮岭镇金狮大道1号" }),
  col("industryCode", "行业代码", "Industry code", { example: "1922" }),
  col("employees", "从业人员（人）", "Employees", { kind: "int", example: 120 }),
  col("revenueWan", "营业收入（万元）", "Revenue (CNY 10k)", { kind: "int", example: 3500 }),
  col("assetsWan", "资产总额（万元）", "Total assets (CNY 10k)", { kind: "int" }),
  col("foundedOn", "成立日期", "Founded on", { kind: "date", example: "2015-06-01" }),
  col("contactName", "联系人", "Contact person", { example: "陈建华" }),
  col("contactPhone", "联系电话", "Contact phone", { example: "020-86881234" }),
  col("contactEmail", "电子邮箱", "Email"),
  col("tier", "培育层级", "Cultivation tier", { kind: "choice", choices: CultivationTier.values.map((id) => ({ id, label: CultivationTier.labels[id] })), example: CultivationTier.labels.INNOVATIVE.zh }),
  col("tags", "标签", "Tags", { kind: "list", example: "皮具、外贸" }),
  col("description", "企业简介", "Description"),
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
    const err = (row: number, key: string, zh: string, en: string) => errors.push({ row, field: key, column: header(key), message: { zh, en } });
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
        else if (ctx.user?.role === "TOWN_ADMIN" && town.id !== ctx.user.townId) err(row, "townName", "只能导入本镇街的企业", "You can only import enterprises of your own town");
      }
      if (data.industryCode && !industryDivision(data.industryCode)) err(row, "industryCode", "不是 GB/T 4754-2017 的行业代码", "is not a GB/T 4754-2017 industry code");
    }
    return errors;
  },
  async write(ctx, { townName, ...data }) {
    const town = townName ? await ctx.db.town.findFirst({ where: { OR: [{ name: townName }, { nameEn: { equals: townName, mode: "insensitive" } }] }, select: { id: true } }) : null;
    const row = await prepareEnterpriseCreate(ctx, { ...data, townId: town?.id ?? null });
    await ctx.db.enterprise.create({ data: row });
  },
});

const dash = (v: unknown) => (v == null || v === "" ? null : (v as string | number));

export const enterpriseExport = defineExport<TEnterprise>(enterprisesResource, {
  policy: ENTERPRISE_STAFF,
  columns: [
    { header: header("creditCode"), width: 22, value: (r) => r.creditCode },
    { header: header("name"), width: 34, value: (r) => r.name },
    { header: header("townName"), width: 12, value: (r) => r.townName },
    { header: { zh: "行业", en: "Industry" }, width: 34, value: (r, lang) => (r.industryCode ? industryLabel(r.industryCode, lang) : null) },
    { header: header("employees"), width: 12, value: (r) => dash(r.employees) },
    { header: header("revenueWan"), width: 14, value: (r) => dash(r.revenueWan) },
    { header: header("assetsWan"), width: 14, value: (r) => dash(r.assetsWan) },
    { header: { zh: "企业规模", en: "Size class" }, width: 10, value: (r, lang) => (r.sizeClass ? SizeClass.label(r.sizeClass, lang) : null) },
    { header: header("tier"), width: 18, value: (r, lang) => CultivationTier.label(r.tier, lang) },
    { header: header("foundedOn"), width: 12, value: (r) => r.foundedOn },
    { header: header("contactName"), width: 10, value: (r) => r.contactName },
    { header: header("contactPhone"), width: 16, value: (r) => r.contactPhone },
    { header: header("contactEmail"), width: 22, value: (r) => r.contactEmail },
    { header: header("address"), width: 40, value: (r) => r.address },
    { header: header("tags"), width: 20, value: (r) => r.tags.join("、") },
  ],
});

