import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@qifu/api";
import { pageWidth, screenshot, signIn, startPlatform } from "./harness";

/**
 * Issue 15's technology transfer journey: an enterprise posts a technology need on a phone and
 * sees the achievements matched with reasons, contacts a provider; the college accepts it in the
 * console and records the signed project; the board's projects figure moves.
 */
describe("a technology need from the phone to the signed project", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  it("post on a phone → matches with reasons → contact → the college accepts and signs → the board moves", async () => {
    const { baseUrl, browser, db } = platform;
    const errors: string[] = [];
    const problem = "端到端测试：鞣制废水含铬超标";

    // the board before: the projects signed this year
    const board = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
    board.on("pageerror", (e) => errors.push(e.message));
    await signIn(board, `${baseUrl}/board/login`, "district");
    await board.waitForURL((u) => !u.pathname.endsWith("/login"));
    await board.goto(`${baseUrl}/board/tech-transfer`);
    const signed = board.getByTestId("tt-projects-signed");
    await signed.getByText(/^\d+$/).waitFor({ timeout: 90_000 });
    const before = await signed.innerText();

    // the enterprise, on a 375 px phone, signs in and posts a need
    const phone = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 800 } })).newPage();
    phone.on("pageerror", (e) => errors.push(e.message));
    await phone.goto(`${baseUrl}/login`);
    await phone.getByLabel("用户名").fill("enterprise");
    await phone.getByLabel("密码").fill(DEMO_PASSWORD);
    await phone.getByRole("button", { name: "登录" }).click();
    await phone.waitForURL((u) => !u.pathname.endsWith("/login"));
    await phone.goto(`${baseUrl}/my/tech-transfer`);
    await phone.getByTestId("need-problem").fill(problem);
    await phone.getByTestId("need-keywords").fill("无铬鞣制");
    await phone.getByTestId("need-budget").fill("30");
    await phone.getByLabel("期望合作方式").click();
    await phone.getByRole("option", { name: "许可" }).click();
    await screenshot(phone, "tech-transfer-1-post");
    await phone.getByRole("button", { name: "发布需求" }).click();

    // its matches, with the reasons; the jewellery achievement is listed as not fitting, and why
    const matches = phone.getByTestId("tt-matches");
    const chrome = matches.getByTestId("tt-achievement").filter({ hasText: "皮革无铬鞣制清洁生产技术" });
    await chrome.getByText("关键词相符：无铬鞣制").waitFor();
    await chrome.getByText("预算覆盖报价：20万元起").waitFor();
    await matches
      .getByTestId("tt-excluded")
      .filter({ hasText: "珠宝首饰3D打印快速成型工艺" })
      .getByText(/不符合：成果属/)
      .waitFor();
    await chrome.getByRole("button", { name: "联系成果方" }).click();
    await chrome.getByRole("button", { name: "已联系" }).waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, "tech-transfer-2-matches");
    const need = await db.prisma.techNeed.findFirstOrThrow({ where: { problem }, include: { contacts: true } });
    expect(need.contacts.map((c) => c.achievementId)).toEqual(["seed-techach-1"]);

    // the college accepts it in the console and records the signed project
    const college = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
    college.on("pageerror", (e) => errors.push(e.message));
    await signIn(college, `${baseUrl}/admin/`, "college");
    await college.getByTestId("todo-counts").waitFor({ timeout: 90_000 });
    await college.goto(`${baseUrl}/admin/#/techContacts`);
    const row = college.getByRole("row").filter({ hasText: problem });
    await row.getByRole("button", { name: "同意洽谈" }).click();
    await college.getByRole("dialog").getByLabel("答复（可选，企业可见）").fill("欢迎到校面谈");
    await college.getByRole("dialog").getByRole("button", { name: "同意洽谈" }).click();
    await row.getByRole("button", { name: "登记签约" }).click();
    const dialog = college.getByRole("dialog");
    await dialog.getByLabel("合同金额（元）").fill("320000");
    await screenshot(college, "tech-transfer-3-sign", { fullPage: false });
    await dialog.getByRole("button", { name: "保存" }).click();
    await row.getByText("已签约").waitFor();
    await screenshot(college, "tech-transfer-4-contacts");
    const project = await db.prisma.techProject.findFirstOrThrow({ where: { contact: { needId: need.id } } });
    expect(project).toMatchObject({ contractFen: 32_000_000n, stage: "SIGNED", providerNodeId: "seed-node-HUADONG-1" });
    expect(await db.prisma.ledgerRecord.count({ where: { source: "TECH_TRANSFER", originId: project.id } })).toBe(1);

    // the enterprise sees the signed project
    await phone.reload();
    await phone
      .getByTestId("tt-need")
      .filter({ hasText: problem })
      .getByText(/已签约/)
      .first()
      .waitFor();
    await screenshot(phone, "tech-transfer-5-signed");

    // the board moves
    await board.reload();
    await signed.getByText(/^\d+$/).waitFor({ timeout: 90_000 });
    expect(await signed.innerText()).not.toEqual(before);
    await screenshot(board, "tech-transfer-6-board");
    expect(errors).toEqual([]);
  });
});
