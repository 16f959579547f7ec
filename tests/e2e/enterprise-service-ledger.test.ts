import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@qifu/api";
import { screenshot, signIn, startPlatform } from "./harness";

/**
 * The service ledger in a real browser: an enterprise requests a published service on the public
 * site, the node accepts it and records its delivery in the console, the enterprise rates it,
 * complains about it (answered, reopened, answered again, accepted: issue 10 point 13), and the
 * board's enterprise-times of the year moves by one.
 */
describe("an enterprise's service request becomes a rated ledger record", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  it("requests, accepts, delivers, rates; the board counts it", async () => {
    const { baseUrl, browser, db } = platform;
    const prisma = db.prisma;
    const errors: string[] = [];
    // a published product of the operator's node that nobody has requested yet
    const operator = await prisma.user.findUniqueOrThrow({ where: { username: "operator" } });
    const node = await prisma.node.findUniqueOrThrow({ where: { id: operator.nodeId! } });
    const title = "皮具面料色牢度检测服务（端到端）";
    const product = await prisma.serviceProduct.create({
      data: {
        id: "e2e-ledger-product",
        nodeId: node.id,
        townId: node.townId,
        title,
        category: "TECH_SUPPORT",
        content: "对箱包面料进行耐磨、色牢度等检测并出具报告。",
        processSteps: ["预约", "送样", "检测", "出具报告"],
        standard: "五个工作日内出具检测报告",
        timeLimitDays: 5,
        channel: "BOTH",
        status: "PUBLISHED",
        publishedAt: new Date(),
      },
    });
    const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
    const before = await prisma.ledgerRecord.count({
      where: { servedOn: { gte: new Date(`${year}-01-01`), lt: new Date(`${year + 1}-01-01`) } },
    });

    // the enterprise, on a phone, opens the product and requests it (signing in first)
    const enterprise = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 800 } })).newPage();
    enterprise.on("pageerror", (e) => errors.push(e.message));
    await enterprise.goto(`${baseUrl}/services/${product.id}`);
    await enterprise.getByRole("link", { name: "登录企业账号后申请" }).click();
    await enterprise.getByLabel("用户名").fill("enterprise");
    await enterprise.getByLabel("密码").fill(DEMO_PASSWORD);
    await enterprise.getByRole("button", { name: "登录" }).click();
    await enterprise.waitForURL(new RegExp(`/services/${product.id}$`));
    const requestButton = enterprise.getByRole("button", { name: "申请此服务" });
    await requestButton.waitFor();
    await screenshot(enterprise, "ledger-1-product");
    await requestButton.click();
    await enterprise
      .getByRole("dialog")
      .getByLabel(/需求说明/)
      .fill("新一批箱包面料需要做色牢度检测，希望本周安排。");
    await enterprise.getByRole("dialog").getByRole("button", { name: "提交申请" }).click();
    await enterprise.getByText("申请已提交").waitFor();
    await screenshot(enterprise, "ledger-2-requested", { fullPage: false });
    const request = await prisma.serviceRequest.findFirstOrThrow({ where: { productId: product.id } });
    expect(request).toMatchObject({ status: "PENDING", enterpriseId: "seed-enterprise-1", nodeId: node.id, channel: "ONLINE" });

    // the node's staff accept it and record the delivery in the console
    const staff = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
    staff.on("pageerror", (e) => errors.push(e.message));
    await signIn(staff, `${baseUrl}/admin/`, "operator");
    // Wait for the console's home page: the URL is already /admin/#/login while signing in, and a
    // hash change before the sign-in ends is overwritten by its redirect to the home page.
    await staff.getByRole("heading", { name: "我的服务节点" }).waitFor({ timeout: 90_000 }); // the first load fetches every feature's remote
    // as node staff would: the request is in their list of requests, and its row opens it
    await staff.getByRole("menuitem", { name: "服务申请" }).click();
    await staff.locator("table tbody tr").filter({ hasText: title }).click({ timeout: 30_000 });
    await staff.waitForURL(new RegExp(`#/serviceRequests/${request.id}/show$`));
    await staff.getByText("需求说明").first().waitFor();
    await screenshot(staff, "ledger-3-admin-request");
    await staff.getByRole("button", { name: "受理", exact: true }).click();
    await staff.getByRole("dialog").getByRole("button", { name: "确定" }).click();
    await staff.getByRole("dialog").waitFor({ state: "detached" });
    await staff.getByRole("button", { name: "登记服务完成" }).click();
    const dialog = staff.getByRole("dialog");
    await dialog.getByLabel("服务人员").fill("王晓明");
    await dialog.getByLabel("服务内容摘要").fill("完成两批面料色牢度检测并出具报告。");
    await screenshot(staff, "ledger-4-admin-deliver");
    await dialog.getByRole("button", { name: "确定" }).click();
    await dialog.waitFor({ state: "detached" });
    await staff.getByText("已服务").first().waitFor();
    await screenshot(staff, "ledger-5-admin-delivered");
    const delivered = await prisma.serviceRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(delivered.status).toBe("DELIVERED");
    const record = await prisma.ledgerRecord.findUniqueOrThrow({ where: { id: delivered.recordId! } });
    // the delivery form starts from the channel the enterprise asked for
    expect(record).toMatchObject({
      source: "REQUEST",
      enterpriseId: "seed-enterprise-1",
      staffName: "王晓明",
      ratingScore: null,
      channel: request.channel,
    });

    // the enterprise rates it under "my services"
    await enterprise.goto(`${baseUrl}/my/services`);
    const card = enterprise.getByTestId("ledger-record").filter({ hasText: title });
    await card.getByRole("button", { name: "评价" }).click();
    const rate = enterprise.getByRole("dialog");
    const star = await rate.locator('.MuiRating-root input[type="radio"][value="5"]').getAttribute("id");
    await rate.locator(`label[for="${star}"]`).click();
    await screenshot(enterprise, "ledger-6-rate", { fullPage: false });
    await rate.getByRole("button", { name: "提交", exact: true }).click();
    await rate.waitFor({ state: "detached" });
    await card.getByText("已评价").waitFor();
    await screenshot(enterprise, "ledger-7-rated", { fullPage: false });
    expect((await prisma.ledgerRecord.findUniqueOrThrow({ where: { id: record.id } })).ratingScore).toBe(5);

    // issue 10 point 13: the enterprise complains about that service; the town answers in the
    // console, the enterprise reopens it with its reason, the town answers again, the enterprise accepts
    await card.getByRole("button", { name: "投诉", exact: true }).click();
    const complain = enterprise.getByRole("dialog");
    await complain.getByLabel("投诉事项").fill("检测报告晚于承诺时间");
    await complain.getByLabel("投诉内容").fill("约定五个工作日出具报告，实际用了九个工作日，影响了出货。");
    await complain.getByRole("button", { name: "提交", exact: true }).click();
    await complain.waitFor({ state: "detached" });
    const complaint = await prisma.serviceComplaint.findFirstOrThrow({ where: { subject: "检测报告晚于承诺时间" } });
    expect(complaint.status).toBe("FILED");
    expect(complaint.dueAt).not.toBeNull();
    await enterprise.getByText("应答复时间").first().waitFor();
    await screenshot(enterprise, "ledger-9-complaint-filed");

    const town = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
    town.on("pageerror", (e) => errors.push(e.message));
    await signIn(town, `${baseUrl}/admin/`, "shiling");
    await town.getByRole("heading", { name: "待办事项" }).waitFor({ timeout: 90_000 });
    const answerComplaint = async (answer: string) => {
      await town.goto(`${baseUrl}/admin/#/serviceComplaints/${complaint.id}/show`);
      await town.reload(); // the second time the hash is the same: load the complaint afresh
      const handle = town.getByRole("button", { name: "受理投诉" });
      await Promise.race([handle.waitFor(), town.getByRole("button", { name: "答复", exact: true }).waitFor()]);
      if (await handle.count()) {
        await handle.click();
        await town.getByRole("dialog").getByRole("button", { name: "确定" }).click();
        await town.getByRole("dialog").waitFor({ state: "detached" });
      }
      await town.getByRole("button", { name: "答复", exact: true }).click();
      await town.getByRole("dialog").getByRole("textbox").first().fill(answer);
      await town.getByRole("dialog").getByRole("button", { name: "确定" }).click();
      await town.getByRole("dialog").waitFor({ state: "detached" });
      await town.getByText("已答复").first().waitFor();
    };
    await answerComplaint("已约谈服务节点，后续检测按承诺时限出具报告。");
    await screenshot(town, "ledger-10-admin-complaint-answered");

    await enterprise.goto(`${baseUrl}/my/services`);
    await enterprise.getByRole("button", { name: "不满意，重新处理" }).click();
    const reopen = enterprise.getByRole("dialog");
    await reopen.getByRole("textbox").first().fill("仍未说明本次延误如何补救。");
    await reopen.getByRole("button", { name: "提交", exact: true }).click();
    await reopen.waitFor({ state: "detached" });
    await enterprise.getByText("已重新处理").first().waitFor();
    expect(await prisma.serviceComplaint.findUniqueOrThrow({ where: { id: complaint.id } })).toMatchObject({
      status: "HANDLING",
      reopenCount: 1,
      reopenReason: "仍未说明本次延误如何补救。",
    });

    await answerComplaint("节点已减免本次检测费用，并承诺后续按时出具。");
    await enterprise.goto(`${baseUrl}/my/services`);
    await enterprise.getByRole("button", { name: "接受答复" }).click();
    await enterprise.getByRole("dialog").getByRole("button", { name: "提交", exact: true }).click();
    await enterprise.getByRole("dialog").waitFor({ state: "detached" });
    await screenshot(enterprise, "ledger-11-complaint-accepted");
    expect((await prisma.serviceComplaint.findUniqueOrThrow({ where: { id: complaint.id } })).status).toBe("CLOSED");

    // the board's enterprise-times of the year is one more than before
    const board = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
    board.on("pageerror", (e) => errors.push(e.message));
    await signIn(board, `${baseUrl}/board/login`, "district");
    await board.waitForURL((u) => !u.pathname.endsWith("/login"));
    await board.goto(`${baseUrl}/board/ledger`);
    await board.getByText("服务企业家次").first().waitFor();
    await board
      .getByText(new Intl.NumberFormat("zh-CN").format(before + 1), { exact: true })
      .first()
      .waitFor();
    await screenshot(board, "ledger-8-board");
    expect(errors).toEqual([]);
  });
});
