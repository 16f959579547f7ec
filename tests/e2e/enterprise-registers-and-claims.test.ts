import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@qifu/api";
import { startPlatform } from "./harness";

/**
 * Enterprise accounts end to end: an enterprise registers on the public site (phone size) and
 * sees only its pending claim; the town admin approves it in the admin console; the enterprise
 * then sees and edits its own profile.
 */
describe("an enterprise registers, is verified by its town, and edits its profile", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  it("registers, waits, is approved, edits", async () => {
    const { baseUrl, browser } = platform;
    const errors: string[] = [];
    const phone = await browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 800 } });
    const ent = await phone.newPage();
    ent.on("pageerror", (e) => errors.push(e.message));
    await ent.goto(`${baseUrl}/enterprise/register`);
    await ent.fill('input[name="name"]', "广州狮岭新锐箱包有限公司");
    await ent.fill('input[name="creditCode"]', "91440114ma00e7e792"); // lower case: normalized by the server
    await ent.getByRole("combobox", { name: /所属镇街/ }).click();
    await ent.getByRole("option", { name: "狮岭镇" }).click();
    await ent.fill('input[name="contactName"]', "梁志强");
    await ent.fill('input[name="contactPhone"]', "13912345678");
    await ent.fill('input[name="username"]', "xinrui2026");
    await ent.fill('input[name="password"]', "short");
    await ent.click('button[type="submit"]');
    // the password rule is explained on the field, and nothing is registered
    await ent.getByText("密码至少 10 位").waitFor();
    expect(await platform.db.prisma.user.count({ where: { username: "xinrui2026" } })).toBe(0);
    await ent.fill('input[name="password"]', "Xinrui2026box");
    await ent.click('button[type="submit"]');
    await ent.getByText("认领申请审核中").waitFor();

    // the town admin approves the claim in the console
    const staff = await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
    const admin = await staff.newPage();
    admin.on("pageerror", (e) => errors.push(e.message));
    await admin.goto(`${baseUrl}/admin/`);
    await admin.fill('input[name="username"]', "shiling");
    await admin.fill('input[name="password"]', DEMO_PASSWORD);
    await admin.click('button[type="submit"]');
    await admin.getByRole("heading", { name: "服务网络概览" }).waitFor();
    await admin.goto(`${baseUrl}/admin/#/enterpriseClaims`);
    const row = admin.locator("tr", { hasText: "广州狮岭新锐箱包有限公司" });
    await row.getByRole("button", { name: "通过" }).click();
    await admin.getByRole("dialog").getByRole("button", { name: "通过" }).click();
    await admin.getByText("已通过，企业账号已绑定").waitFor();
    const created = await platform.db.prisma.enterprise.findUniqueOrThrow({
      where: { creditCode: "91440114MA00E7E792" },
      include: { town: true },
    });
    expect(created.town?.name).toBe("狮岭镇");

    // the enterprise now sees its own profile and edits a figure; the size class follows
    await ent.reload();
    await ent.getByRole("heading", { name: "广州狮岭新锐箱包有限公司" }).waitFor();
    await ent.fill('input[name="employees"]', "25");
    await ent.fill('input[name="revenueWan"]', "400");
    await ent.click('button[type="submit"]');
    await ent.getByText("已保存").waitFor();
    const after = await platform.db.prisma.enterprise.findUniqueOrThrow({ where: { id: created.id } });
    expect(after).toMatchObject({ employees: 25, revenueWan: 400 });
    expect(errors).toEqual([]);
    await phone.close();
    await staff.close();
  });
});
