import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { seedDemoActivity } from "@qifu/api";
import { screenshot, signIn, startPlatform, pageWidth } from "./harness";

/**
 * Issue 10 point 3: what a first user meets, on a desktop and on a 375 px phone. Every page
 * below must load without a console error, without a 4xx/5xx answer, and (on the phone)
 * without a document wider than the screen. Opening an appeal from the console's list is
 * part of it (point 1), as is the board's first load (point 2: its batched GET was a 414).
 */
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 860 },
  { name: "phone", width: 375, height: 740 },
] as const;
const STAFF = ["district", "shiling", "operator", "commissioner", "handler", "evaluator"] as const;
const APPEAL_READERS = new Set(["district", "shiling", "commissioner", "handler"]);
const BOARD_USERS = ["district", "shiling"] as const;

type TViewport = (typeof VIEWPORTS)[number];

/** Every problem a page shows a user or its console: console errors, uncaught errors, failed answers. */
function watch(page: Page, problems: string[]) {
  const where = () => page.url().replace(/^https?:\/\/[^/]+/, "");
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`${where()} console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`${where()} pageerror: ${e.message}`));
  page.on("request", (r) => {
    // one batched GET names each procedure once (auth.me was asked twice in one batch)
    const m = /\/trpc\/([^?]+)/.exec(r.url());
    if (!m || r.method() !== "GET") return;
    const names = decodeURIComponent(m[1]!).split(",");
    const inputs = JSON.parse(new URL(r.url()).searchParams.get("input") ?? "{}") as Record<string, unknown>;
    const asked = names.map((n, i) => `${n} ${JSON.stringify(inputs[i] ?? null)}`);
    const twice = asked.filter((n, i) => asked.indexOf(n) !== i);
    if (twice.length) problems.push(`${where()} batch asks ${twice.join(", ")} twice`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400)
      problems.push(
        `${where()} HTTP ${r.status()} ${r.request().method()} ${r
          .url()
          .replace(/^https?:\/\/[^/]+/, "")
          .slice(0, 160)}`,
      );
  });
}

/** Waits until the page is quiet, then checks it fits a phone's width. */
async function settle(page: Page, viewport: TViewport, problems: string[]) {
  await page.waitForLoadState("networkidle", { timeout: 90_000 });
  // react-admin / refine show a spinner (an indeterminate progressbar) or skeletons while
  // queries run; target bars are determinate progressbars (aria-valuenow) and stay
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]:not([aria-valuenow]), .MuiSkeleton-root'), undefined, {
    timeout: 30_000,
  });
  if (viewport.name !== "phone") return;
  const width = await pageWidth(page);
  if (width > viewport.width) problems.push(`${page.url()} is ${width} px wide on a ${viewport.width} px phone`);
}

async function newPage(browser: Browser, viewport: TViewport, problems: string[]): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({
    locale: "zh-CN",
    viewport: { width: viewport.width, height: viewport.height },
    isMobile: viewport.name === "phone",
    hasTouch: viewport.name === "phone",
  });
  const page = await context.newPage();
  watch(page, problems);
  return [context, page];
}

describe("first load: every front end, every staff role, desktop and phone", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
    // what a first user of `pnpm start` sees: the demo year of appeals too
    await seedDemoActivity(platform.db.prisma);
  });
  afterAll(() => platform?.close());

  for (const viewport of VIEWPORTS) {
    it(`public site on ${viewport.name}`, async () => {
      const { baseUrl, browser, db } = platform;
      const problems: string[] = [];
      const [context, page] = await newPage(browser, viewport, problems);
      const node = await db.prisma.node.findFirstOrThrow({ where: { status: "ACTIVE" }, orderBy: { name: "asc" } });
      for (const [name, path] of [
        ["home", "/"],
        ["services", "/services"],
        ["node", `/nodes/${node.id}`],
        ["carrier", "/network"],
      ] as const) {
        await page.goto(`${baseUrl}${path}`);
        await settle(page, viewport, problems);
        await screenshot(page, `first-load-public-${name}-${viewport.name}`);
      }
      await context.close();
      expect(problems).toEqual([]);
    });

    it(`admin console for each staff role on ${viewport.name}`, async () => {
      const { baseUrl, browser } = platform;
      const problems: string[] = [];
      for (const user of STAFF) {
        const [context, page] = await newPage(browser, viewport, problems);
        await signIn(page, `${baseUrl}/admin/#/login`, user);
        await page.waitForURL((url) => !url.hash.includes("login"), { timeout: 90_000 });
        await settle(page, viewport, problems);
        await screenshot(page, `first-load-admin-${user}-${viewport.name}`);
        if (APPEAL_READERS.has(user)) {
          // the appeal page opened from the list, as a person does (it used to crash here)
          await page.goto(`${baseUrl}/admin/#/appeals?filter=${encodeURIComponent("{}")}`);
          await settle(page, viewport, problems);
          const first = page.locator('tbody .RaDataTable-row, a[href^="#/appeals/"][href$="/show"]').first();
          await first.waitFor({ timeout: 30_000 });
          await first.click();
          await page.waitForURL(/#\/appeals\/[^/]+\/show/);
          await page.getByText("办理过程").first().waitFor({ timeout: 30_000 });
          await settle(page, viewport, problems);
          expect(await page.getByText("运行出错").count(), `${user}: the appeal page failed`).toBe(0);
          await screenshot(page, `first-load-admin-${user}-appeal-${viewport.name}`);
        }
        await context.close();
      }
      expect(problems).toEqual([]);
    });

    if (viewport.name === "phone")
      it("every console list fits the phone; the field staff's lists are cards (issue 10 point 15)", async () => {
        const { baseUrl, browser } = platform;
        const problems: string[] = [];
        // the menu as the district admin sees it on a desktop (every list), then each list on the phone
        const [context, page] = await newPage(browser, VIEWPORTS[0], problems);
        await signIn(page, `${baseUrl}/admin/#/login`, "district");
        await page.waitForURL((url) => !url.hash.includes("login"), { timeout: 90_000 });
        await settle(page, VIEWPORTS[0], problems);
        const lists = await page
          .locator(".RaMenuItemLink-root, .RaSidebar-fixed a")
          .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href") ?? ""))].filter((h) => /^#\/[A-Za-z]+$/.test(h)));
        expect(lists.length, "the console menu").toBeGreaterThan(15);
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        for (const list of lists) {
          await page.goto(`${baseUrl}/admin/${list}`);
          await settle(page, viewport, problems);
        }
        for (const list of ["#/appeals", "#/serviceRequests", "#/serviceComplaints", "#/ledgerRecords"]) {
          await page.goto(`${baseUrl}/admin/${list}?filter=${encodeURIComponent("{}")}`);
          await settle(page, viewport, problems);
          await page.locator(`a[href^="${list}/"]`).first().waitFor({ timeout: 30_000 });
          expect(await page.locator("table").count(), `${list} is a table on a phone`).toBe(0);
          await screenshot(page, `first-load-admin-list-${list.slice(2)}-phone`);
        }
        await context.close();
        expect(problems).toEqual([]);
      });

    it(`board for the district and a town admin on ${viewport.name}`, async () => {
      const { baseUrl, browser } = platform;
      const problems: string[] = [];
      for (const user of BOARD_USERS) {
        const [context, page] = await newPage(browser, viewport, problems);
        // the account is asked once before signing in (nobody) and once after, then kept
        let accountAsked = 0;
        page.on("request", (r) => {
          if (/\/trpc\/[^?]*auth\.me/.test(r.url())) accountAsked++;
        });
        await signIn(page, `${baseUrl}/board/login`, user);
        await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 90_000 });
        await settle(page, viewport, problems);
        expect(accountAsked, `${user}: auth.me requests around one sign-in`).toBeLessThanOrEqual(2);
        await screenshot(page, `first-load-board-${user}-${viewport.name}`);
        await context.close();
      }
      expect(problems).toEqual([]);
    });
  }
});
