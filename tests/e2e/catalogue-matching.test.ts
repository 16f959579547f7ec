import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@qifu/api";
import { pageWidth, screenshot, signIn, startPlatform } from "./harness";

/**
 * The matching kit on both screens: a signed-in enterprise sees 为您推荐 with the reasons as
 * chips on the catalogue page (a phone), and the node's staff see 匹配企业 on their product's
 * show page in the console, the demo enterprise among them with the same reasons.
 */
describe("matching enterprises and service products", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  it("为您推荐 on the public catalogue, 匹配企业 on the product's show page", async () => {
    const { baseUrl, browser, db } = platform;
    const prisma = db.prisma;
    const errors: string[] = [];
    const operator = await prisma.user.findUniqueOrThrow({ where: { username: "operator" } });
    const node = await prisma.node.findUniqueOrThrow({ where: { id: operator.nodeId! } });
    // a product in the category the demo enterprise was served in (its ledger), for manufacturers, free, the newest: it leads 为您推荐
    const served = await prisma.ledgerRecord.findFirstOrThrow({ where: { enterpriseId: "seed-enterprise-1" }, select: { category: true } });
    const title = "皮具企业专项服务（匹配）";
    const product = await prisma.serviceProduct.create({
      data: {
        id: "e2e-matching-product",
        nodeId: node.id,
        townId: node.townId,
        title,
        category: served.category,
        content: "为皮具制造企业诊断生产组织与数字化水平，给出改进方案。",
        processSteps: ["预约", "现场诊断", "出具报告"],
        standard: "十个工作日内出具诊断报告",
        timeLimitDays: 10,
        channel: "BOTH",
        targetEnterprises: "制造业中小企业，优先服务专精特新企业",
        status: "PUBLISHED",
        publishedAt: new Date(),
      },
    });

    // the public sees the catalogue as before: no recommendations without an enterprise account
    const phone = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 800 } })).newPage();
    phone.on("pageerror", (e) => errors.push(e.message));
    await phone.goto(`${baseUrl}/services`);
    await phone.getByText(/共 \d+ 项服务/).waitFor();
    expect(await phone.getByTestId("for-you").count()).toBe(0);

    // the enterprise signs in and comes back to the catalogue: 为您推荐 with the reasons as chips
    await phone.goto(`${baseUrl}/login?next=${encodeURIComponent("/services")}`);
    await phone.getByLabel("用户名").fill("enterprise");
    await phone.getByLabel("密码").fill(DEMO_PASSWORD);
    await phone.getByRole("button", { name: "登录" }).click();
    await phone.waitForURL(/\/services$/);
    const forYou = phone.getByTestId("for-you");
    await forYou.getByRole("heading", { name: "为您推荐" }).waitFor();
    const card = forYou.getByTestId("recommendation").filter({ hasText: title });
    await card.waitFor();
    await card.getByText(/^有.+需求：.*接受过\d+次服务/).waitFor();
    for (const chip of ["行业相符：制造业", "位于同一镇街：狮岭镇"]) await card.getByText(chip).waitFor();
    expect(await forYou.getByTestId("recommendation").count()).toBeLessThanOrEqual(6);
    expect(await pageWidth(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, "matching-1-for-you");
    await card.click();
    await phone.waitForURL(new RegExp(`/services/${product.id}$`));
    // the product page's own title (the list's cards, still shown while the page loads, name it too)
    await phone.getByRole("heading", { level: 1, name: title }).waitFor();

    // the node's staff open the product in the console: 匹配企业, the demo enterprise with the same reasons
    const staff = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
    staff.on("pageerror", (e) => errors.push(e.message));
    await signIn(staff, `${baseUrl}/admin/`, "operator");
    await staff.getByRole("heading", { name: "我的服务节点" }).waitFor({ timeout: 90_000 }); // the first load fetches every feature's remote
    await staff.goto(`${baseUrl}/admin/#/serviceProducts/${product.id}/show`);
    const matching = staff.getByTestId("matching-enterprises");
    await matching.getByRole("heading", { name: "匹配企业" }).waitFor();
    const row = matching.getByTestId("matching-enterprise").filter({ hasText: "广州狮岭皮具制造有限公司" });
    await row.waitFor();
    for (const chip of ["行业相符：制造业", "位于同一镇街：狮岭镇"]) await row.getByText(chip).waitFor();
    const rows = await matching.getByTestId("matching-enterprise").count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThanOrEqual(20);
    await matching.getByText(/范围：本节点所在镇街的企业/).waitFor();
    await matching.scrollIntoViewIfNeeded();
    await screenshot(staff, "matching-2-console");
    expect(errors).toEqual([]);
  });
});
