import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TAppealDetail } from "@qifu/feature-appeals/schemas";
import { testDatabaseKind } from "@qifu/db/testing";
import { formatShanghai, fromShanghai, HOUR_MS } from "@qifu/domain";
import { appErrorBody, makeContext, type TSessionUser } from "@qifu/trpc-core";
import { startAppealsScheduler, sweepAppeals } from "@qifu/feature-appeals/server";
import { appRouter, createCallerFactory, createTestPlatform } from "../../src";

const createCaller = createCallerFactory(appRouter);
/** The error code the client would see ("OK" when the call succeeds). */
const code = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e) => appErrorBody(e, "test").code,
  );
const at = (date: string, hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return fromShanghai(date, h * 60 + m);
};

describe(`appeals (暖企专员): intake, routing, scope, closed loop, time limits on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  /** The injected clock every caller and the sweep see. */
  let clock = at("2026-03-09", "10:00"); // a Monday
  const users = new Map<string, TSessionUser>();
  const as = (username: string) => createCaller(makeContext(p.prisma, users.get(username)!, { now: () => clock }));
  let cat: Record<string, string>;
  let shilingTown: string;

  const file = (username = "enterprise", extra: Record<string, unknown> = {}) =>
    as(username).appeals.create({
      title: "厂房用电增容申请迟迟未批",
      description: "我司新增生产线需要增容到 800kVA，申请已提交两个月仍无回复。",
      categoryId: cat.POLICY,
      ...extra,
    });

  beforeAll(async () => {
    p = await createTestPlatform();
    const { prisma } = p;
    shilingTown = (await prisma.town.findUniqueOrThrow({ where: { code: "SHILING" } })).id;
    const xinhuaTown = (await prisma.town.findUniqueOrThrow({ where: { code: "XINHUA" } })).id;
    const hash = (await prisma.user.findUniqueOrThrow({ where: { username: "enterprise" } })).passwordHash;
    // a second enterprise (in 新华) with its own account, and a second commissioner with none of ours
    await prisma.enterprise.create({
      data: { id: "ap-ent-b", creditCode: "91440114AP00000B0", name: "广州新华测试贸易有限公司", townId: xinhuaTown },
    });
    await prisma.user.create({
      data: {
        id: "ap-user-b",
        username: "enterprise-b",
        displayName: "新华测试贸易",
        role: "ENTERPRISE",
        passwordHash: hash,
        townId: xinhuaTown,
        enterpriseId: "ap-ent-b",
      },
    });
    await prisma.user.create({
      data: { id: "ap-user-c2", username: "commissioner-2", displayName: "暖企专员·李华", role: "COMMISSIONER", passwordHash: hash },
    });
    for (const u of [
      "district",
      "shiling",
      "xinhua",
      "handler",
      "commissioner",
      "commissioner-2",
      "enterprise",
      "enterprise-b",
      "evaluator",
      "operator",
    ])
      users.set(u, await p.userOf(u));
    cat = Object.fromEntries((await prisma.appealCategory.findMany()).map((c) => [c.code, c.id]));
  });
  afterAll(() => p.close());

  it("200 concurrent submissions get 200 distinct, gapless numbers of the year", async () => {
    clock = at("2026-03-09", "10:00");
    const before = await p.prisma.appeal.count({ where: { year: 2026 } });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        as(i % 2 ? "enterprise" : "commissioner").appeals.create({
          title: `并发测试诉求 ${i}`,
          description: "并发提交测试：编号必须唯一且连续。",
          categoryId: cat.OTHER,
          enterpriseId: i % 2 ? undefined : "seed-enterprise-1",
        }),
      ),
    );
    const numbers = results.map((r) => r.number).sort();
    expect(new Set(numbers).size).toBe(200);
    expect(numbers[0]).toBe(`HD-2026-${String(before + 1).padStart(6, "0")}`);
    expect(numbers[199]).toBe(`HD-2026-${String(before + 200).padStart(6, "0")}`);
    const counter = await p.prisma.caseCounter.findUniqueOrThrow({ where: { id: "HD-2026" } });
    expect(counter.last).toBe(before + 200);
    // a refused submission takes no number: the next one follows on
    expect(await code(file("enterprise", { categoryId: "no-such-category" }))).toBe("VALIDATION");
    expect((await file()).number).toBe(`HD-2026-${String(before + 201).padStart(6, "0")}`);
    // the year is Shanghai's: 2026-12-31 23:30 in Shanghai is 15:30 UTC, still 2026; 00:30 on 1 January is 2027
    clock = new Date("2026-12-31T16:30:00Z");
    expect((await file()).number).toBe("HD-2027-000001");
    clock = at("2026-03-09", "10:00");
    await p.prisma.appeal.deleteMany({ where: { title: { startsWith: "并发测试诉求" } } });
  });

  it("routes by category × town to a town unit or a department, with a default", async () => {
    const policy = await file();
    expect(policy.unit).toMatchObject({ kind: "TOWN", id: shilingTown });
    const labour = await file("enterprise", { categoryId: cat.TALENT_LABOUR });
    expect(labour.unit).toMatchObject({ kind: "DEPARTMENT", id: "seed-dept-HRSS", name: "区人力资源和社会保障局" });
    expect(labour.events.map((e) => e.kind)).toEqual(["SUBMIT", "ROUTE", "SLA_ACTIVATE"]);

    const district = as("district");
    // a category × town rule is more specific than the category rule
    const rule = await district.appealRoutes.create({
      categoryId: cat.TALENT_LABOUR,
      townId: shilingTown,
      unitKind: "TOWN",
      unitTownId: shilingTown,
    });
    expect((await file("enterprise", { categoryId: cat.TALENT_LABOUR })).unit).toMatchObject({ kind: "TOWN", id: shilingTown });
    await district.appealRoutes.delete({ id: rule.id });
    // no town rule → the default (区科技工业信息化局)
    const townRule = await p.prisma.appealRoute.findFirstOrThrow({ where: { townId: shilingTown, categoryId: null } });
    await district.appealRoutes.delete({ id: townRule.id });
    expect((await file()).unit).toMatchObject({ kind: "DEPARTMENT", id: "seed-dept-STI" });
    await district.appealRoutes.create({ townId: shilingTown, unitKind: "TOWN", unitTownId: shilingTown });

    // only district admins configure routing, and a rule names a real unit
    expect(await code(as("shiling").appealRoutes.create({ unitKind: "TOWN", unitTownId: shilingTown }))).toBe("FORBIDDEN");
    expect(await code(district.appealRoutes.create({ categoryId: cat.POLICY, unitKind: "DEPARTMENT", unitDepartmentId: "nope" }))).toBe(
      "VALIDATION",
    );
    // one default only
    expect(await code(district.appealRoutes.create({ unitKind: "DEPARTMENT", unitDepartmentId: "seed-dept-COMMERCE" }))).toBe("CONFLICT");
  });

  it("refuses a unit outside the route, another enterprise, and a commissioner of other enterprises", async () => {
    const a = await file();
    // outside the route: another town, a department, a node operator, an evaluator
    for (const who of ["xinhua", "handler"]) {
      expect(await code(as(who).appeals.get({ id: a.id }))).toBe("NOT_FOUND");
      expect((await as(who).appeals.list({ filter: { enterpriseId: "seed-enterprise-1" } })).total).toBe(0);
      expect(await code(as(who).appeals.accept({ id: a.id }))).toBe("NOT_FOUND");
    }
    for (const who of ["operator", "evaluator"]) expect(await code(as(who).appeals.get({ id: a.id }))).toBe("FORBIDDEN");
    expect(await code(createCaller(makeContext(p.prisma, null)).appeals.get({ id: a.id }))).toBe("UNAUTHENTICATED");
    // another enterprise sees nothing of it and cannot act on it
    const b = as("enterprise-b");
    expect(await code(b.appeals.get({ id: a.id }))).toBe("NOT_FOUND");
    expect((await b.appeals.list({})).data.every((x) => x.enterpriseId === "ap-ent-b")).toBe(true);
    expect(await code(b.appeals.withdraw({ id: a.id }))).toBe("NOT_FOUND");
    // an enterprise cannot file in another's name
    expect(
      await code(
        b.appeals.create({
          title: "冒名提交测试",
          description: "试图以其他企业名义提交诉求。",
          categoryId: cat.OTHER,
          enterpriseId: "seed-enterprise-1",
        }),
      ),
    ).toBe("FORBIDDEN");
    // the commissioner of this enterprise sees it; another commissioner does not, nor may file for it
    expect((await as("commissioner").appeals.get({ id: a.id })).number).toBe(a.number);
    expect(await code(as("commissioner-2").appeals.get({ id: a.id }))).toBe("NOT_FOUND");
    expect(
      await code(
        as("commissioner-2").appeals.create({
          title: "代录测试诉求",
          description: "为不属于自己的企业代录诉求。",
          categoryId: cat.OTHER,
          enterpriseId: "seed-enterprise-1",
        }),
      ),
    ).toBe("FORBIDDEN");
    // the unit on the route reads it; a commissioner reads but cannot handle it
    expect((await as("shiling").appeals.get({ id: a.id })).id).toBe(a.id);
    expect(await code(as("commissioner").appeals.accept({ id: a.id }))).toBe("FORBIDDEN");
    // nothing refused above was written
    expect((await as("district").appeals.get({ id: a.id })).events.map((e) => e.kind)).toEqual(["SUBMIT", "ROUTE", "SLA_ACTIVATE"]);
  });

  it("a send-back tells the enterprise who declined, why, and where it went; the decliner loses sight of it", async () => {
    const a = await file();
    const sent = await as("shiling").appeals.sendBack({ id: a.id, reason: "涉及供电增容审批，属区级部门职能" });
    expect(sent.unit).toMatchObject({ kind: "DEPARTMENT", id: "seed-dept-STI" }); // the default rule, skipping the decliner
    const seen = await as("enterprise").appeals.get({ id: a.id });
    const back = seen.events.find((e) => e.kind === "SEND_BACK")!;
    expect(back.note).toBe("涉及供电增容审批，属区级部门职能");
    expect(back.data).toMatchObject({
      from: { kind: "TOWN", name: "狮岭镇企业服务部门" },
      to: { kind: "DEPARTMENT", name: "区科技工业信息化局" },
    });
    expect(await code(as("shiling").appeals.get({ id: a.id }))).toBe("NOT_FOUND");
    // a named next unit
    await as("district").appeals.reassign({ id: a.id, unit: { kind: "TOWN", id: shilingTown } });
    const to = await as("shiling").appeals.sendBack({
      id: a.id,
      reason: "属商务部门职能范围",
      suggest: { kind: "DEPARTMENT", id: "seed-dept-COMMERCE" },
    });
    expect(to.unit.name).toBe("区商务局");
    expect((await as("handler").appeals.get({ id: a.id })).status).toBe("SUBMITTED");
    // a reason is required
    expect(await code(as("handler").appeals.sendBack({ id: a.id, reason: "" }))).toBe("VALIDATION");
  });

  it("runs the closed loop; closed, resolved, satisfied and reopened are separate facts; reopen only by the submitter within 15 days", async () => {
    clock = at("2026-03-09", "10:00");
    const a = await file();
    const unit = as("shiling").appeals;
    await unit.accept({ id: a.id, note: "已受理" });
    await unit.start({ id: a.id });
    clock = at("2026-03-10", "15:00");
    const answered = await unit.answer({ id: a.id, answer: "已协调供电局现场勘查，预计两周内完成增容。", resolved: false });
    expect(answered).toMatchObject({ status: "ANSWERED", resolved: false, closedAt: null });
    // the enterprise is not satisfied: reopen (not a commissioner, not another enterprise, not the unit)
    expect(await code(as("commissioner").appeals.reopen({ id: a.id, reason: "代企业要求重新办理" }))).toBe("FORBIDDEN");
    expect(await code(as("enterprise-b").appeals.reopen({ id: a.id, reason: "不相干企业要求重办" }))).toBe("NOT_FOUND");
    expect(await code(unit.reopen({ id: a.id, reason: "单位自行重办" }))).toBe("FORBIDDEN");
    const reopened = await as("enterprise").appeals.reopen({ id: a.id, reason: "两周太久，生产线下周投产" });
    expect(reopened).toMatchObject({ status: "IN_PROGRESS", reopenCount: 1 });
    clock = at("2026-03-12", "11:00");
    await unit.answer({ id: a.id, answer: "供电局已于今日完成增容并送电。", resolved: true });
    const confirmed = await as("enterprise").appeals.confirm({ id: a.id, satisfaction: 5, resolved: true, note: "非常及时" });
    expect(confirmed).toMatchObject({ status: "CONFIRMED", satisfaction: 5, resolved: true, reopenCount: 1, closedAt: null });
    const closed = await unit.close({ id: a.id });
    expect(closed.status).toBe("CLOSED");
    expect(closed.closedAt).not.toBeNull();
    // the timeline: every step with actor and time
    const kinds = closed.events.map((e) => e.kind);
    expect(kinds).toEqual([
      "SUBMIT",
      "ROUTE",
      "SLA_ACTIVATE",
      "ACCEPT",
      "SLA_FULFIL",
      "START",
      "ANSWER",
      "SLA_FULFIL",
      "REOPEN",
      "SLA_ACTIVATE",
      "ANSWER",
      "SLA_FULFIL",
      "CONFIRM",
      "CLOSE",
    ]);
    expect(closed.events.find((e) => e.kind === "ACCEPT")).toMatchObject({ actorName: "狮岭镇企业服务部·管理员", note: "已受理" });
    // 15 days after closing it can still be reopened; a day later it cannot
    clock = new Date(new Date(closed.closedAt!).getTime() + 15 * 86_400_000 + 60_000);
    expect(await code(as("enterprise").appeals.reopen({ id: a.id, reason: "仍有问题需要处理" }))).toBe("CONFLICT");
    clock = new Date(new Date(closed.closedAt!).getTime() + 14 * 86_400_000);
    expect((await as("enterprise").appeals.reopen({ id: a.id, reason: "送电后电压不稳" })).reopenCount).toBe(2);
    // steps out of order are refused
    expect(await code(as("enterprise").appeals.confirm({ id: a.id, satisfaction: 3, resolved: false }))).toBe("CONFLICT");
  });

  it("a withdrawn appeal is queued for a call-back", async () => {
    const a = await file();
    const w = await as("enterprise").appeals.withdraw({ id: a.id, note: "问题已自行解决" });
    expect(w.status).toBe("WITHDRAWN");
    // the call-back queue is internal: the enterprise's answer does not carry it, staff read it
    expect(Object.keys(w)).not.toContain("callbackPending");
    expect(await as("commissioner").appeals.get({ id: a.id })).toMatchObject({ callbackPending: true });
    expect((await as("commissioner").appeals.callbackDone({ id: a.id, note: "电话回访：确系企业本意" })).callbackPending).toBe(false);
  });

  it("pauses the clock while waiting on the enterprise and moves the deadline by the working time paused", async () => {
    clock = at("2026-09-28", "10:00"); // Monday before National Day
    const a = await file(); // POLICY: 5 working days → 9/29, 9/30, 10/8, 10/9, 10/10 (make-up Saturday)
    expect(formatShanghai(new Date(a.resolveDueAt))).toBe("2026-10-10 18:00");
    expect(formatShanghai(new Date(a.ackDueAt))).toBe("2026-09-29 10:00"); // 7 working hours: 2 + 4 on Monday, 1 on Tuesday
    await as("shiling").appeals.accept({ id: a.id });
    clock = at("2026-09-29", "16:00");
    const paused = await as("shiling").appeals.requestInfo({ id: a.id, note: "请补充供电局受理回执" });
    expect(paused.paused).toBe(true);
    expect(await code(as("enterprise-b").appeals.supplement({ id: a.id, note: "不相干企业" }))).toBe("NOT_FOUND");
    // paused over the holiday: 9/29 16–18 (2 h) + 9/30 (7 h) = 9 working hours; the week off counts nothing
    clock = at("2026-10-08", "09:00");
    await sweepAppeals(p.prisma, clock);
    expect((await as("district").appeals.get({ id: a.id })).events.some((e) => e.kind === "SLA_BREACH" || e.kind === "SLA_WARN")).toBe(
      false,
    );
    const resumed = await as("enterprise").appeals.supplement({ id: a.id, note: "已上传回执扫描件" });
    expect(resumed.paused).toBe(false);
    // 10/10 18:00 + 9 working hours = 10/12 (Mon) 7 h + 10/13 09:00–11:00 → 10/13 11:00
    expect(formatShanghai(new Date(resumed.resolveDueAt))).toBe("2026-10-13 11:00");
    const resume = resumed.events.find((e) => e.kind === "SLA_RESUME")!;
    expect(resume.data).toMatchObject({ pausedWorkingMs: 9 * HOUR_MS });
  });

  it("warns before a breach, records the breach and supervises automatically (reminder → yellow → red), once each", async () => {
    clock = at("2026-03-16", "09:00"); // Monday
    const a = await file(); // ack by 18:00 Monday, resolve by Monday 3/23 18:00
    const kindsOf = async () =>
      (await as("district").appeals.get({ id: a.id })).events.map((e) => e.kind).filter((k) => k.startsWith("SLA_") || k === "SUPERVISE");
    await sweepAppeals(p.prisma, at("2026-03-16", "11:00"));
    expect(await kindsOf()).toEqual(["SLA_ACTIVATE"]);
    await sweepAppeals(p.prisma, at("2026-03-16", "15:30")); // 2.5 h left: nothing yet
    expect(await kindsOf()).toEqual(["SLA_ACTIVATE"]);
    await sweepAppeals(p.prisma, at("2026-03-16", "17:15")); // under an hour left
    expect(await kindsOf()).toEqual(["SLA_ACTIVATE", "SLA_WARN"]);
    await sweepAppeals(p.prisma, at("2026-03-17", "09:30"));
    await sweepAppeals(p.prisma, at("2026-03-17", "09:40")); // a second sweep adds nothing
    expect(await kindsOf()).toEqual(["SLA_ACTIVATE", "SLA_WARN", "SLA_BREACH", "SUPERVISE"]);
    expect(((await as("shiling").appeals.get({ id: a.id })) as TAppealDetail).supervisionLevel).toBe("REMINDER");
    // the unit accepts late: no "fulfil"; then the resolution limit runs out
    clock = at("2026-03-17", "10:00");
    await as("shiling").appeals.accept({ id: a.id });
    await sweepAppeals(p.prisma, at("2026-03-23", "10:00")); // 1 working day left → warning
    await sweepAppeals(p.prisma, at("2026-03-24", "09:30")); // overdue → yellow
    // the enterprise sees the breach, not the supervision (督办 is internal, issue 11 point 5)
    const own = await as("enterprise").appeals.get({ id: a.id });
    expect(own).toMatchObject({ resolveBreached: true });
    expect(own).not.toHaveProperty("supervisionLevel");
    let seen = (await as("district").appeals.get({ id: a.id })) as TAppealDetail;
    expect(seen).toMatchObject({ supervisionLevel: "YELLOW", resolveBreached: true });
    await sweepAppeals(p.prisma, at("2026-03-26", "17:00")); // 2 days 6 h late: still yellow
    expect(((await as("district").appeals.get({ id: a.id })) as TAppealDetail).supervisionLevel).toBe("YELLOW");
    await sweepAppeals(p.prisma, at("2026-03-26", "18:00")); // 3 working days late → red card to the district
    seen = (await as("district").appeals.get({ id: a.id })) as TAppealDetail;
    expect(seen.supervisionLevel).toBe("RED");
    expect(seen.events.filter((e) => e.kind === "SUPERVISE").map((e) => (e.data as any).level)).toEqual(["REMINDER", "YELLOW", "RED"]);
    expect(seen.events.filter((e) => e.kind === "SLA_BREACH").length).toBe(2);
    expect((await as("district").appeals.list({ filter: { supervisionLevel: "RED" } })).data.map((x) => x.id)).toContain(a.id);
  });

  it("the scheduler runs the sweep on its own (injected) clock, never two runs at once", async () => {
    clock = at("2026-04-07", "09:00"); // Tuesday after 清明 (4/4–4/6): acknowledge by 18:00
    const a = await file();
    const scheduler = startAppealsScheduler(p.prisma, { intervalMs: 3_600_000, now: () => at("2026-04-08", "10:00") });
    const [first, second] = await Promise.all([scheduler.runNow(), scheduler.runNow()]);
    expect(second).toBe(first); // the second call joined the running sweep
    await scheduler.stop();
    const seen = (await as("district").appeals.get({ id: a.id })) as TAppealDetail;
    expect(seen.supervisionLevel).toBe("REMINDER");
    expect(seen.events.filter((e) => e.kind === "SLA_BREACH").length).toBe(1);
  });

  it("district admins supervise by hand; nobody else may, and the level only goes up", async () => {
    const a = await file();
    expect(await code(as("shiling").appeals.supervise({ id: a.id, level: "YELLOW", note: "自行督办" }))).toBe("FORBIDDEN");
    const s = await as("district").appeals.supervise({ id: a.id, level: "YELLOW", note: "企业多次反映，黄牌督办" });
    expect(s.supervisionLevel).toBe("YELLOW");
    expect(await code(as("district").appeals.supervise({ id: a.id, level: "REMINDER", note: "降级" }))).toBe("CONFLICT");
  });

  it("the working calendar is a resource district admins edit, and due dates follow it", async () => {
    expect(await code(as("shiling").calendar.create({ date: "2026-03-20", kind: "HOLIDAY", name: "测试假日" }))).toBe("FORBIDDEN");
    expect(await code(as("district").calendar.create({ date: "2026-02-30", kind: "HOLIDAY", name: "无效日期" }))).toBe("VALIDATION");
    expect(await code(as("district").calendar.create({ date: "2026-10-01", kind: "HOLIDAY", name: "重复" }))).toBe("CONFLICT");
    const list = await as("shiling").calendar.list({ filter: { year: 2026, kind: "WORKDAY" }, pagination: { page: 1, perPage: 50 } });
    expect(list.data.map((d) => d.date)).toEqual(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]);
    clock = at("2026-03-19", "10:00"); // Thursday; policy resolve: 5 working days → Thu 3/26
    expect(formatShanghai(new Date((await file()).resolveDueAt))).toBe("2026-03-26 18:00");
    const extra = await as("district").calendar.create({ date: "2026-03-20", kind: "HOLIDAY", name: "临时放假" });
    expect(formatShanghai(new Date((await file()).resolveDueAt))).toBe("2026-03-27 18:00");
    await as("district").calendar.delete({ id: extra.id });
  });
});
