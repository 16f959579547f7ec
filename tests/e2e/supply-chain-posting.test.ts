import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@qifu/api";
import { pageWidth, screenshot, signIn, startPlatform } from "./harness";

/**
 * Issue 15's supply-chain journey: an enterprise posts a demand on a phone, sees the matched
 * suppliers with reasons and contacts one; the node reports the deal in the console; the
 * board's deal amount moves.
 */
describe("a supply-chain demand from the phone to the deal", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  it("post a demand on a phone → matched suppliers → contact → the deal is reported → the board moves", async () => {
    const { baseUrl, browser, db } = platform;
    const errors: string[] = [];
    const product = "头层牛皮革（端到端测试）";

    // the board before: the deal amount tile
    const board = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
    board.on("pageerror", (e) => errors.push(e.message));
    await signIn(board, `${baseUrl}/board/login`, "district");
    await board.waitForURL((u) => !u.pathname.endsWith("/login"));
    await board.goto(`${baseUrl}/board/supply-chain`);
    const tile = board.getByTestId("supply-chain-deal-amount");
    await tile.getByText(/成交 \d+ 笔/).waitFor({ timeout: 90_000 });
    const before = await tile.innerText();

    // the enterprise, on a 375 px phone, posts a demand on the leather chain's 皮革鞣制 link
    const phone = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 800 } })).newPage();
    phone.on("pageerror", (e) => errors.push(e.message));
    await phone.goto(`${baseUrl}/login`);
    await phone.getByLabel("用户名").fill("enterprise");
    await phone.getByLabel("密码").fill(DEMO_PASSWORD);
    await phone.getByRole("button", { name: "登录" }).click();
    await phone.waitForURL((u) => !u.pathname.endsWith("/login"));
    await phone.goto(`${baseUrl}/supply-chain`);
    await phone.getByLabel("产业链（集群）").click();
    await phone.getByRole("option", { name: /花都狮岭皮革皮具/ }).click();
    await phone.getByLabel("产业链环节").click();
    await phone.getByRole("option", { name: "皮革鞣制" }).click();
    await phone.getByLabel("产品/服务").fill(product);
    await phone.getByLabel("数量").fill("5000");
    await phone.getByLabel("单位").fill("平方尺");
    await screenshot(phone, "supply-chain-1-post");
    await phone.getByRole("button", { name: "发布", exact: true }).click();

    // the matched suppliers, with the reasons; the tannery is contacted
    const matches = phone.getByTestId("supply-chain-matches");
    const tannery = matches.getByTestId("supply-chain-match").filter({ hasText: "广州盛世皮革制品有限公司" });
    await tannery.getByText("同一环节：皮革鞣制").waitFor();
    await tannery.getByText("数量满足：可供30000平方尺").waitFor();
    await matches.getByTestId("supply-chain-excluded").first().waitFor();
    await tannery.getByRole("button", { name: "联系对方" }).click();
    await tannery.getByRole("button", { name: "已发起对接" }).waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, "supply-chain-2-matches");
    const contact = await db.prisma.supplyChainContact.findFirstOrThrow({ where: { demand: { product } } });
    expect(contact.status).toBe("REQUESTED");

    // the 狮岭 node's staff report the deal in the console, from the contact
    const node = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
    node.on("pageerror", (e) => errors.push(e.message));
    await signIn(node, `${baseUrl}/admin/`, "operator");
    await node.getByTestId("todo-counts").waitFor({ timeout: 90_000 });
    await node.goto(`${baseUrl}/admin/#/supplyChainDeals/create`);
    await node.getByLabel(/供需对接/).click();
    await node.getByRole("option", { name: new RegExp(product.replace(/[()（）]/g, ".")) }).click();
    await node.getByLabel("成交金额（元）").fill("880000");
    await node.getByLabel("成交日期").fill("2026-12-05");
    await screenshot(node, "supply-chain-3-deal", { fullPage: false });
    await node.getByRole("button", { name: "保存" }).click();
    await node.getByRole("row").filter({ hasText: "广州盛世皮革制品有限公司" }).filter({ hasText: "88 万元" }).first().waitFor();
    await screenshot(node, "supply-chain-4-deals");
    const deal = await db.prisma.supplyChainDeal.findFirstOrThrow({ where: { contactId: contact.id } });
    expect(deal).toMatchObject({ local: true, amountFen: 88_000_000n, linkKey: "leather-1", nodeId: "seed-node-SHILING-1" });
    expect(await db.prisma.ledgerRecord.count({ where: { source: "SUPPLY_CHAIN", originId: deal.id } })).toBe(2);

    // the board moves
    await board.reload();
    await tile.getByText(/成交 \d+ 笔/).waitFor({ timeout: 90_000 });
    expect(await tile.innerText()).not.toEqual(before);
    await screenshot(board, "supply-chain-5-board");
    expect(errors).toEqual([]);
  });
});
