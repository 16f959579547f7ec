import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { readImportFile } from "@qifu/trpc-core";
import { z } from "zod";
import { createTestPlatform, type TCaller } from "../../src";

/** A sheet's headers, widths and drop-downs, read back with the same Excel library the server writes with. */
async function sheetOf(base64: string) {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const headers: string[] = [];
  ws.getRow(1).eachCell((c) => headers.push(String(c.value)));
  const col = (h: string) => headers.indexOf(h) + 1;
  return { ws, headers, col, wb };
}

/** The enterprise registry's export re-imports as it is: template columns, drop-downs, no errors, nothing changed. */
describe(`Excel export → import round trips (enterprises, service ledger) on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;

  beforeAll(async () => {
    p = await createTestPlatform();
    district = await p.as("district");
  }, 600_000);
  afterAll(() => p.close());

  it("uses the import template's columns, widths and drop-downs for 镇街 (the tier is derived, not imported)", async () => {
    const template = await sheetOf((await district.enterprises.importTemplate({ lang: "zh" })).contentBase64);
    const exported = await sheetOf((await district.enterprises.export({ lang: "zh" })).contentBase64);
    expect(exported.headers).toEqual(template.headers);
    expect(exported.headers.slice(0, 3)).toEqual(["统一社会信用代码*", "企业名称*", "所属镇街"]);
    for (const s of [template, exported]) {
      const town = s.ws.getCell(2, s.col("所属镇街")).dataValidation;
      expect(town).toMatchObject({ type: "list" });
      expect(town.formulae[0]).toContain("狮岭镇");
      expect(s.headers).not.toContain("培育层级");
      expect(s.ws.getColumn(s.col("企业名称*")).width).toBeGreaterThanOrEqual(30);
    }
  });

  for (const lang of ["zh", "en"] as const) {
    it(`re-importing the ${lang} export gives no errors and changes no row`, async () => {
      const before = await p.prisma.enterprise.findMany({ orderBy: { id: "asc" } });
      const file = await district.enterprises.export({ lang });
      expect(file.rows).toBe(before.length);
      const report = await district.enterprises.importCheck({ fileBase64: file.contentBase64 });
      expect(report.errors).toEqual([]);
      expect(report.total).toBe(before.length);
      expect(report.unchanged).toBe(before.length);
      expect(report.rows).toEqual([]); // nothing to write
      expect(await p.prisma.enterprise.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    });
  }

  it("an invalid row of an edited export gets a message in Chinese (and English), with its row and column", async () => {
    const file = await district.enterprises.export({ lang: "zh" });
    const s = await sheetOf(file.contentBase64);
    s.ws.getCell(2, s.col("从业人员（人）")).value = "很多";
    const edited = Buffer.from(await s.wb.xlsx.writeBuffer()).toString("base64");
    const report = await district.enterprises.importCheck({ fileBase64: edited });
    expect(report.errors).toEqual([
      {
        row: 2,
        field: "employees",
        column: { zh: "从业人员（人）", en: "Employees" },
        message: { zh: "从业人员（人）应为整数", en: "Employees must be a whole number" },
      },
    ]);
    expect(report.unchanged).toBe(file.rows - 1);
    // the sheet read with the import's own reader agrees on the headers
    const read = await readImportFile(
      edited,
      [{ key: "name", header: { zh: "企业名称", en: "Name" }, required: true }],
      z.object({ name: z.string() }),
    );
    expect(read.errors).toEqual([]);
  });
  it("the service ledger's export leads with the import's columns and re-imports without writing a record twice", async () => {
    const before = await p.prisma.ledgerRecord.count();
    expect(before, "the demo ledger has records").toBeGreaterThan(0);
    const template = await sheetOf((await district.ledgerRecords.importTemplate({ lang: "zh" })).contentBase64);
    const file = await district.ledgerRecords.export({ lang: "zh", filter: {} });
    const exported = await sheetOf(file.contentBase64);
    expect(exported.headers.slice(0, template.headers.length)).toEqual(template.headers);
    expect(exported.headers).toContain("满意度评分");
    expect(exported.ws.getCell(2, exported.col("服务类别*")).dataValidation).toMatchObject({ type: "list" });
    const report = await district.ledgerRecords.importCheck({ fileBase64: file.contentBase64 });
    expect(report.errors).toEqual([]);
    expect(report.unchanged).toBe(file.rows);
    expect(report.rows).toEqual([]);
    // a changed summary is a new service: that one row, and only it, is to be written
    exported.ws.getCell(2, exported.col("服务内容摘要*")).value = "复诊：上门核对研发费用加计扣除台账。";
    const edited = await district.ledgerRecords.importCheck({
      fileBase64: Buffer.from(await exported.wb.xlsx.writeBuffer()).toString("base64"),
    });
    expect(edited.errors).toEqual([]);
    expect(edited.unchanged).toBe(file.rows - 1);
    expect(edited.rows.map((r) => r.row)).toEqual([2]);
    expect(await p.prisma.ledgerRecord.count()).toBe(before);
  });
});
