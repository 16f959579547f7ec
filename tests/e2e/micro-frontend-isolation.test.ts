import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, startPlatform } from "./harness";

/**
 * The shells load each feature's UI at runtime (Module Federation). When one feature's
 * bundle does not load, the shell still shows every other feature and names the missing one.
 * The platform serves a copy of the built remotes in which the catalogue's admin remote is
 * gone (a 404) and the targets' board remote throws when imported.
 */
describe("a feature whose remote does not load leaves the shells standing", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform({
      withoutRemotes: [
        { feature: "catalogue", shell: "admin", how: "missing" },
        { feature: "targets", shell: "board", how: "throws" },
      ],
    });
  });
  afterAll(() => platform?.close());

  it("admin console: signs in, shows the other features' menus and names the missing one", async () => {
    const context = await platform.browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signIn(page, `${platform.baseUrl}/admin/`, "district");

    // the network feature's dashboard is the home page
    await page.getByRole("heading", { name: "服务网络概览" }).waitFor({ timeout: 30_000 });
    const menu = page.locator(".RaSidebar-fixed, .RaMenu-open, nav").first();
    for (const label of ["服务节点", "企业名录", "企业诉求", "发展目标"]) await menu.getByText(label, { exact: true }).first().waitFor();
    expect(await page.getByText("服务产品", { exact: true }).count()).toBe(0);

    const notice = page.getByTestId("missing-features");
    await notice.waitFor();
    expect(await notice.textContent()).toContain("部分功能模块未能加载");
    expect(await notice.textContent()).toContain("服务目录"); // named as users know it, not by folder

    // a loaded feature still works: its list page shows records from the data provider
    await page.goto(`${platform.baseUrl}/admin/#/nodes`);
    await page.locator("table tbody tr").first().waitFor({ timeout: 20_000 });

    await context.close();
  });

  it("board: signs in, shows the network feature and names the missing targets feature", async () => {
    const context = await platform.browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signIn(page, `${platform.baseUrl}/board/login`, "district");

    const notice = page.getByTestId("missing-features");
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain("目标管理");
    await page.getByText("服务网络", { exact: true }).first().waitFor();
    expect(await page.getByText("目标进度", { exact: true }).count()).toBe(0);
    await context.close();
  });
});
