import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@qifu/api";
import { screenshot, signIn, startPlatform, pageWidth } from "./harness";

/**
 * A service request as a case (issue 10 point 12): the enterprise requests a service with its
 * contact prefilled, sees the case number on submission, opens the case page with its due date
 * and timeline, finds it first in 我的服务; the node's staff find the notification in the console.
 */
describe("an enterprise's service request is a case with a number and a due date", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  it("requests, sees the number and the case page; node staff are notified", async () => {
    const { baseUrl, browser, db } = platform;
    const prisma = db.prisma;
    const errors: string[] = [];
    const operator = await prisma.user.findUniqueOrThrow({ where: { username: "operator" } });
    const node = await prisma.node.findUniqueOrThrow({ where: { id: operator.nodeId! } });
    const title = "箱包出口合规咨询（案件端到端）";
    const product = await prisma.serviceProduct.create({
      data: {
        id: "e2e-case-product",
        nodeId: node.id,
        townId: node.townId,
        title,
        category: "LEGAL",
        content: "出口合规咨询。",
        processSteps: ["预约", "咨询"],
        standard: "三个工作日内答复",
        timeLimitDays: 3,
        channel: "BOTH",
        status: "PUBLISHED",
        publishedAt: new Date(),
      },
    });
    const profile = await prisma.enterprise.update({
      where: { id: "seed-enterprise-1" },
      data: { contactName: "陈建华", contactPhone: "020-86881234" },
    });

    for (const [label, viewport] of [
      ["phone", { width: 375, height: 800 }],
      ["desktop", { width: 1280, height: 900 }],
    ] as const) {
      const page = await (await browser.newContext({ locale: "zh-CN", viewport })).newPage();
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${baseUrl}/login?next=${encodeURIComponent(`/services/${product.id}`)}`);
      await page.getByLabel("用户名").fill("enterprise");
      await page.getByLabel("密码").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "登录" }).click();
      await page.waitForURL(new RegExp(`/services/${product.id}$`));
      if (label === "desktop") {
        // the phone already has the open request: the desktop only looks at the pages
        await page.goto(`${baseUrl}/my/services`);
      } else {
        await page.getByRole("button", { name: "申请此服务" }).click();
        const dialog = page.getByRole("dialog");
        // 联系人/联系电话 come from the enterprise's record
        await expect.poll(() => dialog.getByLabel("联系人").inputValue()).toBe(profile.contactName);
        expect(await dialog.getByLabel("联系电话").inputValue()).toBe(profile.contactPhone);
        await dialog.getByLabel(/需求说明/).fill("想了解箱包出口欧盟的合规要求。");
        await screenshot(page, `case-1-form-${label}`, { fullPage: false });
        await dialog.getByRole("button", { name: "提交申请" }).click();
        const number = await dialog.getByTestId("request-number").textContent();
        expect(number).toMatch(/^FW-\d{4}-\d{6}$/);
        await screenshot(page, `case-2-submitted-${label}`, { fullPage: false });
        await dialog.getByRole("link", { name: "查看办理进度" }).click();
      }
      const request = await prisma.serviceRequest.findFirstOrThrow({ where: { productId: product.id } });
      if (label === "desktop") await page.goto(`${baseUrl}/my/requests/${request.id}`);
      await page.waitForURL(new RegExp(`/my/requests/${request.id}$`));
      await expect.poll(() => page.getByTestId("case-number").textContent()).toBe(request.number);
      expect((await page.getByTestId("case-due").textContent())?.trim()).not.toBe("—");
      await page.getByTestId("case-timeline").getByText("企业提交申请").waitFor();
      await screenshot(page, `case-3-page-${label}`);
      // 我的服务: the open request is in the first section
      await page.goto(`${baseUrl}/my/services`);
      const first = page.locator("section").first();
      await first.getByRole("heading", { name: "办理中的申请" }).waitFor();
      await first.getByText(title).first().waitFor();
      await screenshot(page, `case-4-my-services-${label}`);
      expect(await pageWidth(page)).toBeLessThanOrEqual(viewport.width);
    }

    // the node's staff: the bell holds the new request's notification
    const request = await prisma.serviceRequest.findFirstOrThrow({ where: { productId: product.id } });
    const staff = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } })).newPage();
    staff.on("pageerror", (e) => errors.push(e.message));
    await signIn(staff, `${baseUrl}/admin/`, "operator");
    await staff.getByRole("heading", { name: "我的服务节点" }).waitFor({ timeout: 90_000 });
    await staff
      .getByRole("button", { name: /消息|通知|Inbox/ })
      .first()
      .click();
    await staff.getByText(`新的服务申请 ${request.number}`).first().waitFor();
    await screenshot(staff, "case-5-admin-notification", { fullPage: false });
    expect(errors).toEqual([]);
  }, 600_000);
});
