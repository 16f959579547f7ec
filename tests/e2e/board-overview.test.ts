import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { seedDemoActivity } from "@qifu/api";
import { pageWidth, screenshot, signIn, startPlatform } from "./harness";

/** Signs in and waits until the shell has left its login page. */
async function signedIn(page: Page, url: string, username: string) {
  await signIn(page, url, username);
  await page.waitForURL((u) => !u.toString().includes("login"), { timeout: 90_000 });
}

/** A page that records what a person would see go wrong: page errors and failed requests. */
async function watchedPage(browser: Browser, viewport: { width: number; height: number }, problems: string[]) {
  const context = await browser.newContext({ locale: "zh-CN", viewport });
  const page = await context.newPage();
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("response", (r) => r.status() >= 400 && !r.url().includes("auth.me") && problems.push(`${r.status()} ${r.url()}`));
  return { context, page };
}

/**
 * Issue 13 point 5: the board a leader reads in ten seconds. The district's overview fits one
 * 1440×900 screen with headline lights, appeals, the ranking and the town map; every figure opens
 * its detail; a town admin's is its town's; the phone gets a short list; boundaries uploaded in
 * the console replace the schematic map.
 */
describe("the board's overview", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  const problems: string[] = [];

  beforeAll(async () => {
    platform = await startPlatform();
    // a year of appeals, services and a published evaluation round, as `pnpm start` shows them
    await seedDemoActivity(platform.db.prisma);
  }, 900_000);
  afterAll(() => platform?.close());

  it("fits the district's overview on one 1440×900 screen, each figure opening its detail", async () => {
    const { page, context } = await watchedPage(platform.browser, { width: 1440, height: 900 }, problems);
    await signedIn(page, `${platform.baseUrl}/board/login`, "district");
    await page.getByTestId("board-overview").waitFor({ timeout: 90_000 });
    await page.getByTestId("headline-figures").locator("[data-light]").first().waitFor({ timeout: 60_000 });
    await page.getByTestId("town-map-tiles").waitFor({ timeout: 60_000 });
    await page.getByTestId("overview-ranking").getByText("1", { exact: true }).first().waitFor({ timeout: 60_000 });
    await page.getByTestId("appeals-open").locator("span").first().waitFor();

    // the appeals tile says what the database says
    const prisma = platform.db.prisma;
    const open = await prisma.appeal.count({ where: { status: { in: ["SUBMITTED", "ACCEPTED", "IN_PROGRESS"] } } });
    const red = await prisma.appeal.count({ where: { status: { in: ["SUBMITTED", "ACCEPTED", "IN_PROGRESS"] }, supervisionLevel: "RED" } });
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="appeals-open"]')?.textContent?.includes(String(n)),
      open.toLocaleString("zh-CN"),
      { timeout: 30_000 },
    );
    expect(await page.getByTestId("appeals-red").textContent()).toContain(String(red));

    // one screen: nothing below the fold
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(900);
    expect(await page.getByTestId("town-map-tiles").getByRole("listitem").count()).toBe(12);
    await screenshot(page, "board-overview-district", { fullPage: false });

    // the map is coloured by another figure on request
    await page.getByTestId("overview-map").getByRole("combobox").click();
    await page.getByRole("option", { name: "累计链接服务平台" }).click();
    await page.getByTestId("overview-map").getByText("累计链接服务平台 · ").waitFor();

    // a town opens its page with every figure; a headline opens the targets; the long sections are one click away
    await page.getByTestId("town-tile-SHILING").click();
    await page.getByTestId("town-page").getByText("狮岭镇").first().waitFor();
    await page.getByTestId("town-figure-ledger.enterpriseTimes").waitFor();
    await screenshot(page, "board-overview-town-page");
    await page.goBack();
    await page.getByTestId("headline-figures").locator("a, button").first().click();
    await page.waitForURL(/\/board\/targets/);
    await page.goto(`${platform.baseUrl}/board/sections`);
    await page.getByTestId("evaluation-section").waitFor({ timeout: 60_000 });
    await context.close();
    expect(problems).toEqual([]);
  });

  it("shows a town admin the same overview for its town, and a phone a short list", async () => {
    const { page, context } = await watchedPage(platform.browser, { width: 1440, height: 900 }, problems);
    await signedIn(page, `${platform.baseUrl}/board/login`, "shiling");
    await page.getByRole("heading", { name: /狮岭镇/ }).waitFor({ timeout: 90_000 });
    await page.getByTestId("town-map-tiles").waitFor({ timeout: 60_000 });
    await page.getByTestId("overview-appeals").getByText("狮岭镇").waitFor();
    await screenshot(page, "board-overview-shiling", { fullPage: false });
    await context.close();

    const phone = await watchedPage(platform.browser, { width: 375, height: 740 }, problems);
    await signedIn(phone.page, `${platform.baseUrl}/board/login`, "district");
    await phone.page.getByTestId("town-map-list").waitFor({ timeout: 90_000 });
    await phone.page.getByTestId("headline-figures").locator("[data-light]").first().waitFor({ timeout: 60_000 });
    expect(await pageWidth(phone.page)).toBeLessThanOrEqual(375);
    const phoneHeight = await phone.page.evaluate(() => document.documentElement.scrollHeight);
    expect(phoneHeight).toBeLessThan(3200);
    await screenshot(phone.page, "board-overview-phone");
    await phone.context.close();
    expect(problems).toEqual([]);
  });

  it("draws the district's uploaded boundaries instead of the schematic map", async () => {
    const prisma = platform.db.prisma;
    const towns = await prisma.town.findMany({ include: { nodes: { where: { kind: "TOWN_UNIT" } } } });
    const square = (lng: number, lat: number) => [
      [
        [lng - 0.02, lat - 0.02],
        [lng + 0.02, lat - 0.02],
        [lng + 0.02, lat + 0.02],
        [lng - 0.02, lat + 0.02],
        [lng - 0.02, lat - 0.02],
      ],
    ];
    const features = towns.map((t) => ({
      type: "Feature",
      properties: { XZQMC: t.name },
      geometry: { type: "Polygon", coordinates: square(t.nodes[0].longitude!, t.nodes[0].latitude!) },
    }));
    const file = (name: string, fc: unknown) => ({ name, mimeType: "application/geo+json", buffer: Buffer.from(JSON.stringify(fc)) });

    const { page, context } = await watchedPage(platform.browser, { width: 1280, height: 900 }, []);
    await signedIn(page, `${platform.baseUrl}/admin/#/login`, "district");
    await page.goto(`${platform.baseUrl}/admin/#/towns`);
    const card = page.getByTestId("town-boundaries");
    await card.waitFor({ timeout: 60_000 });
    // a file short of one town is refused whole, saying which
    await card
      .locator('input[type="file"]')
      .setInputFiles(file("缺一个.geojson", { type: "FeatureCollection", features: features.slice(1) }));
    await card.getByTestId("town-boundaries-problem").getByText(`缺少以下镇街的边界：${towns[0].name}`).waitFor({ timeout: 30_000 });
    await screenshot(page, "board-overview-boundary-refused");
    await card.locator('input[type="file"]').setInputFiles(file("花都区镇街边界.geojson", { type: "FeatureCollection", features }));
    await card.getByTestId("town-boundaries-status").getByText("花都区镇街边界.geojson").waitFor({ timeout: 30_000 });
    await context.close();

    const board = await watchedPage(platform.browser, { width: 1440, height: 900 }, problems);
    await signedIn(board.page, `${platform.baseUrl}/board/login`, "district");
    await board.page.getByTestId("town-map-boundaries").waitFor({ timeout: 90_000 });
    expect(await board.page.locator('[data-testid^="town-shape-"]').count()).toBe(12);
    await screenshot(board.page, "board-overview-boundaries", { fullPage: false });
    await board.context.close();
    expect(problems).toEqual([]);
  });
});
