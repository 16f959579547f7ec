import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "@qifu/api";
import { pageWidth, screenshot, signIn, startPlatform } from "./harness";

/**
 * Issue 14 points 6–9 as one journey: an enterprise registers on a phone, checks in with the
 * page the activity's QR code opens, rates the activity, and the board's enterprise-times move.
 */
describe("an enterprise registers, checks in with the QR page and rates an activity", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  const attendances = async (board: Page) => {
    const card = board.getByTestId("activities-attendances");
    await card.and(board.locator("[data-value]:not([data-value=''])")).waitFor({ timeout: 90_000 });
    return Number(await card.getAttribute("data-value"));
  };

  it("register on a phone → QR check-in → rating → the board moves", async () => {
    const { baseUrl, browser } = platform;
    const errors: string[] = [];
    const ACTIVITY = "seed-activity-today";

    // the board's enterprise-times before
    const board = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
    board.on("pageerror", (e) => errors.push(e.message));
    await signIn(board, `${baseUrl}/board/`, "district");
    await board.getByTestId("board-overview").waitFor({ timeout: 90_000 });
    await board.goto(`${baseUrl}/board/activities`);
    const before = await attendances(board);
    await board.getByText("各系列场次与签到").waitFor();
    await screenshot(board, "activities-1-board");

    // the public list on a phone, then the activity's page: sign in, register
    const phone = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 800 } })).newPage();
    phone.on("pageerror", (e) => errors.push(e.message));
    await phone.goto(`${baseUrl}/activities`);
    await phone.getByRole("heading", { level: 1, name: "活动培训" }).waitFor();
    await phone.getByText("惠企政策直享现场会").first().waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, "activities-2-public-list");
    await phone.goto(`${baseUrl}/login?next=${encodeURIComponent(`/activities/${ACTIVITY}`)}`);
    await phone.getByLabel("用户名").fill("enterprise");
    await phone.getByLabel("密码").fill(DEMO_PASSWORD);
    await phone.getByRole("button", { name: "登录" }).click();
    await phone.waitForURL(new RegExp(`/activities/${ACTIVITY}$`));
    await phone.getByRole("heading", { level: 1, name: "惠企政策直享现场会" }).waitFor();
    await phone.getByRole("button", { name: "报名参加" }).click();
    await phone.getByText("您已报名").waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, "activities-3-registered");

    // the organiser's console shows the registration and the day's QR code
    const staff = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
    staff.on("pageerror", (e) => errors.push(e.message));
    await signIn(staff, `${baseUrl}/admin/`, "operator");
    await staff.getByTestId("todo-counts").waitFor({ timeout: 90_000 });
    await staff.goto(`${baseUrl}/admin/#/activities/${ACTIVITY}/show`);
    await staff.getByTestId("registrations").getByText("广州狮岭皮具制造有限公司").waitFor({ timeout: 90_000 });
    await staff.getByTestId("check-in-qr").locator("svg").waitFor();
    const href = await staff.getByTestId("check-in-url").getAttribute("href");
    expect(href).toMatch(new RegExp(`/activities/${ACTIVITY}/check-in\\?t=`));
    await screenshot(staff, "activities-4-console");

    // a guessed link without the token does not check in
    await phone.goto(`${baseUrl}/activities/${ACTIVITY}/check-in?t=guessedtoken`);
    await phone.getByRole("button", { name: "确认签到" }).click();
    await phone.getByText("活动不存在").waitFor();

    // the phone opens the QR code's page and checks in, then rates
    await phone.goto(href!.replace(/^https?:\/\/[^/]+/, baseUrl));
    await phone.getByRole("button", { name: "确认签到" }).click();
    await phone.getByTestId("checked-in").getByText("签到成功").waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, "activities-5-checked-in");
    const rate = phone.getByTestId("rate-form");
    await rate.locator("label", { hasText: "5 分" }).click(); // the star (MUI Rating labels its hidden radios)
    await rate.getByLabel("意见建议（选填）").fill("政策讲解清楚，现场答疑很有帮助");
    await rate.getByRole("button", { name: "提交评价" }).click();
    await phone.getByText("您已评价：5 分，谢谢！").waitFor();
    await screenshot(phone, "activities-6-rated");

    // the console's list shows the QR check-in and the rating; the board's enterprise-times moved by one
    await staff.reload();
    await staff.getByTestId("registrations").getByText("扫码签到").waitFor({ timeout: 90_000 });
    await board.reload();
    await board.getByText("各系列场次与签到").waitFor({ timeout: 90_000 });
    expect(await attendances(board)).toBe(before + 1);
    await screenshot(board, "activities-7-board-after");
    expect(errors).toEqual([]);
  });
});
