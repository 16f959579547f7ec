import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { pageWidth, screenshot, signIn, startPlatform } from "./harness";

/**
 * Issue 13's journey: the district builds a scheme and opens a round, the town uploads
 * evidence, the expert scores on a phone, the district closes and publishes, the public site
 * and the board's ranking show the result.
 */
describe("an evaluation round from scheme to published ranking", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  const console1440 = async (user: string, errors: string[]) => {
    const page = await (await platform.browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("dialog", (d) => void d.accept());
    await signIn(page, `${platform.baseUrl}/admin/`, user);
    await page.getByTestId("todo-counts").waitFor({ timeout: 90_000 }); // the home page: the first load fetches every feature's remote
    return page;
  };
  const pick = async (page: Page, label: string, option: string) => {
    await page.getByLabel(label).click();
    await page.getByRole("option", { name: option }).click();
  };

  it("scheme → round → evidence → phone scores → close and publish → public and board", async () => {
    const { baseUrl, browser } = platform;
    const errors: string[] = [];

    // the district builds a scheme: one dimension, one expert-scored indicator worth 100
    const district = await console1440("district", errors);
    await district.goto(`${baseUrl}/admin/#/evaluationSchemes/create`);
    await district.getByLabel("方案名称").fill("镇街服务质量评价（测试）");
    await pick(district, "状态", "启用");
    await district.getByLabel("维度名称").fill("工作质量");
    await district.getByLabel("编号").fill("quality");
    await district.getByLabel("指标名称").fill("服务质量");
    await district.getByLabel("评分标准").fill("服务规范、台账完整");
    await district.getByTestId("weight-total").getByText("权重合计 100，可以保存").waitFor();
    await screenshot(district, "evaluation-1-scheme");
    await district.getByRole("button", { name: "保存" }).click();
    await district.getByText("镇街服务质量评价（测试）").first().waitFor();

    // … and opens a round over 狮岭镇 with the demo evaluator 陈敏
    await district.goto(`${baseUrl}/admin/#/evaluationRounds`);
    await district.getByTestId("open-round").click();
    await pick(district, "评价方案", "镇街服务质量评价（测试） v1");
    await district.getByLabel("轮次名称").fill("2026年第一季度测试评价");
    await district.getByLabel("评价对象").click();
    await district.getByRole("option", { name: "狮岭镇" }).click();
    await district.getByLabel("评审专家（有关联的对象自动回避）").click();
    await district.getByRole("option", { name: "陈敏" }).click();
    await district.getByRole("button", { name: "开展评价" }).last().click();
    await district.waitForURL(/evaluationRounds\/[^/]+\/show/);
    await district.getByTestId("subject-狮岭镇").waitFor();
    await screenshot(district, "evaluation-2-round");

    // 狮岭镇 submits its evidence
    const town = await console1440("shiling", errors);
    await town.goto(`${baseUrl}/admin/#/evaluationRounds`);
    await town.getByTestId("round-2026年第一季度测试评价").click();
    const form = town.getByTestId("evidence-form-狮岭镇");
    await form.getByLabel("材料说明").fill("服务台账与制度文件");
    await form.getByRole("button", { name: "提交材料" }).click();
    await town.getByText("材料已提交").waitFor();

    // the expert scores on a 375 px phone
    const phone = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 800 } })).newPage();
    phone.on("pageerror", (e) => errors.push(e.message));
    await signIn(phone, `${baseUrl}/admin/`, "evaluator");
    await phone.getByTestId("todo-counts").waitFor({ timeout: 90_000 });
    await phone.goto(`${baseUrl}/admin/#/evaluationTasks`);
    const task = phone.getByTestId("score-狮岭镇-quality");
    await task.getByText("服务台账与制度文件").waitFor({ timeout: 90_000 });
    await task.getByLabel("分数").fill("9");
    await task.getByLabel("评语（必填）").fill("台账完整，服务规范");
    await task.getByRole("button", { name: "保存评分" }).click();
    await phone.getByText("评分已保存").waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, "evaluation-3-phone-score");

    // the district closes and publishes
    await district.reload();
    await district.getByTestId("missing-scores").or(district.getByText("所有评分已完成")).waitFor();
    await district.getByTestId("close-round").click();
    await district.getByTestId("publish-round").click();
    await district.getByText("已公布").first().waitFor();
    await screenshot(district, "evaluation-4-published");

    // the public site shows it, on a phone
    const pub = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 800 } })).newPage();
    pub.on("pageerror", (e) => errors.push(e.message));
    await pub.goto(`${baseUrl}/evaluation`);
    await pub.getByText("2026年第一季度测试评价").waitFor();
    await pub.getByTestId("ranking-狮岭镇").click();
    await pub.getByTestId("breakdown-狮岭镇").getByText("服务质量").waitFor();
    expect(await pageWidth(pub)).toBeLessThanOrEqual(375);
    await screenshot(pub, "evaluation-5-public");

    // the board's ranking shows it
    const board = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
    board.on("pageerror", (e) => errors.push(e.message));
    await signIn(board, `${baseUrl}/board/`, "district");
    // the overview's ranking tile (the latest published round) …
    const tile = board.getByTestId("overview-ranking");
    await tile.getByTestId("overview-rank-狮岭镇").getByText("90.0").waitFor({ timeout: 90_000 });
    // … and the full section behind it
    await board.goto(`${baseUrl}/board/sections`);
    const section = board.getByTestId("evaluation-section");
    await section.getByTestId("ranking-狮岭镇").waitFor({ timeout: 90_000 });
    await section.getByText("90.00").waitFor();
    await screenshot(board, "evaluation-6-board");
    expect(errors).toEqual([]);
  });
});
