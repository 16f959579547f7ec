import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "@qifu/api";
import { startPlatform } from "./harness";

/**
 * Stored XSS: text that a user saved is shown as text on every page that renders it,
 * never run. The payloads go in through the API like any form would send them.
 */
const IMG = "<img src=x onerror=window.__xss=1>";
const SCRIPT = "<script>window.__xss=2</script>";
const NAME = `漏洞演练站${IMG}`;
const DESCRIPTION = `简介${SCRIPT}${IMG}<a href="javascript:window.__xss=3">链接</a>`;

describe("stored text is rendered literally, never executed", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let nodeId: string;
  beforeAll(async () => {
    platform = await startPlatform();
    const login = await fetch(`${platform.baseUrl}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "district", password: DEMO_PASSWORD }),
    });
    const cookie = String(login.headers.get("set-cookie")).split(";")[0];
    const town = await platform.db.prisma.town.findUniqueOrThrow({ where: { code: "SHILING" } });
    const res = await fetch(`${platform.baseUrl}/trpc/nodes.create`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ name: NAME, kind: "ASSOCIATION", townId: town.id, description: DESCRIPTION, address: SCRIPT }),
    });
    expect(res.status).toBe(200);
    nodeId = (await res.json()).result.data.id;
  });
  afterAll(() => platform?.close());

  async function expectInert(page: Page, text: string) {
    await page.getByText(text, { exact: false }).first().waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    // no element was made from the payload: the only <img src=x> would be ours
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  }

  it("in the admin console list and show pages", async () => {
    const context = await platform.browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${platform.baseUrl}/admin/`);
    await page.fill('input[name="username"]', "district");
    await page.fill('input[name="password"]', DEMO_PASSWORD);
    await page.click('button[type="submit"]');
    await page.getByRole("heading", { name: "服务网络概览" }).waitFor();

    await page.goto(`${platform.baseUrl}/admin/#/nodes`);
    await expectInert(page, NAME); // the list is sorted by last change: the new node is on top
    await page.goto(`${platform.baseUrl}/admin/#/nodes/${nodeId}/show`);
    await expectInert(page, NAME);
    await expectInert(page, SCRIPT);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("in the public directory and on the node's public page", async () => {
    const context = await platform.browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${platform.baseUrl}/nodes?q=${encodeURIComponent("漏洞演练站")}`);
    await expectInert(page, NAME);
    await page.goto(`${platform.baseUrl}/nodes/${nodeId}`);
    await expectInert(page, NAME);
    await expectInert(page, "简介<script>");
    // the javascript: link, if rendered as a link at all, does not run when clicked
    const link = page.getByText("链接", { exact: false }).first();
    if ((await link.count()) && (await link.evaluate((el) => el.tagName)) === "A") await link.click();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });
});
