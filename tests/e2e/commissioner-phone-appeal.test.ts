import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoActivity } from "@qifu/api";
import { screenshot, signIn, startPlatform, pageWidth } from "./harness";

/**
 * Issue 10 points 14–16 on a 375 px phone: staff land on their to-dos, a count opens the
 * list filtered the same way (as cards), an appeal is read with the enterprise's contact,
 * and answered — the unit must say whether the problem is solved, the commissioner records
 * the return visit.
 */
/** One appeal card of the list on a phone (react-admin's SimpleList, each card a link to the appeal). */
const APPEAL_CARD = 'a[href^="#/appeals/"][href$="/show"]';

describe("field staff handle appeals on a phone from their to-do page", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
    await seedDemoActivity(platform.db.prisma);
  });
  afterAll(() => platform?.close());

  async function phone(user: string) {
    const context = await platform.browser.newContext({
      locale: "zh-CN",
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await signIn(page, `${platform.baseUrl}/admin/#/login`, user);
    await page.locator('[data-testid="todo-counts"]').waitFor({ timeout: 90_000 });
    return { context, page, errors };
  }

  /** Opens a to-do count; the list behind it shows as many cards as the count (up to a page). */
  async function openTodo(page: Awaited<ReturnType<typeof phone>>["page"], key: string) {
    const item = page.locator(`[data-todo="${key}"] a`);
    const count = Number(await page.locator(`[data-todo="${key}"]`).getAttribute("data-count"));
    await item.click();
    await page.waitForURL(/#\/appeals\?filter=/);
    if (count > 0) await page.locator(APPEAL_CARD).first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState("networkidle");
    expect(await page.locator(APPEAL_CARD).count()).toBe(Math.min(count, 25));
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    return count;
  }

  it("the town admin answers an appeal, choosing whether it is solved", async () => {
    const { context, page, errors } = await phone("shiling");
    await screenshot(page, "phone-todo-shiling");
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    const toAccept = await openTodo(page, "appeals.toAccept");
    await screenshot(page, "phone-appeals-list");
    expect(toAccept).toBeGreaterThan(0);
    await page.locator(APPEAL_CARD).first().click();
    await page.getByText("企业联系人").waitFor();
    await page.getByRole("button", { name: "受理", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "确定" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.getByRole("button", { name: "答复企业" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox").first().fill("已协调相关部门，本周内上门解决。");
    // nothing preselected: 确定 waits for the choice
    expect(await dialog.getByRole("radio", { checked: true }).count()).toBe(0);
    expect(await dialog.getByRole("button", { name: "确定" }).isDisabled()).toBe(true);
    await screenshot(page, "phone-answer-dialog", { fullPage: false });
    await dialog.getByRole("radio", { name: "未解决" }).check();
    await dialog.getByRole("button", { name: "确定" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText("已协调相关部门，本周内上门解决。").first().waitFor();
    await screenshot(page, "phone-appeal-show");
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    const answered = await platform.db.prisma.appeal.findFirstOrThrow({ where: { answer: "已协调相关部门，本周内上门解决。" } });
    expect(answered.resolved).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the commissioner opens 待回访诉求 and records the return visit", async () => {
    const { context, page, errors } = await phone("commissioner");
    await screenshot(page, "phone-todo-commissioner");
    const toVisit = await openTodo(page, "appeals.toVisit");
    expect(toVisit).toBeGreaterThan(0);
    await page.locator(APPEAL_CARD).first().click();
    await page.getByRole("button", { name: "录入回访" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("combobox").first().click();
    await page.getByRole("option", { name: "★★★★★", exact: true }).click();
    await dialog.getByRole("radio", { name: "已解决" }).check();
    await dialog.getByRole("button", { name: "确定" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText("已确认").first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
