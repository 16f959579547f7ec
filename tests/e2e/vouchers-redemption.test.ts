import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@qifu/api";
import { pageWidth, screenshot, signIn, startPlatform } from "./harness";

/**
 * Issue 16 point 2's journey: the enterprise applies for a voucher on a 375 px phone, the district
 * issues it, the node redeems it for a service with its steps, the enterprise confirms and rates
 * the service, and the district settles the last month.
 */
describe("a service voucher from application to settlement", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  it("apply → issue → redeem → confirm and rate → settle", async () => {
    const { baseUrl, browser, db } = platform;
    const errors: string[] = [];
    const phone = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 800 } })).newPage();
    phone.on("pageerror", (e) => errors.push(e.message));
    await phone.goto(`${baseUrl}/login`);
    await phone.getByLabel("用户名").fill("enterprise");
    await phone.getByLabel("密码").fill(DEMO_PASSWORD);
    await phone.getByRole("button", { name: "登录" }).click();
    await phone.waitForURL((u) => !u.pathname.endsWith("/login"));

    // 我的服务券: the seeded vouchers, then an application to the open batch
    await phone.goto(`${baseUrl}/my/vouchers`);
    await phone.getByTestId("voucher-card").first().waitFor();
    const batch = phone.getByTestId("voucher-batch").filter({ hasText: "知识产权与法律服务券" });
    await batch.getByTestId("voucher-apply").click();
    await batch.getByRole("button", { name: "已提交申领，等待区中小企业服务中心审核" }).waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, "vouchers-1-my-vouchers");
    const applied = await db.prisma.voucher.findFirstOrThrow({
      where: { batchId: "seed-voucher-batch-open", enterpriseId: "seed-enterprise-1" },
    });
    expect(applied).toMatchObject({ status: "APPLIED", faceValueFen: 100_000 });

    // the district issues it
    const staff = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1366, height: 900 } })).newPage();
    staff.on("pageerror", (e) => errors.push(e.message));
    await signIn(staff, `${baseUrl}/admin/`, "district");
    await staff.getByTestId("todo-counts").waitFor({ timeout: 90_000 });
    await staff.goto(`${baseUrl}/admin/#/vouchers?filter=${encodeURIComponent(JSON.stringify({ status: "APPLIED" }))}`);
    const row = staff.locator("tr", { hasText: applied.code });
    await row.getByRole("button", { name: "发放", exact: true }).click();
    // issued, it leaves the list of applications waiting
    await staff.locator("tr", { hasText: applied.code }).waitFor({ state: "detached" });
    expect((await db.prisma.voucher.findUniqueOrThrow({ where: { id: applied.id } })).status).toBe("ISSUED");
    await screenshot(staff, "vouchers-2-issued");

    // the node redeems it against a service, with its steps
    const node = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1366, height: 900 } })).newPage();
    node.on("pageerror", (e) => errors.push(e.message));
    await signIn(node, `${baseUrl}/admin/`, "operator");
    await node.getByTestId("todo-counts").waitFor({ timeout: 90_000 });
    await node.goto(`${baseUrl}/admin/#/voucherRedemptions`);
    await node.getByTestId("redeem-open").click();
    await node.getByTestId("redeem-code").fill(applied.code);
    await node.getByRole("combobox", { name: "服务类别" }).click();
    await node.getByRole("option", { name: "知识产权" }).click();
    await node.getByTestId("redeem-amount").fill("800");
    await node.getByTestId("redeem-steps").fill("检索在先商标\n撰写并提交商标注册申请");
    await screenshot(node, "vouchers-3-redeem-form");
    await node.getByRole("button", { name: "确定" }).click();
    await node.getByText("检索在先商标 → 撰写并提交商标注册申请").waitFor();
    await screenshot(node, "vouchers-4-redeemed");
    const redemption = await db.prisma.voucherRedemption.findFirstOrThrow({ where: { voucherId: applied.id } });
    expect(redemption).toMatchObject({ amountFen: 80_000, category: "INTELLECTUAL_PROPERTY", status: "PENDING" });
    expect((await db.prisma.voucher.findUniqueOrThrow({ where: { id: applied.id } })).balanceFen).toBe(20_000);

    // the enterprise confirms and rates it
    await phone.reload();
    const mine = phone.getByTestId("voucher-redemption").filter({ hasText: "800" }).filter({ hasText: "待您确认" });
    await mine.getByTestId("voucher-confirm").click();
    // the star's input is visually hidden: a person clicks its label
    const star = phone.getByTestId("voucher-rating").getByRole("radio", { name: "4 星" });
    await phone.locator(`label[for="${await star.getAttribute("id")}"]`).click();
    expect(await star.isChecked()).toBe(true);
    await screenshot(phone, "vouchers-5-confirm");
    await phone.getByTestId("voucher-confirm-submit").click();
    await phone.getByTestId("voucher-redemption").filter({ hasText: "撰写并提交商标注册申请" }).getByText("已确认").waitFor();
    expect(await db.prisma.voucherRedemption.findUniqueOrThrow({ where: { id: redemption.id } })).toMatchObject({
      status: "CONFIRMED",
      rating: 4,
    });
    expect(await pageWidth(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, "vouchers-6-confirmed");

    // the district settles last month: the confirmed redemptions of that month, by node
    await staff.goto(`${baseUrl}/admin/#/voucherSettlements`);
    const period = (await staff.getByTestId("settle-period").inputValue()).trim();
    const expected = await db.prisma.voucherRedemption.aggregate({
      where: { period, status: "CONFIRMED", settlementId: null },
      _sum: { amountFen: true },
    });
    await staff.getByTestId("settle-run").click();
    await staff.locator("tr", { hasText: period }).first().waitFor();
    const settlement = await db.prisma.voucherSettlement.findUniqueOrThrow({ where: { period } });
    expect(settlement.totalFen).toBe(expected._sum.amountFen);
    expect(settlement.totalFen).toBeGreaterThan(0);
    await screenshot(staff, "vouchers-7-settled");
    expect(errors).toEqual([]);
  });
});
