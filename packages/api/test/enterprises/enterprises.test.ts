import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { isValidCreditCode, makeCreditCode } from "@qifu/domain";
import { appErrorBody, writeWorkbook } from "@qifu/trpc-core";
import { codeOf, createTestPlatform, DEMO_PASSWORD, type TCaller } from "../../src";

const errorOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (e: any) {
    return e;
  }
  throw new Error("expected a refusal");
};

/** The enterprise registry: scope from the refused side, credit codes, size classes, import, claims. */
describe(`enterprise registry on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let shiling: TCaller;
  let shilingTownId: string;
  let xinhuaTownId: string;
  let xinhuaEnterpriseId: string;

  beforeAll(async () => {
    p = await createTestPlatform();
    district = await p.as("district");
    shiling = await p.as("shiling");
    shilingTownId = (await p.prisma.town.findUniqueOrThrow({ where: { code: "SHILING" } })).id;
    xinhuaTownId = (await p.prisma.town.findUniqueOrThrow({ where: { code: "XINHUA" } })).id;
    xinhuaEnterpriseId = (await p.prisma.enterprise.findFirstOrThrow({ where: { townId: xinhuaTownId } })).id;
  });
  afterAll(() => p.close());

  it("seeds about 60 enterprises, every one with a valid credit code and a derived size class", async () => {
    const all = await p.prisma.enterprise.findMany();
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(all.filter((e) => !isValidCreditCode(e.creditCode)).map((e) => e.creditCode)).toEqual([]);
    expect(new Set(all.map((e) => e.townId)).size).toBe(12);
    const leather = all.find((e) => e.name === "广州狮岭皮具制造有限公司")!;
    expect(leather.id).toBe("seed-enterprise-1");
    expect(leather.sizeClass).toBe("SMALL"); // industry, 180 people and 8600 万元: below medium's 300 people
  });

  describe("scope", () => {
    it("a town admin lists, reads and changes only their own town's enterprises", async () => {
      const mine = await shiling.enterprises.list({ pagination: { page: 1, perPage: 200 } });
      expect(mine.total).toBeGreaterThan(0);
      expect(mine.data.every((e) => e.townId === shilingTownId)).toBe(true);
      expect(await shiling.enterprises.list({ filter: { townId: xinhuaTownId } })).toEqual({ data: [], total: 0 });
      expect(await codeOf(shiling.enterprises.get({ id: xinhuaEnterpriseId }))).toBe("NOT_FOUND");
      expect(await shiling.enterprises.getMany({ ids: [xinhuaEnterpriseId] })).toEqual([]);
      const before = await p.prisma.enterprise.findUniqueOrThrow({ where: { id: xinhuaEnterpriseId } });
      expect(await codeOf(shiling.enterprises.update({ id: xinhuaEnterpriseId, data: { name: "越界改名企业" } }))).toBe("NOT_FOUND");
      expect(await codeOf(shiling.enterprises.create({ creditCode: makeCreditCode(1), name: "越界登记企业", townId: xinhuaTownId }))).toBe(
        "FORBIDDEN",
      );
      expect(await codeOf(shiling.enterprises.update({ id: mine.data[0].id, data: { townId: xinhuaTownId } }))).toBe("FORBIDDEN");
      expect((await p.prisma.enterprise.findUniqueOrThrow({ where: { id: xinhuaEnterpriseId } })).name).toBe(before.name);
      expect(await p.prisma.enterprise.count({ where: { creditCode: makeCreditCode(1) } })).toBe(0);
      // the export is the same list: nothing of town B in it
      const file = await shiling.enterprises.export({ filter: { townId: xinhuaTownId }, lang: "zh" });
      expect(file.rows).toBe(0);
    });

    it("an enterprise reads and edits only its own record, and never its tier, town or code", async () => {
      const ent = await p.as("enterprise");
      const own = await ent.enterprises.list({});
      expect(own.data.map((e) => e.id)).toEqual(["seed-enterprise-1"]);
      expect(await codeOf(ent.enterprises.get({ id: xinhuaEnterpriseId }))).toBe("NOT_FOUND");
      expect(await codeOf(ent.enterprises.update({ id: xinhuaEnterpriseId, data: { contactName: "冒名" } }))).toBe("NOT_FOUND");
      // the tier is not an input at all (the cultivation ladder derives it from recognitions)
      expect(await codeOf(ent.enterprises.update({ id: "seed-enterprise-1", data: { tier: "LITTLE_GIANT" } as never }))).toBe(
        "BAD_REQUEST",
      );
      expect(await codeOf(ent.enterprises.update({ id: "seed-enterprise-1", data: { townId: xinhuaTownId } }))).toBe("FORBIDDEN");
      expect(await codeOf(ent.enterprises.create({ creditCode: makeCreditCode(2), name: "企业自建企业" }))).toBe("FORBIDDEN");
      expect(await codeOf(ent.enterprises.export({ lang: "zh" }))).toBe("FORBIDDEN");
      expect(await codeOf(ent.enterpriseClaims.list({}))).toBe("FORBIDDEN");
      const ownRow = await p.prisma.enterprise.findUniqueOrThrow({ where: { id: "seed-enterprise-1" } });
      const updated = await ent.enterprises.update({
        id: "seed-enterprise-1",
        data: { contactName: "陈经理", employees: 320, revenueWan: 9000 },
      });
      expect(updated.contactName).toBe("陈经理");
      // self-reported (issue 11 point 11): kept, but the size class stays on the confirmed figures until the town confirms
      expect(updated).toMatchObject({ employees: 320, revenueWan: 9000, figuresSelfReported: true, sizeClass: ownRow.sizeClass });
      const confirmed = await (await p.as("shiling")).enterprises.confirmFigures({ id: "seed-enterprise-1" });
      expect(confirmed).toMatchObject({ sizeClass: "MEDIUM", figuresSelfReported: false }); // 320 people and 9000 万元 in industry
      expect(updated.tier).toBe("SPECIALIZED");
    });

    it("commissioners read their town's enterprises but change none; operators and anonymous see none", async () => {
      const commissioner = await p.as("commissioner");
      const seen = await commissioner.enterprises.list({ pagination: { page: 1, perPage: 200 } });
      expect(seen.total).toBeGreaterThan(0);
      expect(seen.data.every((e) => e.townId === shilingTownId)).toBe(true);
      expect(await codeOf(commissioner.enterprises.update({ id: seen.data[0].id, data: { name: "专员改名" } }))).toBe("FORBIDDEN");
      expect(await codeOf((await p.as("operator")).enterprises.list({}))).toBe("FORBIDDEN");
      expect(await codeOf(p.anonymous().enterprises.list({}))).toBe("UNAUTHENTICATED");
    });
  });

  describe("credit codes", () => {
    it("a duplicate code is refused with a clear bilingual message, and nothing is written", async () => {
      const existing = await p.prisma.enterprise.findUniqueOrThrow({ where: { id: "seed-enterprise-2" } });
      const count = await p.prisma.enterprise.count();
      const e = await errorOf(district.enterprises.create({ creditCode: existing.creditCode.toLowerCase(), name: "重复代码企业" }));
      const body = appErrorBody(e, "enterprises.create");
      expect(body.code).toBe("CONFLICT");
      expect(body.message.zh).toBe(`统一社会信用代码 ${existing.creditCode} 已登记（${existing.name}），不能重复登记`);
      expect(body.message.en).toContain("already registered");
      expect(body.fields[0].path).toBe("creditCode");
      expect(await p.prisma.enterprise.count()).toBe(count);
    });

    it("a wrong check digit is refused on create and update", async () => {
      const e = await errorOf(district.enterprises.create({ creditCode: "91440114MA5AXXXX01", name: "校验位错误企业" }));
      expect(appErrorBody(e, "enterprises.create")).toMatchObject({
        code: "VALIDATION",
        fields: [{ path: "creditCode", message: { zh: expect.stringContaining("校验位") } }],
      });
      expect(await codeOf(district.enterprises.update({ id: "seed-enterprise-3", data: { creditCode: "914403001922038217" } }))).toBe(
        "VALIDATION",
      );
    });

    it("the size class is derived on write from the industry's thresholds", async () => {
      const a = await district.enterprises.create({
        creditCode: makeCreditCode(101),
        name: "边界测试批发企业",
        industryCode: "51",
        employees: 20,
        revenueWan: 5000,
      });
      expect(a.sizeClass).toBe("MEDIUM");
      const b = await district.enterprises.update({ id: a.id, data: { employees: 19 } });
      expect(b.sizeClass).toBe("SMALL");
      const c = await district.enterprises.update({ id: a.id, data: { industryCode: "47" } }); // construction needs assets
      expect(c.sizeClass).toBeNull();
      expect((await district.enterprises.list({ filter: { sizeClass: "MEDIUM" }, q: "边界测试" })).total).toBe(0);
    });

    it("finds enterprises by Chinese words inside their names", async () => {
      const found = await district.enterprises.list({ q: "线束", pagination: { page: 1, perPage: 10 } });
      expect(found.data.map((e) => e.name)).toContain("广州市宏达汽车线束有限公司");
    });
  });

  describe("Excel import", () => {
    const headers = ["统一社会信用代码", "企业名称", "所属镇街", "行业代码", "从业人员（人）", "营业收入（万元）"].map((header) => ({
      header,
    }));
    async function file(rows: (string | number | null)[][]) {
      return (await writeWorkbook("企业", headers, rows)).toString("base64");
    }

    it("reports every bad row with its row number and column, and writes none of them", async () => {
      const existing = await p.prisma.enterprise.findUniqueOrThrow({ where: { id: "seed-enterprise-5" } });
      const good1 = makeCreditCode(201);
      const good2 = makeCreditCode(202);
      const fileBase64 = await file([
        [good1, "导入测试箱包有限公司", "狮岭镇", "1922", 30, 800], // row 2 ok
        ["91440114MA5AXXXX01", "校验位错误公司", "狮岭镇", "19", 5, 10], // row 3 bad code
        [existing.creditCode, "重复登记公司", "狮岭镇", "19", 5, 10], // row 4 duplicate of the registry
        [good1, "文件内重复公司", "狮岭镇", "19", 5, 10], // row 5 duplicate of row 2
        [makeCreditCode(203), "人数不对公司", "狮岭镇", "19", "很多", 10], // row 6 not a number
        [makeCreditCode(204), "镇街不存在公司", "火星镇", "19", 5, 10], // row 7 unknown town
        [makeCreditCode(205), "新华的公司", "新华街道", "19", 5, 10], // row 8 outside the town admin's town
        [good2, "导入测试皮革有限公司", null, "1910", 20, 300], // row 9 ok, town defaults to own; 20 people and 300 万元: small
      ]);
      const before = await p.prisma.enterprise.count();
      const report = await shiling.enterprises.importCheck({ fileBase64 });
      expect(await p.prisma.enterprise.count()).toBe(before); // checking writes nothing
      expect(report.total).toBe(8);
      expect(report.rows.map((r) => r.row)).toEqual([2, 9]);
      const byRow = Object.fromEntries(report.errors.map((e) => [e.row, e]));
      expect(Object.keys(byRow).map(Number)).toEqual([3, 4, 5, 6, 7, 8]);
      expect(byRow[3]).toMatchObject({
        field: "creditCode",
        column: { zh: "统一社会信用代码" },
        message: { zh: expect.stringContaining("校验位") },
      });
      expect(byRow[4].message.zh).toContain("已登记");
      expect(byRow[5].message).toEqual({ zh: "统一社会信用代码与第 2 行重复", en: "Credit code repeats row 2" });
      expect(byRow[6]).toMatchObject({
        field: "employees",
        message: { zh: "从业人员（人）应为整数", en: "Employees must be a whole number" },
      });
      expect(byRow[7].message.zh).toContain("火星镇");
      expect(byRow[8].message.zh).toContain("本镇街");

      // the good rows, as the dialog sends them: written; a bad row smuggled in is refused again
      const smuggled = {
        row: 3,
        data: { creditCode: "91440114MA5AXXXX01", name: "校验位错误公司", townName: "狮岭镇", tags: [] },
      };
      const result = await shiling.enterprises.importCommit({ rows: [...report.rows, smuggled] });
      expect(result.written).toBe(2);
      expect(result.errors.map((e) => e.row)).toEqual([3]);
      expect(await p.prisma.enterprise.count()).toBe(before + 2);
      const imported = await p.prisma.enterprise.findUniqueOrThrow({ where: { creditCode: good2 } });
      expect(imported).toMatchObject({ townId: shilingTownId, sizeClass: "SMALL" });
      // the import never sets a tier: it is derived from recognitions (cultivation)
      expect((await p.prisma.enterprise.findUniqueOrThrow({ where: { creditCode: good1 } })).tier).toBe("NONE");
      // importing the same file again: every row is now a duplicate
      const again = await shiling.enterprises.importCheck({ fileBase64 });
      expect(again.rows).toEqual([]);
    });

    it("refuses a file without the required columns or that is not a workbook", async () => {
      const noCode = (await writeWorkbook("x", [{ header: "企业名称" }], [["某公司"]])).toString("base64");
      expect((await district.enterprises.importCheck({ fileBase64: noCode })).errors[0]).toMatchObject({
        row: 1,
        field: "creditCode",
        message: { zh: "缺少必填列“统一社会信用代码”" },
      });
      const junk = Buffer.from("not a workbook").toString("base64");
      expect((await district.enterprises.importCheck({ fileBase64: junk })).errors[0].message.en).toContain(".xlsx");
      expect(await codeOf((await p.as("commissioner")).enterprises.importCheck({ fileBase64: noCode }))).toBe("FORBIDDEN");
    });

    it("gives a template whose headers the importer reads back", async () => {
      const tpl = await district.enterprises.importTemplate({ lang: "zh" });
      const report = await district.enterprises.importCheck({ fileBase64: tpl.contentBase64 });
      // the example row uses Huawei's (valid) code: only town scope or duplicates could fail it
      expect(report.errors).toEqual([]);
      expect(report.rows).toHaveLength(1);
    });
  });

  describe("self-registration and claims", () => {
    const register = (over: Record<string, unknown> = {}) =>
      p.anonymous().enterpriseAccount.register({
        username: "hongda2026",
        password: "Hongda2026ok",
        creditCode: makeCreditCode(301),
        name: "广州新注册皮具有限公司",
        townId: shilingTownId,
        contactName: "黄伟明",
        contactPhone: "13800138000",
        ...over,
      } as any);

    it("refuses bad passwords, bad codes, taken usernames and enterprises that already have an account", async () => {
      const users = await p.prisma.user.count();
      expect(appErrorBody(await errorOf(register({ password: "short1" })), "enterpriseAccount.register").fields[0].path).toBe("password");
      expect(appErrorBody(await errorOf(register({ creditCode: "91440114MA5AXXXX01" })), "enterpriseAccount.register").fields[0].path).toBe(
        "creditCode",
      );
      expect(appErrorBody(await errorOf(register({ username: "district" })), "enterpriseAccount.register").code).toBe("CONFLICT");
      const claimed = await p.prisma.enterprise.findUniqueOrThrow({ where: { id: "seed-enterprise-1" } });
      expect(appErrorBody(await errorOf(register({ creditCode: claimed.creditCode })), "enterpriseAccount.register").message.zh).toContain(
        "已有认证账号",
      );
      expect(await p.prisma.user.count()).toBe(users);
    });

    it("a registered account sees only its pending claim until an admin of its town approves it", async () => {
      await register();
      const user = await p.userOf("hongda2026");
      expect(user).toMatchObject({ role: "ENTERPRISE", enterpriseId: null });
      const pending = p.asUser(user);
      const mine = await pending.enterpriseAccount.mine();
      expect(mine).toMatchObject({ claim: { status: "PENDING", name: "广州新注册皮具有限公司" }, enterprise: null });
      expect(await pending.enterprises.list({})).toEqual({ data: [], total: 0 });
      expect(await codeOf(pending.enterprises.get({ id: "seed-enterprise-1" }))).toBe("NOT_FOUND");
      // a second claim for the same code may wait beside the first (issue 11 point 4): the town decides
      expect(await codeOf(register({ username: "hongda2027" }))).toBe("OK");

      const claimId = mine.claim!.id;
      const xinhua = await p.as("xinhua");
      expect((await xinhua.enterpriseClaims.list({})).data.some((c) => c.id === claimId)).toBe(false);
      expect(await codeOf(xinhua.enterpriseClaims.approve({ id: claimId }))).toBe("NOT_FOUND");
      expect(await codeOf(pending.enterpriseClaims.approve({ id: claimId }))).toBe("FORBIDDEN");
      expect((await p.userOf("hongda2026")).enterpriseId).toBeNull();

      const approved = await shiling.enterpriseClaims.approve({ id: claimId, note: "已核对营业执照" });
      expect(approved.status).toBe("APPROVED");
      expect(await codeOf(shiling.enterpriseClaims.approve({ id: claimId }))).toBe("CONFLICT");
      const verified = p.asUser(await p.userOf("hongda2026"));
      const after = await verified.enterpriseAccount.mine();
      expect(after.enterprise).toMatchObject({ name: "广州新注册皮具有限公司", townId: shilingTownId, accountCount: 1 });
      expect((await verified.enterprises.list({})).data.map((e) => e.id)).toEqual([after.enterprise!.id]);
    });

    it("a claim on an existing record links to it; rejection needs a reason", async () => {
      const target = await p.prisma.enterprise.findUniqueOrThrow({ where: { id: "seed-enterprise-3" } });
      await register({ username: "shengshi01", creditCode: target.creditCode, name: target.name });
      const claim = await p.prisma.enterpriseClaim.findFirstOrThrow({ where: { creditCode: target.creditCode } });
      const listed = (await shiling.enterpriseClaims.list({ filter: { status: "PENDING" } })).data.find((c) => c.id === claim.id)!;
      expect(listed.matchedEnterpriseId).toBe(target.id);
      expect(await codeOf(shiling.enterpriseClaims.reject({ id: claim.id, note: "" }))).toBe("BAD_REQUEST");
      await district.enterpriseClaims.approve({ id: claim.id });
      expect((await p.userOf("shengshi01")).enterpriseId).toBe(target.id);
      expect(await p.prisma.enterprise.count({ where: { creditCode: target.creditCode } })).toBe(1);

      await register({ username: "fake0001", creditCode: makeCreditCode(302), name: "可疑企业" });
      const fake = await p.prisma.enterpriseClaim.findFirstOrThrow({ where: { creditCode: makeCreditCode(302) } });
      const rejected = await shiling.enterpriseClaims.reject({ id: fake.id, note: "营业执照信息不符" });
      expect(rejected).toMatchObject({ status: "REJECTED", reviewNote: "营业执照信息不符" });
      expect((await p.userOf("fake0001")).enterpriseId).toBeNull();
    });

    it("the demo password still signs in", () => expect(DEMO_PASSWORD).toBe("Qifu2026demo"));
  });
});
