import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@qifu/api";
import { pageWidth, screenshot, startPlatform } from "./harness";

/**
 * Issue 18's journey on a 375 px phone: the enterprise completes the digital diagnosis (a draft
 * saved on the way), sees its level and weak points, states a need from a weak point, sees the
 * matched solutions with their reasons and contacts one provider.
 */
describe("a digital diagnosis on a phone, to a contacted solution", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  it("questionnaire → level and weak points → need → matched solutions → contact", async () => {
    const { baseUrl, browser, db } = platform;
    const errors: string[] = [];
    const text = "端到端测试：财务和业务数据分散在多个表格里";
    const phone = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 800 } })).newPage();
    phone.on("pageerror", (e) => errors.push(e.message));
    await phone.goto(`${baseUrl}/login`);
    await phone.getByLabel("用户名").fill("enterprise");
    await phone.getByLabel("密码").fill(DEMO_PASSWORD);
    await phone.getByRole("button", { name: "登录" }).click();
    await phone.waitForURL((u) => !u.pathname.endsWith("/login"));

    // the library, then the diagnosis: 12 questions of the 制造业 table
    await phone.goto(`${baseUrl}/digital`);
    await phone.getByTestId("dg-solution").first().waitFor();
    await screenshot(phone, "digital-1-library");
    await phone.getByTestId("dg-diagnose-cta").click();
    await phone.getByTestId("dg-start").click();
    const questions = phone.getByTestId("dg-question");
    await questions.first().waitFor();
    expect(await questions.count()).toBe(12);
    // the third option everywhere ("主要环节应用并实现系统集成": 70 % of each question's points → 71 points)
    for (let i = 0; i < 12; i++) await questions.nth(i).getByRole("radio").nth(2).check();
    await phone.getByRole("button", { name: "保存草稿" }).click();
    await phone
      .getByTestId("dg-answered")
      .getByText(/草稿已保存/)
      .waitFor();
    expect((await db.prisma.digitalDiagnosis.findFirstOrThrow({ where: { enterpriseId: "seed-enterprise-1" } })).status).toBe("DRAFT");
    await screenshot(phone, "digital-2-questionnaire");
    await phone.getByTestId("dg-pledge").click();
    await phone.getByTestId("dg-commit").click();

    // the result: level, score, radar, weak points
    const result = phone.getByTestId("dg-result");
    await result.getByTestId("dg-level").getByText("三级").waitFor();
    await result.getByText("得分 71 分").waitFor();
    await result.locator("canvas").first().waitFor();
    const weak = result.getByTestId("dg-weak");
    expect(await weak.count()).toBe(3);
    await weak
      .first()
      .getByText(/数据资源管理/)
      .waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, "digital-3-result");

    // a need from the weakest point (its scenario prefilled: 经营管理)
    await weak.first().getByRole("button", { name: "就此提需求" }).click();
    const form = phone.getByTestId("dg-need-form");
    await form.getByTestId("dg-need-text").fill(text);
    await form.getByTestId("dg-need-budget").fill("30");
    await screenshot(phone, "digital-4-need");
    await form.getByRole("button", { name: "提交需求" }).click();

    // its matched solutions with the reasons; contact one
    const matches = phone.getByTestId("dg-matches");
    const cloud = matches.getByTestId("dg-match").filter({ hasText: "中小企业财务业务一体化云平台" });
    await cloud.getByText("场景相符：经营管理").waitFor();
    await cloud.getByText("预算覆盖价格：2万元起").waitFor();
    await cloud.getByRole("button", { name: "联系服务商" }).click();
    await cloud.getByRole("button", { name: "已联系" }).waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, "digital-5-matches");

    const need = await db.prisma.digitalNeed.findFirstOrThrow({ where: { text }, include: { contacts: { include: { solution: true } } } });
    expect(need).toMatchObject({ scenario: "MANAGEMENT", industry: "MANUFACTURING", budgetFen: 30_000_000 });
    expect(need.indicatorIds).toEqual(["seed-digital-set-MANUFACTURING-B3"]);
    expect(need.contacts.map((c) => c.solution.name)).toEqual(["中小企业财务业务一体化云平台"]);
    expect(errors).toEqual([]);
  });
});
