import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot, signIn, startPlatform } from "./harness";

/**
 * Issue 10 point 17, as a district admin sees it: the audit log in Chinese, money in Chinese
 * units on the board, the ranking page, the working calendar's next-year notice
 * (the demo calendar holds 2025 and 2026 only, so it shows from November).
 */
describe("polish a user notices (issue 10, point 17)", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  for (const [label, viewport] of [
    ["desktop", { width: 1280, height: 900 }],
    ["phone", { width: 375, height: 800 }],
  ] as const) {
    it(`audit log, money, ranking and calendar notice (${label})`, async () => {
      const { baseUrl, browser } = platform;
      const context = await browser.newContext({ locale: "zh-CN", viewport });
      const page = await context.newPage();
      await signIn(page, `${baseUrl}/board/login`, "district");
      await page.waitForURL((url) => !url.pathname.endsWith("/login"));

      await page.goto(`${baseUrl}/board/innovation-bases`);
      await page
        .getByText(/万元|亿元/)
        .first()
        .waitFor({ timeout: 60_000 });
      expect(await page.getByText("¥").count()).toBe(0);
      await screenshot(page, `polish-board-money-${label}`);

      await page.goto(`${baseUrl}/admin/#/auditLogs`);
      await page.getByText("服务节点").first().waitFor({ timeout: 90_000 });
      await screenshot(page, `polish-audit-${label}`);

      const now = new Date(Date.now() + 8 * 3_600_000);
      if (now.getUTCMonth() >= 10) {
        await page.goto(`${baseUrl}/admin/#/calendar`);
        await page
          .getByText(`尚未录入 ${now.getUTCFullYear() + 1} 年的法定节假日`)
          .first()
          .waitFor({ timeout: 60_000 });
        await screenshot(page, `polish-calendar-${label}`);
        await page.goto(`${baseUrl}/admin/#/`);
        await page
          .getByText(`尚未录入 ${now.getUTCFullYear() + 1} 年的法定节假日`)
          .first()
          .waitFor({ timeout: 60_000 });
        await screenshot(page, `polish-dashboard-${label}`, { fullPage: false });
      }
      await page.goto(`${baseUrl}/board/appeal-assessment`);
      await page.getByRole("tab").first().waitFor({ timeout: 60_000 });
      await page.waitForLoadState("networkidle");
      await screenshot(page, `polish-ranking-${label}`);
      // the platform's demo seed has no appeals this year (empty state); the minimum itself is tested on the server (appeals-extras)
      await context.close();
    });
  }

  it("the district admin sets the complaint time limit; a town admin sees it (issue 10 point 13)", async () => {
    const { baseUrl, browser } = platform;
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, `${baseUrl}/admin/#/login`, "district");
    await page.waitForURL((url) => !url.hash.includes("login"));
    await page.goto(`${baseUrl}/admin/#/serviceComplaints`);
    const limit = page.getByTestId("complaint-limit");
    await limit.waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "修改时限" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("spinbutton").fill("0");
    expect(await dialog.getByRole("button", { name: "确定" }).isDisabled()).toBe(true);
    await dialog.getByRole("spinbutton").fill("7");
    await screenshot(page, "complaint-limit-dialog", { fullPage: false });
    await dialog.getByRole("button", { name: "确定" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText("投诉办理时限：7 个工作日").waitFor();
    await context.close();

    const town = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 800 } });
    const townPage = await town.newPage();
    await signIn(townPage, `${baseUrl}/admin/#/login`, "shiling");
    await townPage.waitForURL((url) => !url.hash.includes("login"));
    await townPage.goto(`${baseUrl}/admin/#/serviceComplaints`);
    await townPage.getByText("投诉办理时限：7 个工作日").waitFor({ timeout: 60_000 });
    expect(await townPage.getByRole("button", { name: "修改时限" }).count()).toBe(0);
    await town.close();
  });
});
