import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@qifu/api";
import { pageWidth, screenshot, startPlatform } from "./harness";

/**
 * Issue 16's journey on a 375 px phone: the demo enterprise searches the policies in Chinese,
 * reads one in plain words, opens 我能享受什么, sees a matched policy and why (and a near miss with
 * the criterion it lacks), and applies with a note on its material.
 */
describe("policies on a phone: search, a policy in plain words, what I can get, apply", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  it("search → policy page → 我能享受什么 with reasons → apply", async () => {
    const { baseUrl, browser, db } = platform;
    const errors: string[] = [];
    const material = "端到端测试：已认定为省级专精特新中小企业，附认定文件和承诺书。";
    const phone = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 800 } })).newPage();
    phone.on("pageerror", (e) => errors.push(e.message));
    await phone.goto(`${baseUrl}/login`);
    await phone.getByLabel("用户名").fill("enterprise");
    await phone.getByLabel("密码").fill(DEMO_PASSWORD);
    await phone.getByRole("button", { name: "登录" }).click();
    await phone.waitForURL((u) => !u.pathname.endsWith("/login"));

    // search in Chinese: 贴息 finds the interest-subsidy policies
    await phone.goto(`${baseUrl}/policies`);
    await phone.getByTestId("policy-card").first().waitFor();
    await phone.getByTestId("policy-search").fill("贴息");
    await phone.getByTestId("policy-card").filter({ hasText: "知识产权质押融资贴息" }).waitFor();
    // that card is on the unfiltered list too: the search has applied once the unrelated one is gone
    await phone.getByTestId("policy-card").filter({ hasText: "珠宝首饰产业集聚发展扶持" }).waitFor({ state: "detached" });
    expect(await phone.getByTestId("policy-card").filter({ hasText: "珠宝首饰产业集聚发展扶持" }).count()).toBe(0);
    expect(await pageWidth(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, "policies-1-search");

    // one policy in plain words
    await phone.getByTestId("policy-card").filter({ hasText: "中小微企业贷款贴息" }).click();
    const page = phone.getByTestId("policy-page");
    await page.getByText("哪些企业可以享受").waitFor();
    await page.getByText("中型、小型、微型企业").first().waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, "policies-2-policy");

    // 我能享受什么: a matched policy and why; a near miss and what it lacks
    await page.getByRole("link", { name: "我能享受什么" }).click();
    const matches = phone.getByTestId("policy-matches");
    const award = matches.getByTestId("policy-match").filter({ hasText: "花都区专精特新中小企业认定奖励" });
    await award.getByText(/已认定为专精特新/).waitFor();
    await matches
      .getByTestId("policy-excluded")
      .filter({ hasText: "专精特新“小巨人”企业奖励" })
      .getByText("须认定为专精特新“小巨人”")
      .waitFor();
    await phone
      .getByTestId("policy-cannot")
      .getByText(/限.*花东镇/)
      .first()
      .waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, "policies-3-mine");

    // apply
    await award.getByRole("button", { name: "申报" }).click();
    await phone.getByTestId("apply-material").fill(material);
    await screenshot(phone, "policies-4-apply");
    await phone.getByTestId("apply-submit").click();
    await phone.getByTestId("apply-done").waitFor();
    await award.getByRole("button", { name: "已申报，待审核" }).waitFor();
    await phone.getByTestId("my-applications").getByText("花都区专精特新中小企业认定奖励").waitFor();
    await screenshot(phone, "policies-5-applied");

    const app = await db.prisma.policyApplication.findFirstOrThrow({ where: { material } });
    expect(app).toMatchObject({ policyId: "seed-policy-01", enterpriseId: "seed-enterprise-1", status: "SUBMITTED" });
    expect(errors).toEqual([]);
  });
});
