import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@qifu/api";
import { startPlatform } from "./harness";

/**
 * The foundation's vertical slice in a real browser: a town admin signs in to the admin
 * console, creates a node, and the public site shows it in the directory and on its page.
 */
describe("town admin creates a node that the public sees", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  it("signs in, creates, and finds it on the public site", async () => {
    const { baseUrl, browser } = platform;
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));

    await page.goto(`${baseUrl}/admin/`);
    await page.fill('input[name="username"]', "shiling");
    await page.fill('input[name="password"]', DEMO_PASSWORD);
    await page.click('button[type="submit"]');
    // the dashboard counts only 狮岭镇 for this account
    await page.getByRole("heading", { name: "服务网络概览" }).waitFor();

    await page.goto(`${baseUrl}/admin/#/nodes/create`);
    const name = "狮岭箱包质量检测公共服务站";
    await page.fill('input[name="name"]', name);
    await page.getByRole("combobox", { name: /节点类型/ }).click();
    await page.getByRole("option", { name: "科技服务机构" }).click();
    await page.fill('input[name="address"]', "广州市花都区狮岭镇金狮大道88号");
    await page.click('button[type="submit"]');
    await page.waitForURL(/#\/nodes\/[^/]+\/show/);
    // saved: the show page carries the name
    await page.getByRole("heading", { name }).first().waitFor({ timeout: 15_000 });

    const created = await platform.db.prisma.node.findFirstOrThrow({ where: { name }, include: { town: true } });
    expect(created.town?.name).toBe("狮岭镇");

    // the public directory finds it by a Chinese word inside its name, and its page shows it
    const visitor = await browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 800 } });
    const phone = await visitor.newPage();
    await phone.goto(`${baseUrl}/nodes?q=${encodeURIComponent("箱包")}`);
    const card = phone.locator('a[data-testid="node-card"]', { hasText: name });
    await card.waitFor();
    await card.click();
    await phone.getByRole("heading", { level: 1, name }).waitFor();
    expect(await phone.getByText("广州市花都区狮岭镇金狮大道88号").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await visitor.close();
    await context.close();
  });
});
