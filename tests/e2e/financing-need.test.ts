import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@qifu/api";
import { pageWidth, screenshot, signIn, startPlatform } from "./harness";

/**
 * Issue 15's financing journey: an enterprise posts a need on a phone and sees the products
 * matched with reasons, sends it to a bank; the bank accepts it in the console and records the
 * grant; the board's figures by institution move.
 */
describe("a financing need from the phone to the grant", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  it("post on a phone → matches with reasons → send → the bank answers and grants → the board moves", async () => {
    const { baseUrl, browser, db } = platform;
    const errors: string[] = [];
    const purpose = "端到端测试：采购皮料";

    // the board before: the bank's row of the figures by institution
    const board = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
    board.on("pageerror", (e) => errors.push(e.message));
    await signIn(board, `${baseUrl}/board/login`, "district");
    await board.waitForURL((u) => !u.pathname.endsWith("/login"));
    await board.goto(`${baseUrl}/board/financing`);
    const bankRow = board.getByTestId("financing-by-institution").getByRole("row").filter({ hasText: "广州农商银行花都支行普惠金融部" });
    await bankRow.waitFor({ timeout: 90_000 });
    const before = await bankRow.innerText();

    // the enterprise, on a 375 px phone, signs in and posts a need
    const phone = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 800 } })).newPage();
    phone.on("pageerror", (e) => errors.push(e.message));
    await phone.goto(`${baseUrl}/login`);
    await phone.getByLabel("用户名").fill("enterprise");
    await phone.getByLabel("密码").fill(DEMO_PASSWORD);
    await phone.getByRole("button", { name: "登录" }).click();
    await phone.waitForURL((u) => !u.pathname.endsWith("/login"));
    await phone.goto(`${baseUrl}/my/financing`);
    await phone.getByTestId("need-amount").fill("260");
    await phone.getByTestId("need-purpose").fill(purpose);
    await phone.getByLabel("紧急程度").click();
    await phone.getByRole("option", { name: "急需（30天内）" }).click();
    // raised at a 金融+ 对接会 (the latest one it may name)
    await phone.getByLabel("提出于对接会（选填）").click();
    await phone.getByRole("option").nth(1).click();
    await screenshot(phone, "financing-1-post");
    await phone.getByRole("button", { name: "发布需求" }).click();

    // its matches, with the reasons; the mortgage loan is listed as not fitting, and why
    const matches = phone.getByTestId("financing-matches");
    const credit = matches.getByTestId("financing-product").filter({ hasText: "专精特新信用贷" });
    await credit.getByText("符合：专精特新中小企业").waitFor();
    await credit.getByText("符合：制造业").waitFor();
    await matches
      .getByTestId("financing-excluded")
      .filter({ hasText: "厂房设备抵押贷" })
      .getByText(/不符合：需抵押/)
      .waitFor();
    await credit.getByRole("button", { name: "发送给该机构" }).click();
    await credit.getByRole("button", { name: "已发送" }).waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, "financing-2-matches");
    const need = await db.prisma.financingNeed.findFirstOrThrow({ where: { purpose }, include: { sendings: true } });
    expect(need.sendings.map((s) => s.nodeId)).toEqual(["seed-node-XINHUA-3"]);

    // the bank accepts it in the console and records the grant
    const bank = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
    bank.on("pageerror", (e) => errors.push(e.message));
    await signIn(bank, `${baseUrl}/admin/`, "bank");
    await bank.getByTestId("todo-counts").waitFor({ timeout: 90_000 });
    await bank.goto(`${baseUrl}/admin/#/financingSendings`);
    const row = bank.getByRole("row").filter({ hasText: purpose });
    await row.getByRole("button", { name: "受理审查" }).click();
    await row.getByRole("button", { name: "登记结果" }).click();
    const dialog = bank.getByRole("dialog");
    await dialog.getByLabel("执行年利率（%）").fill("3.6");
    await dialog.getByLabel("放款金额（元，未放款留空）").fill("2600000");
    await screenshot(bank, "financing-3-outcome", { fullPage: false });
    await dialog.getByRole("button", { name: "保存" }).click();
    await row.getByText("已放款").waitFor();
    await screenshot(bank, "financing-4-inbox");
    const sending = await db.prisma.financingSending.findFirstOrThrow({ where: { needId: need.id } });
    expect(sending).toMatchObject({ status: "GRANTED", grantedFen: 260_000_000n, rateBp: 360 });
    expect(await db.prisma.ledgerRecord.count({ where: { source: "FINANCING", originId: sending.id } })).toBe(1);

    // the enterprise sees the answer
    await phone.reload();
    await phone.getByTestId("financing-need").filter({ hasText: purpose }).getByText(/放款/).first().waitFor();

    // the board moves
    await board.reload();
    await bankRow.waitFor({ timeout: 90_000 });
    expect(await bankRow.innerText()).not.toEqual(before);
    // the 对接会 table lists the events with what their needs came to
    await board.getByTestId("financing-events").getByRole("row").nth(1).waitFor();
    await screenshot(board, "financing-5-board");
    expect(errors).toEqual([]);
  });
});
