import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "@qifu/api";
import { startPlatform } from "./harness";

/**
 * 暖企专员 in a real browser: an enterprise files an appeal on the public site, the town unit
 * answers it in the console, the enterprise is not satisfied and reopens it, the unit
 * resolves it, and the enterprise rates it.
 */
describe("an enterprise appeal goes round the closed loop", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  async function unitAnswers(page: Page, id: string, answer: string, first: boolean) {
    await page.goto(`${platform.baseUrl}/admin/#/appeals/${id}/show`);
    await page.reload(); // the same URL again: fetch the state the enterprise left it in
    if (first) {
      await page.getByRole("button", { name: "受理", exact: true }).click();
      await page.getByRole("dialog").getByRole("button", { name: "确定" }).click();
      await page.getByRole("dialog").waitFor({ state: "detached" });
    }
    await page.getByRole("button", { name: "答复企业" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox").first().fill(answer);
    // nothing is preselected: the unit says whether the problem is solved
    await dialog.getByRole("radio", { name: "已解决" }).check();
    await dialog.getByRole("button", { name: "确定" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText(answer).first().waitFor();
  }

  it("files, answers, reopens, resolves and rates", async () => {
    const { baseUrl, browser } = platform;
    const errors: string[] = [];
    const enterprise = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } })).newPage();
    const unit = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
    for (const p of [enterprise, unit]) p.on("pageerror", (e) => errors.push(e.message));

    // the enterprise signs in on the public site (a visit to its appeals asks it to)
    await enterprise.goto(`${baseUrl}/my/appeals`);
    await enterprise.waitForURL(/\/login\?next=/);
    await enterprise.getByLabel("用户名").fill("enterprise");
    await enterprise.getByLabel("密码").fill(DEMO_PASSWORD);
    await enterprise.getByRole("button", { name: "登录" }).click();
    await enterprise.getByRole("heading", { name: "我的诉求" }).waitFor();

    await enterprise.getByRole("link", { name: "提交新诉求" }).click();
    const title = "新建厂房用电增容审批迟缓";
    await enterprise.getByLabel("标题").fill(title);
    await enterprise.getByRole("combobox", { name: /诉求类别/ }).click();
    await enterprise.getByRole("option", { name: "政策咨询与兑现" }).click();
    await enterprise.getByLabel("诉求内容").fill("新增生产线需要将用电容量增至 800kVA，申请两个月未获答复，影响投产。");
    await enterprise.getByRole("button", { name: "提交", exact: true }).click();
    await enterprise.waitForURL(/\/my\/appeals\/[^/]+$/);
    await enterprise.getByRole("heading", { name: title }).waitFor();
    const appeal = await platform.db.prisma.appeal.findFirstOrThrow({ where: { title } });
    expect(appeal.number).toMatch(/^HD-\d{4}-000001$/);
    // issue 10 point 16: the enterprise is told when it will be accepted and resolved
    await enterprise.getByText(`诉求已提交，编号 ${appeal.number}。承办单位将于`).waitFor();
    await enterprise.getByText("应受理时间").first().waitFor();
    await enterprise.getByText("应办结时间").first().waitFor();
    expect(appeal.unitTownId).toBe("seed-town-SHILING"); // routed to the enterprise's town

    // the town unit accepts and answers in the console
    await unit.goto(`${baseUrl}/admin/`);
    await unit.fill('input[name="username"]', "shiling");
    await unit.fill('input[name="password"]', DEMO_PASSWORD);
    await unit.click('button[type="submit"]');
    await unit.getByRole("heading", { name: "服务网络概览" }).waitFor();
    await unitAnswers(unit, appeal.id, "已协调供电局，预计两周内完成增容。", true);

    // the enterprise is not satisfied and reopens it
    await enterprise.reload();
    await enterprise.getByLabel("不满意的原因").fill("两周太久，生产线下周就要投产");
    await enterprise.getByRole("button", { name: "要求重新办理" }).click();
    await enterprise.getByText("办理中").first().waitFor();

    // the unit resolves it; the enterprise rates it
    await unitAnswers(unit, appeal.id, "供电局已于今日完成增容并送电。", false);
    await enterprise.reload();
    // five stars: click the star's label, as a person would
    const star = await enterprise.locator('.MuiRating-root input[type="radio"][value="5"]').getAttribute("id");
    await enterprise.locator(`label[for="${star}"]`).click();
    await enterprise.getByLabel("已解决").check();
    await enterprise.getByRole("button", { name: "确认并评价" }).click();
    await enterprise.getByText("已确认").first().waitFor();

    const done = await platform.db.prisma.appeal.findUniqueOrThrow({ where: { id: appeal.id } });
    expect(done).toMatchObject({ status: "CONFIRMED", satisfaction: 5, resolved: true, reopenCount: 1 });
    // the timeline the enterprise sees names every step
    for (const step of ["提交诉求", "受理", "企业不满意，重新办理", "企业确认"])
      await enterprise
        .getByText(new RegExp(`^${step}`))
        .first()
        .waitFor();
    expect(errors).toEqual([]);
  });
});
