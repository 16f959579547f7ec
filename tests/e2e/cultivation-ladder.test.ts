import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@qifu/api";
import { pageWidth, screenshot, signIn, startPlatform } from "./harness";

/**
 * Issue 14's journey: an enterprise, on a phone, sees what it still misses for its next level and
 * applies in the open round; the district sees the application in the console and the ladder on the board.
 */
describe("the cultivation ladder from the enterprise's phone to the district", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  it("an enterprise sees what it misses and applies; the district sees it", async () => {
    const { baseUrl, browser, db } = platform;
    const prisma = db.prisma;
    const errors: string[] = [];

    const phone = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 800 } })).newPage();
    phone.on("pageerror", (e) => errors.push(e.message));
    await phone.goto(`${baseUrl}/my/cultivation`);
    await phone.getByTestId("account-gate").getByRole("link", { name: "登录" }).click();
    await phone.getByLabel("用户名").fill("enterprise");
    await phone.getByLabel("密码").fill(DEMO_PASSWORD);
    await phone.getByRole("button", { name: "登录" }).click();
    await phone.waitForURL(/\/my\/cultivation$/);

    await phone.getByTestId("current-tier").getByText("专精特新中小企业").waitFor({ timeout: 60_000 });
    await phone
      .getByTestId("missing")
      .getByText(/还差：研发投入占比 3\.1 % < 6 %/)
      .waitFor();
    await screenshot(phone, "cultivation-1-phone-ladder");

    const round = phone.getByTestId("round-card").filter({ hasText: "小巨人" });
    await round.getByLabel("申报材料说明").fill("主导产品为高端真皮箱包，国内细分市场占有率前列；近两年研发投入、发明专利清单见附件。");
    await round.getByRole("button", { name: "提交申报" }).click();
    await round.getByText("申报材料已提交").waitFor();
    await round
      .getByText(/材料已提交/)
      .first()
      .waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, "cultivation-2-phone-applied");
    const app = await prisma.cultivationApplication.findUniqueOrThrow({
      where: { roundId_enterpriseId: { roundId: "seed-round-little-giant", enterpriseId: "seed-enterprise-1" } },
    });
    expect(app.submittedAt).not.toBeNull();

    // the district sees the application, and what it still misses, in the round
    const district = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
    district.on("pageerror", (e) => errors.push(e.message));
    await signIn(district, `${baseUrl}/admin/`, "district");
    await district.getByTestId("todo-counts").waitFor({ timeout: 90_000 });
    await district.goto(`${baseUrl}/admin/#/cultivationRounds/seed-round-little-giant/show`);
    const row = district.getByTestId("application-seed-enterprise-1");
    await row.getByText("已提交材料").waitFor({ timeout: 60_000 });
    await row.getByText(/还差：研发投入占比/).waitFor();
    await screenshot(district, "cultivation-3-console-round");
    await district.goto(`${baseUrl}/admin/#/cultivationCandidates`);
    await district
      .getByTestId("candidate-seed-enterprise-6")
      .getByText(/研发投入占比 2\.5 % < 3 %/)
      .waitFor({ timeout: 60_000 });
    await screenshot(district, "cultivation-4-console-pool");

    // the board: the ladder by town, the pools, the expiring recognitions
    const board = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
    board.on("pageerror", (e) => errors.push(e.message));
    await signIn(board, `${baseUrl}/board/`, "district");
    // the overview, once signed in: going on before the session is set would land on the sign-in page
    await board.getByTestId("board-overview").waitFor({ timeout: 90_000 });
    await board.goto(`${baseUrl}/board/cultivation`);
    await board.getByText("各镇街梯度培育情况").waitFor({ timeout: 90_000 });
    await board.getByTestId("expiring-row").first().waitFor();
    await screenshot(board, "cultivation-5-board");
    expect(errors).toEqual([]);
  });
});
