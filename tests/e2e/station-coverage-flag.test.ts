import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot, signIn, startPlatform } from "./harness";

/**
 * Issue 3: a district admin opens a service station in a town unit that has none (梯面镇 in the
 * demo data), and the board's coverage flag for that town clears.
 */
describe("a new station clears its town's coverage flag on the board", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  it("board flags 梯面镇, the district creates a station there, the flag is gone", async () => {
    const { baseUrl, browser } = platform;
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
    const board = await context.newPage();
    const errors: string[] = [];
    board.on("pageerror", (e) => errors.push(e.message));
    await signIn(board, `${baseUrl}/board/login`, "district");
    await board.waitForURL((url) => !url.pathname.endsWith("/login"));
    await board.goto(`${baseUrl}/board/service-stations`);
    const timian = board.locator('[data-testid="station-coverage"] [data-town="梯面镇"]');
    await timian.waitFor({ timeout: 30_000 });
    expect(await timian.getAttribute("data-covered")).toBe("no");
    expect(await timian.textContent()).toContain("无服务站");
    await screenshot(board, "station-1-board-flagged");

    const admin = await context.newPage();
    admin.on("pageerror", (e) => errors.push(e.message));
    // Same browser, same origin: the board's session signs the console in too (one session cookie
    // for the three front ends), so the console opens on its dashboard without a login form.
    await admin.goto(`${baseUrl}/admin/`);
    // The console's first load fetches every feature's remote: ~5 s on an idle machine, over 30 s
    // on a loaded one. A login form instead of the dashboard fails at once rather than timing out.
    const home = admin.getByRole("heading", { name: "服务网络概览" });
    await home.or(admin.locator('input[name="username"]')).first().waitFor({ timeout: 90_000 });
    expect(await home.isVisible(), "the console asked to sign in again").toBe(true);
    await admin.goto(`${baseUrl}/admin/#/serviceStations/create`);
    const name = "梯面镇中小企业服务站";
    await admin.fill('input[name="name"]', name);
    await admin.getByRole("combobox", { name: /所属镇街/ }).click();
    await admin.getByRole("option", { name: "梯面镇" }).click();
    await admin.getByRole("combobox", { name: /运营主体类型/ }).click();
    await admin.getByRole("option", { name: "镇街企业服务部门" }).click();
    await admin.fill('input[name="operatorName"]', "梯面镇企业服务中心");
    await admin.fill('input[name="openingHours"]', "工作日 9:00-17:30");
    await admin.getByRole("combobox", { name: /服务类别/ }).click();
    await admin.getByRole("option", { name: "信息咨询" }).click();
    await admin.keyboard.press("Escape");
    await admin.fill('input[name="onCallPhone"]', "020-86987890");
    await screenshot(admin, "station-2-admin-create");
    await admin.click('button[type="submit"]');
    await admin.waitForURL(/#\/serviceStations$/, { timeout: 15_000 });
    // one record: the station is a node of the network with its station details
    const created = await platform.db.prisma.serviceStation.findFirstOrThrow({
      where: { node: { name } },
      include: { node: { include: { town: true } } },
    });
    expect(created.node.town?.name).toBe("梯面镇");
    expect(created.node.kind).toBe("SERVICE_STATION");
    expect(created.openedOn).not.toBeNull(); // defaults to today: a new station does not count towards past years
    await admin.locator("table tbody tr").filter({ hasText: name }).waitFor({ timeout: 15_000 });
    await screenshot(admin, "station-3-admin-list");

    await board.reload();
    await timian.waitFor({ timeout: 30_000 });
    await board.waitForFunction(() => document.querySelector('[data-town="梯面镇"]')?.getAttribute("data-covered") === "yes", undefined, {
      timeout: 15_000,
    });
    expect(await timian.textContent()).toContain(name);
    await screenshot(board, "station-4-board-covered");
    expect(errors).toEqual([]);
    await context.close();
  });
});
