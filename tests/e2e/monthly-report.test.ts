import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { seedDemoActivity } from "@qifu/api";
import { pageWidth, screenshot, signIn, startPlatform } from "./harness";

/** Signs in and waits until the shell has left its login page (a page opened earlier would land on the login form). */
async function signedIn(page: Page, url: string, username: string) {
  await signIn(page, url, username);
  await page.waitForURL((u) => !u.toString().includes("login"), { timeout: 90_000 });
}

/**
 * Issue 13 point 4: a node operator files this month's report on a 375 px phone, the form
 * prefilled from the ledger and the node's record (and saying so); the town admin sees it in
 * the matrix as on time, and the month the demo left out shows as missing.
 */
describe("monthly operation reports", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
  const monthsAgo = (n: number) => {
    const [y, m] = month.split("-").map(Number);
    return new Date(Date.UTC(y, m - 1 - n, 1)).toISOString().slice(0, 7);
  };
  let nodeId: string;
  let nodeName: string;

  beforeAll(async () => {
    platform = await startPlatform();
    // a year of appeals and requests, so the trends have something to show
    await seedDemoActivity(platform.db.prisma);
    const operator = await platform.db.prisma.user.findUniqueOrThrow({ where: { username: "operator" }, include: { node: true } });
    nodeId = operator.nodeId!;
    nodeName = operator.node!.name;
  });
  afterAll(() => platform?.close());

  it("the operator files this month's report on a phone, with prefilled values", async () => {
    const context = await platform.browser.newContext({
      locale: "zh-CN",
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await signedIn(page, `${platform.baseUrl}/admin/#/login`, "operator");
    await page.goto(`${platform.baseUrl}/admin/#/monthlyReports/create`);
    const services = page.locator('input[name="servicesDelivered"]');
    await services.waitFor({ timeout: 90_000 });
    const ledger = await platform.db.prisma.ledgerRecord.count({ where: { nodeId, servedOn: { gte: new Date(`${month}-01T00:00:00Z`) } } });
    expect(await services.inputValue()).toBe(String(ledger));
    // the form says which values were prefilled and from where
    await page.getByText("已预填：服务台账：本节点当月服务记录数").waitFor();
    await page.getByText("已预填：网络节点档案：工作人员数").waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    await screenshot(page, "monthly-report-phone-form");

    await page.locator('input[name="activitiesHeld"]').fill("3");
    await page.getByRole("combobox", { name: /运营状态/ }).click();
    await page.getByRole("option", { name: "正常运营" }).click();
    await page.locator('textarea[name="problems"]').fill("本月企业融资咨询较多，需要更多金融机构驻点。");
    await page.getByRole("button", { name: "提交月报" }).click();
    await page.waitForURL(/#\/monthlyReports(\?|$)/);
    await page.getByText(`${month} · ${nodeName}`).first().waitFor({ timeout: 30_000 });
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    await screenshot(page, "monthly-report-phone-list");

    const filed = await platform.db.prisma.monthlyReport.findUniqueOrThrow({ where: { nodeId_month: { nodeId, month } } });
    expect(filed.late).toBe(false);
    expect((filed.values as Record<string, unknown>).activitiesHeld).toBe(3);
    expect((filed.values as Record<string, unknown>).servicesDelivered).toBe(ledger);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the town admin sees it in the matrix; a missing month shows as missing", async () => {
    const context = await platform.browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signedIn(page, `${platform.baseUrl}/admin/#/login`, "shiling");
    await page.goto(`${platform.baseUrl}/admin/#/monthlyReportMatrix`);
    const row = page.locator(`tr[data-node="${nodeName}"]`);
    await row.waitFor({ timeout: 90_000 });
    const cells = row.locator("[data-state]");
    expect(await cells.count()).toBe(12);
    const index = (m: string) => Number(m.slice(5)) - 1;
    expect(await cells.nth(index(month)).getAttribute("data-state")).toBe("ON_TIME");
    // the demo leaves out the operator's report of two months ago (same year unless it is January or February)
    if (monthsAgo(2).slice(0, 4) === month.slice(0, 4))
      expect(await cells.nth(index(monthsAgo(2))).getAttribute("data-state")).toBe("MISSING");
    // every row is 狮岭镇's
    const towns = await page.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(new Set(towns)).toEqual(new Set(["狮岭镇"]));
    await screenshot(page, "monthly-report-matrix-town", { fullPage: false });

    await page.setViewportSize({ width: 375, height: 740 });
    await page.locator(`[data-node="${nodeName}"]`).first().waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    await screenshot(page, "monthly-report-matrix-phone", { fullPage: false });
    await context.close();
  });

  it("the board shows the on-time share and demand trends", async () => {
    const context = await platform.browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signedIn(page, `${platform.baseUrl}/board/login`, "district");
    await page.goto(`${platform.baseUrl}/board/monitoring`);
    await page.getByText("月报按时报送率").first().waitFor({ timeout: 90_000 });
    await page.getByText("需求月度走势").first().waitFor();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(1500); // the charts' entry animation
    await screenshot(page, "monthly-report-board");
    await context.close();

    const admin = await platform.browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
    const consolePage = await admin.newPage();
    await signedIn(consolePage, `${platform.baseUrl}/admin/#/login`, "district");
    await consolePage.goto(`${platform.baseUrl}/admin/#/demandTrends`);
    await consolePage.getByText("需求月度走势").first().waitFor({ timeout: 90_000 });
    await consolePage.waitForLoadState("networkidle");
    await consolePage.waitForTimeout(1500);
    await screenshot(consolePage, "monthly-report-admin-trends");
    await admin.close();
  });
});
