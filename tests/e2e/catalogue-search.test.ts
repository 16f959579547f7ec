import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPlatform } from "./harness";

/** A visitor on a phone searches the service catalogue in Chinese and opens a product's five publics. */
describe("the public service catalogue", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  it("finds a product by a Chinese word inside its text and shows the five publics", async () => {
    const { baseUrl, browser } = platform;
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/services`);
    // "研发费用" is inside the content of the 高新技术企业认定辅导 products, not in any title
    await page.fill('input[name="q"]', "研发费用");
    await page.click('button[type="submit"]');
    const expected = await platform.db.prisma.serviceProduct.count({ where: { status: "PUBLISHED", content: { contains: "研发费用" } } });
    expect(expected).toBeGreaterThan(0);
    await page.getByText(`共 ${expected} 项服务`).waitFor();
    expect(await page.locator('a[data-testid="product-card"]').count()).toBe(expected);
    await page.locator('a[data-testid="product-card"]').first().click();
    for (const heading of ["服务内容", "服务流程", "服务标准", "收费标准", "办理时限"])
      await page.getByRole("heading", { name: heading }).waitFor();
    await page.getByText("1.5 万元 / 家").first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
