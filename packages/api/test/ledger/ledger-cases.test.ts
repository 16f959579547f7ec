import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { formatShanghai, fromShanghai } from "@qifu/domain";
import { makeContext, type TSessionUser } from "@qifu/trpc-core";
import { sweepLedger } from "@qifu/feature-ledger/server";
import { appRouter, codeOf, createCallerFactory, createTestPlatform } from "../../src";

const createCaller = createCallerFactory(appRouter);
const at = (date: string, hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return fromShanghai(date, h * 60 + m);
};

/**
 * Service requests and complaints as cases (issue 10 points 12–13): case numbers, due dates on
 * the working calendar, the overdue sweep, notifications, the enterprise's accept/reopen and the
 * return visit a low rating opens — each from the side of the user who must be refused too.
 */
describe(`ledger cases on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let clock = at("2026-03-09", "10:00"); // a Monday
  const users = new Map<string, TSessionUser>();
  const as = (username: string) => createCaller(makeContext(p.prisma, users.get(username)!, { now: () => clock }));
  let nodeA: string;
  let townA: string;
  let seq = 0;
  /** A fresh published product of node A with this time limit (one open request per product and enterprise). */
  const product = async (timeLimitDays = 5) =>
    (
      await p.prisma.serviceProduct.create({
        data: {
          id: `lc-product-${++seq}`,
          nodeId: nodeA,
          townId: townA,
          title: `测试服务产品 ${seq}`,
          category: "TECH_SUPPORT",
          content: "测试用服务产品。",
          processSteps: ["申请", "办理"],
          standard: "按公开标准办理",
          timeLimitDays,
          channel: "BOTH",
          status: "PUBLISHED",
          publishedAt: new Date(),
        },
      })
    ).id;
  const request = async (username = "enterprise", timeLimitDays = 5) =>
    as(username).serviceRequests.create({ productId: await product(timeLimitDays), channel: "ONLINE", note: "需要测试服务，请安排。" });
  const inbox = (userId: string, kind: string) => p.prisma.notification.findMany({ where: { userId, kind } });

  beforeAll(async () => {
    p = await createTestPlatform();
    const operator = await p.userOf("operator");
    nodeA = operator.nodeId!;
    townA = (await p.prisma.node.findUniqueOrThrow({ where: { id: nodeA } })).townId!;
    const xinhua = await p.townId("XINHUA");
    const nodeB = (await p.prisma.node.findFirstOrThrow({ where: { townId: xinhua } })).id;
    const hash = (await p.prisma.user.findUniqueOrThrow({ where: { username: "operator" } })).passwordHash;
    await p.prisma.enterprise.create({ data: { id: "lc-ent-b", creditCode: "91440114LC0000B01", name: "案件测试企业B", townId: xinhua } });
    await p.prisma.user.create({
      data: {
        id: "lc-user-ent-b",
        username: "lc-enterprise-b",
        displayName: "企业B",
        role: "ENTERPRISE",
        passwordHash: hash,
        townId: xinhua,
        enterpriseId: "lc-ent-b",
      },
    });
    await p.prisma.user.create({
      data: {
        id: "lc-user-op-b",
        username: "lc-operator-b",
        displayName: "B节点人员",
        role: "NODE_OPERATOR",
        passwordHash: hash,
        townId: xinhua,
        nodeId: nodeB,
      },
    });
    for (const u of ["district", "shiling", "xinhua", "operator", "enterprise", "lc-enterprise-b", "lc-operator-b"])
      users.set(u, await p.userOf(u));
  }, 600_000);
  afterAll(() => p?.close());

  it("requests and appeals submitted at once get unique, gapless numbers of their own prefix (one shared counter table)", async () => {
    clock = at("2026-03-09", "10:00");
    const products = await Promise.all(Array.from({ length: 24 }, () => product()));
    const category = (await p.prisma.appealCategory.findFirstOrThrow({ where: { active: true } })).id;
    const before = (await p.prisma.caseCounter.findUnique({ where: { id: "FW-2026" } }))?.last ?? 0;
    const results = await Promise.all([
      ...products.map((productId, i) =>
        as(i % 2 ? "enterprise" : "lc-enterprise-b").serviceRequests.create({ productId, channel: "ONLINE", note: `并发申请 ${i}` }),
      ),
      ...Array.from({ length: 8 }, (_, i) =>
        as("enterprise").appeals.create({ title: `并发诉求 ${i}`, description: "并发提交：编号必须唯一。", categoryId: category }),
      ),
    ]);
    const fw = results
      .slice(0, 24)
      .map((r) => r.number)
      .sort();
    const hd = results.slice(24).map((r) => r.number);
    expect(new Set(fw).size).toBe(24);
    expect(fw[0]).toBe(`FW-2026-${String(before + 1).padStart(6, "0")}`);
    expect(fw[23]).toBe(`FW-2026-${String(before + 24).padStart(6, "0")}`);
    expect(new Set(hd).size).toBe(8);
    for (const n of hd) expect(n).toMatch(/^HD-2026-\d{6}$/);
    expect((await p.prisma.caseCounter.findUniqueOrThrow({ where: { id: "FW-2026" } })).last).toBe(before + 24);
    // a refused request takes no number
    expect(
      await codeOf(as("enterprise").serviceRequests.create({ productId: "no-such-product", channel: "ONLINE", note: "不存在的产品" })),
    ).toBe("VALIDATION");
    expect((await request()).number).toBe(`FW-2026-${String(before + 25).padStart(6, "0")}`);
  });

  it("the due date is the product's time limit in working days on the calendar, skipping a holiday", async () => {
    clock = at("2026-03-09", "10:00"); // Monday
    const plain = await request("enterprise", 2);
    expect(formatShanghai(new Date(plain.dueAt!)).slice(0, 10)).toBe("2026-03-11"); // Tue, Wed
    await p.prisma.calendarDay.upsert({
      where: { date: "2026-03-10" },
      create: { id: "lc-holiday", date: "2026-03-10", kind: "HOLIDAY", name: "测试假日" },
      update: { kind: "HOLIDAY" },
    });
    const across = await request("enterprise", 2);
    expect(formatShanghai(new Date(across.dueAt!)).slice(0, 10)).toBe("2026-03-12"); // Tue is off: Wed, Thu
    await p.prisma.calendarDay.delete({ where: { date: "2026-03-10" } });
  });

  it("the node's staff are told of a new request, another node's are not; the case page shows number, due date and timeline", async () => {
    clock = at("2026-03-09", "10:00");
    const r = await request();
    const mine = await inbox(users.get("operator")!.id, "ledger.request.new");
    expect(mine.some((n) => n.titleZh.includes(r.number) && n.link === `/admin/#/serviceRequests/${r.id}/show`)).toBe(true);
    expect(await inbox("lc-user-op-b", "ledger.request.new")).toHaveLength(0);
    const detail = await as("enterprise").serviceRequests.detail({ id: r.id });
    expect(detail).toMatchObject({ number: r.number, dueAt: r.dueAt, timeLimitDays: 5, handlerName: null, overdue: false });
    expect(detail.timeline.map((e) => e.kind)).toEqual(["SUBMIT"]);
    await as("operator").serviceRequests.accept({ id: r.id });
    const accepted = await as("enterprise").serviceRequests.detail({ id: r.id });
    expect(accepted.handlerName).toBe(users.get("operator")!.displayName);
    expect(accepted.timeline.map((e) => e.kind)).toEqual(["SUBMIT", "ACCEPT"]);
    // another enterprise and another node's staff do not see the case
    expect(await codeOf(as("lc-enterprise-b").serviceRequests.detail({ id: r.id }))).toBe("NOT_FOUND");
    expect(await codeOf(as("lc-operator-b").serviceRequests.detail({ id: r.id }))).toBe("NOT_FOUND");
  });

  it("the sweep flags an open request past its due time once and reminds the node and its town", async () => {
    clock = at("2026-03-09", "10:00");
    const r = await request("enterprise", 1); // due Tue 10 March, close of business
    const done = await request("enterprise", 1);
    await as("operator").serviceRequests.decline({ id: done.id, reason: "测试拒绝" });
    expect((await sweepLedger(p.prisma, at("2026-03-10", "12:00"))).requests).toBe(0);
    const late = at("2026-03-11", "09:30");
    await sweepLedger(p.prisma, late);
    expect(await sweepLedger(p.prisma, at("2026-03-11", "09:40"))).toMatchObject({ requests: 0 }); // idempotent
    clock = late;
    const detail = await as("enterprise").serviceRequests.detail({ id: r.id });
    expect(detail.overdue).toBe(true);
    expect(detail.timeline.map((e) => e.kind)).toContain("OVERDUE");
    expect((await as("enterprise").serviceRequests.detail({ id: done.id })).overdue).toBe(false); // closed: never overdue
    const reminders = (await inbox(users.get("operator")!.id, "ledger.request.overdue")).filter((n) => n.titleZh.includes(r.number));
    expect(reminders).toHaveLength(1);
    expect((await inbox(users.get("shiling")!.id, "ledger.request.overdue")).filter((n) => n.titleZh.includes(r.number))).toHaveLength(1);
    expect(await inbox("lc-user-op-b", "ledger.request.overdue")).toHaveLength(0);
    const overdueList = await as("operator").serviceRequests.list({ pagination: { page: 1, perPage: 100 }, filter: { overdue: true } });
    expect(overdueList.data.map((x) => x.id)).toContain(r.id);
    expect(overdueList.data.every((x) => x.overdue)).toBe(true);
    // 我的服务: the open requests on their own, first
    const open = await as("enterprise").serviceRequests.list({ pagination: { page: 1, perPage: 100 }, filter: { open: true } });
    expect(open.data.every((x) => x.status === "PENDING" || x.status === "ACCEPTED")).toBe(true);
    expect(open.data.map((x) => x.id)).not.toContain(done.id);
  });

  it("complaints: time limit from the setting, town and node told, overdue flagged; only the complaining enterprise accepts or reopens", async () => {
    clock = at("2026-03-09", "10:00");
    expect(await codeOf(as("shiling").serviceComplaints.setSettings({ complaintLimitDays: 3 }))).toBe("FORBIDDEN");
    await as("district").serviceComplaints.setSettings({ complaintLimitDays: 3 });
    expect(await as("shiling").serviceComplaints.settings()).toEqual({ complaintLimitDays: 3 });
    const c = await as("enterprise").serviceComplaints.create({
      nodeId: nodeA,
      subject: "服务超时未办结",
      content: "申请的检测服务超过公开时限仍未办理。",
    });
    expect(formatShanghai(new Date(c.dueAt!)).slice(0, 10)).toBe("2026-03-12"); // 3 working days
    const told = async (u: string) =>
      (await inbox(u, "ledger.complaint.new")).filter((n) => n.link === `/admin/#/serviceComplaints/${c.id}/show`).length;
    expect(await told(users.get("shiling")!.id)).toBe(1);
    expect(await told(users.get("operator")!.id)).toBe(1);
    expect(await told(users.get("xinhua")!.id)).toBe(0);
    expect(await told("lc-user-op-b")).toBe(0);

    await sweepLedger(p.prisma, at("2026-03-13", "09:00"));
    clock = at("2026-03-13", "09:00");
    const overdue = await as("shiling").serviceComplaints.list({ pagination: { page: 1, perPage: 50 }, filter: { overdue: true } });
    expect(overdue.data.find((x) => x.id === c.id)?.overdue).toBe(true);
    expect((await inbox(users.get("shiling")!.id, "ledger.complaint.overdue")).length).toBeGreaterThan(0);

    await as("shiling").serviceComplaints.handle({ id: c.id });
    // not answered yet: nothing to accept
    expect(await codeOf(as("enterprise").serviceComplaints.accept({ id: c.id }))).toBe("CONFLICT");
    await as("shiling").serviceComplaints.answer({ id: c.id, answer: "已督促节点三日内完成检测。" });
    expect((await inbox(users.get("enterprise")!.id, "ledger.complaint.answered")).length).toBeGreaterThan(0);
    // refused for everyone but the complaining enterprise
    expect(await codeOf(as("lc-enterprise-b").serviceComplaints.accept({ id: c.id }))).toBe("NOT_FOUND");
    expect(await codeOf(as("lc-enterprise-b").serviceComplaints.reopen({ id: c.id, reason: "别人的投诉" }))).toBe("NOT_FOUND");
    expect(await codeOf(as("operator").serviceComplaints.accept({ id: c.id }))).toBe("FORBIDDEN");
    expect(await codeOf(as("shiling").serviceComplaints.reopen({ id: c.id, reason: "镇街不能代企业" }))).toBe("FORBIDDEN");

    const reopened = await as("enterprise").serviceComplaints.reopen({ id: c.id, reason: "节点仍未联系我们。" });
    expect(reopened).toMatchObject({ status: "HANDLING", reopenCount: 1, reopenReason: "节点仍未联系我们。", overdue: false });
    expect(formatShanghai(new Date(reopened.dueAt!)).slice(0, 10)).toBe("2026-03-18"); // a new clock: Mon 16, Tue 17, Wed 18
    expect((await inbox(users.get("shiling")!.id, "ledger.complaint.reopened")).length).toBe(1);
    await as("shiling").serviceComplaints.answer({ id: c.id, answer: "节点已上门联系并完成检测。" });
    const accepted = await as("enterprise").serviceComplaints.accept({ id: c.id });
    expect(accepted.status).toBe("CLOSED");
    expect(accepted.acceptedAt).not.toBeNull();
    expect(await codeOf(as("enterprise").serviceComplaints.reopen({ id: c.id, reason: "再来一次" }))).toBe("CONFLICT");
  });

  it("a rating of 3 or less opens a return visit at once (not only unrated records); the call follows it up", async () => {
    clock = at("2026-03-20", "10:00");
    const served = {
      enterpriseId: "seed-enterprise-1",
      nodeId: nodeA,
      category: "TECH_SUPPORT" as const,
      servedOn: "2026-03-20",
      channel: "OFFLINE" as const,
      staffName: "王晓明",
      summary: "上门检测并出具报告。",
    };
    const low = await as("operator").ledgerRecords.create(served);
    const high = await as("operator").ledgerRecords.create(served);
    await as("enterprise").ledgerRecords.rate({ id: low.id, score: 3, reasons: ["SLOW"] });
    await as("enterprise").ledgerRecords.rate({ id: high.id, score: 5 });
    const queue = async (u: string) =>
      (await as(u).ledgerRecords.returnVisits({ pagination: { page: 1, perPage: 100 }, filter: { nodeId: nodeA } })).data.map((r) => r.id);
    expect(await queue("shiling")).toContain(low.id);
    expect(await queue("shiling")).not.toContain(high.id);
    expect(await queue("xinhua")).not.toContain(low.id);
    expect((await inbox(users.get("shiling")!.id, "ledger.rating.low")).length).toBeGreaterThan(0);
    // the follow-up keeps the enterprise's score; a well-rated record needs no call
    expect(await codeOf(as("shiling").ledgerRecords.visit({ id: high.id, outcome: "REACHED", note: "回访" }))).toBe("CONFLICT");
    expect(await codeOf(as("shiling").ledgerRecords.visit({ id: low.id, outcome: "REACHED", note: "回访", score: 5 }))).toBe("VALIDATION");
    const visited = await as("shiling").ledgerRecords.visit({ id: low.id, outcome: "REACHED", note: "已致电企业，节点承诺加快办理。" });
    expect(visited).toMatchObject({ ratingScore: 3, visitOutcome: "REACHED" });
    expect(await queue("shiling")).not.toContain(low.id);
  });
});
