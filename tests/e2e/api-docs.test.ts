import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageWidth, screenshot, startPlatform } from "./harness";

/**
 * Issue 12 point 7: the API documentation page a hotline or city platform's developer opens,
 * on a desktop and on a 375 px phone: it loads under the platform's CSP with no console error
 * and no failed request, shows the groups and the endpoints, and fits the phone.
 */
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 860 },
  { name: "phone", width: 375, height: 740 },
] as const;

describe("/api-docs in a browser", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  for (const viewport of VIEWPORTS)
    it(`loads cleanly on ${viewport.name}`, async () => {
      const { baseUrl, browser } = platform;
      const problems: string[] = [];
      const context = await browser.newContext({
        locale: "zh-CN",
        viewport: { width: viewport.width, height: viewport.height },
        isMobile: viewport.name === "phone",
        hasTouch: viewport.name === "phone",
      });
      const page = await context.newPage();
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
      page.on("response", (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
      });
      const res = await page.goto(`${baseUrl}/api-docs`);
      expect(res?.status()).toBe(200);
      await page.waitForLoadState("networkidle");
      await screenshot(page, `api-docs-${viewport.name}`, { fullPage: false });
      expect(await page.locator("h1").textContent()).toMatch(/^接口文档/);
      // the groups, Chinese first, and the endpoints under them
      const groups = await page.locator("nav li a").allTextContents();
      expect(groups.some((g) => g.startsWith("暖企专员诉求"))).toBe(true);
      expect(await page.locator("article").count()).toBeGreaterThan(20);
      // GET and POST
      expect(await page.locator('code.path:text-is("/open311/v2/requests.{format}")').count()).toBe(2);
      // a schema opens on a tap
      const details = page.locator("#op-catalogue-search details").nth(1);
      expect(await details.getAttribute("open")).toBeNull();
      await details.locator("summary").click();
      expect(await details.locator("ul.fields").first().isVisible()).toBe(true);
      // the link to the document itself works
      const json = await page.request.get(`${baseUrl}/openapi.json`);
      expect((await json.json()).openapi).toBe("3.1.0");
      if (viewport.name === "phone") {
        const width = await pageWidth(page);
        expect(width, "the page fits a phone").toBeLessThanOrEqual(viewport.width);
      }
      await page.locator("#tag-appeals").scrollIntoViewIfNeeded();
      await screenshot(page, `api-docs-open311-${viewport.name}`, { fullPage: false });
      expect(problems).toEqual([]);
      await context.close();
    });
});
