import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@qifu/api";
import { screenshot, startPlatform } from "./harness";

/**
 * An enterprise's first tasks (issue 10 points 10 and 11): search "法律" on a phone; sign in
 * from a 登录后申请 button and come back; register and be told of the pending claim before the
 * appeal form; a field error shown at its field and cleared when fixed.
 */
describe("an enterprise's first tasks", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  it("searches, signs in from a button and comes back, registers, meets the pending gate, fixes a field", async () => {
    const { baseUrl, browser } = platform;
    const errors: string[] = [];
    const phone = await browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 800 } });
    const page = await phone.newPage();
    page.on("pageerror", (e) => errors.push(e.message));

    // the home search box goes to the one results page: services first, the law-related nodes after
    await page.goto(`${baseUrl}/`);
    await page
      .getByRole("link", { name: /提交诉求/ })
      .first()
      .waitFor();
    await screenshot(page, "enterprise-home-phone");
    await page.fill('input[name="q"]', "法律");
    await page.locator('form[role="search"] button[type="submit"]').click();
    await page.waitForURL(/\/search\?q=/);
    await page.getByTestId("search-services").locator('a[data-testid="product-card"]').first().waitFor();
    await expect(page.getByTestId("search-services").locator('a[data-testid="product-card"]').first().innerText()).resolves.toContain(
      "法律咨询",
    );
    await page.getByTestId("search-nodes").getByText("花都区律师协会中小企业法律服务站").waitFor();
    await screenshot(page, "enterprise-search-phone");
    // nothing found: categories, stations, 提交诉求
    await page.goto(`${baseUrl}/search?q=${encodeURIComponent("量子引力波望远镜")}`);
    await page.getByTestId("search-empty").getByRole("link", { name: "提交诉求" }).waitFor();
    await screenshot(page, "enterprise-search-empty-phone");

    // the drawer offers 登录/注册
    await page.getByRole("button", { name: "打开菜单" }).click();
    await page.getByTestId("drawer-sign-in").waitFor();
    await screenshot(page, "enterprise-drawer-phone", { fullPage: false });
    await page.keyboard.press("Escape");

    // 登录后申请 on a product page → /login?next=… → back on the product
    const product = await platform.db.prisma.serviceProduct.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    await page.goto(`${baseUrl}/services/${product.id}`);
    await page.getByRole("link", { name: /登录.*后申请/ }).click();
    await page.waitForURL(/\/login\?next=/);
    await page.getByRole("link", { name: "注册企业账号" }).waitFor();
    // a field error at its field, cleared once the field is filled
    await page.click('button[type="submit"]');
    await page.getByText("用户名不能为空").waitFor();
    await screenshot(page, "enterprise-login-phone");
    await page.fill('input[name="username"]', "enterprise");
    await page.getByText("用户名不能为空").waitFor({ state: "detached" });
    await page.fill('input[name="password"]', DEMO_PASSWORD);
    await page.click('button[type="submit"]');
    await page.waitForURL(`${baseUrl}/services/${product.id}`);

    // the appeal form validates on the client: an error at 标题, gone once fixed
    await page.goto(`${baseUrl}/my/appeals/new`);
    await page.locator('input[name="title"]').waitFor();
    await page.click('button[type="submit"]');
    const titleError = page.getByText("标题至少 4 个字符");
    await titleError.waitFor();
    expect(await titleError.isVisible()).toBe(true);
    await page.fill('input[name="title"]', "厂房租金补贴咨询");
    await titleError.waitFor({ state: "detached" });
    await phone.clearCookies();

    // a new account: registered, pending, told so before the appeal form
    const fresh = await browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 800 } });
    const ent = await fresh.newPage();
    ent.on("pageerror", (e) => errors.push(e.message));
    await ent.goto(`${baseUrl}/login`);
    await ent.getByRole("link", { name: "注册企业账号" }).click();
    await ent.fill('input[name="name"]', "广州花都初航电子有限公司");
    await ent.fill('input[name="creditCode"]', "91440114MA00E7E792");
    await ent.getByRole("combobox", { name: /所属镇街/ }).click();
    await ent.getByRole("option", { name: "狮岭镇" }).click();
    await ent.fill('input[name="contactName"]', "陈晓");
    await ent.fill('input[name="contactPhone"]', "13912345670");
    await ent.fill('input[name="username"]', "chuhang2026");
    await ent.fill('input[name="password"]', "Chuhang2026ok");
    await ent.click('button[type="submit"]');
    await ent.getByText("认领申请审核中").waitFor();
    await ent.goto(`${baseUrl}/my/appeals/new`);
    const gate = ent.getByTestId("account-gate");
    await gate.waitFor();
    expect(await gate.getAttribute("data-state")).toBe("pending");
    expect(await ent.locator('input[name="title"]').count()).toBe(0);
    await screenshot(ent, "enterprise-pending-gate-phone");

    // desktop shots of the pages changed
    const desk = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
    const d = await desk.newPage();
    d.on("pageerror", (e) => errors.push(e.message));
    await d.goto(`${baseUrl}/`);
    await d.getByRole("link", { name: "登录/注册" }).waitFor();
    await screenshot(d, "enterprise-home-desktop");
    await d.goto(`${baseUrl}/search?q=${encodeURIComponent("培训")}`);
    await d.getByTestId("search-services").locator('a[data-testid="product-card"]').first().waitFor();
    await screenshot(d, "enterprise-search-desktop");
    await d.goto(`${baseUrl}/login`);
    await d.locator('input[name="username"]').waitFor();
    await screenshot(d, "enterprise-login-desktop");
    await d.goto(`${baseUrl}/nodes/${product.nodeId}`);
    await d.getByTestId("node-services").locator('a[data-testid="product-card"]').first().waitFor();
    await screenshot(d, "enterprise-node-desktop");

    expect(errors).toEqual([]);
    await Promise.all([phone.close(), fresh.close(), desk.close()]);
  });
});
