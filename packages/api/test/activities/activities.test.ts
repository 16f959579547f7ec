import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { codeOf, createTestPlatform, refusalOf, type TCaller } from "../../src";

/** 活动培训 (issue 14 points 6–9): registration, waiting list, check-in and the ledger, feedback, trainings, scope from the refused side. */
describe(`activities on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let shiling: TCaller;
  let xinhua: TCaller;
  let operator: TCaller;
  let enterprise: TCaller;
  let anonymous: TCaller;
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;
  const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
  const base = {
    seriesId: "seed-series-POLICY_PLUS",
    nodeId: "seed-node-SHILING-1",
    place: "狮岭镇皮革皮具服务中心",
    category: "INFO_CONSULTING" as const,
  };
  /** An activity of the operator's node; `today`: started an hour ago (check-in open). */
  const create = (caller: TCaller, opts: { capacity?: number; today?: boolean; status?: "DRAFT" | "PUBLISHED"; title?: string } = {}) => {
    const start = opts.today ? -HOUR : 3 * DAY;
    return caller.activities.create({
      ...base,
      title: opts.title ?? "政策宣讲测试会",
      status: opts.status ?? "PUBLISHED",
      startsAt: iso(start),
      endsAt: iso(start + 4 * HOUR),
      registrationClosesAt: iso(start + 2 * HOUR),
      capacity: opts.capacity ?? 20,
    });
  };
  const enterpriseCaller = async (n: number) => {
    const shilingId = await p.townId("SHILING");
    const id = `act-ent-${n}`;
    await p.prisma.enterprise.upsert({
      where: { id },
      create: { id, creditCode: `ACT${String(n).padStart(15, "0")}`, name: `活动测试企业${n}`, townId: shilingId, industryCode: "1923" },
      update: {},
    });
    // a real account: notifications and the ledger's "recorded by" point at it
    await p.prisma.user.upsert({
      where: { id: `act-user-${n}` },
      create: {
        id: `act-user-${n}`,
        username: `act-${n}`,
        displayName: `活动测试企业${n}`,
        role: "ENTERPRISE",
        passwordHash: "-",
        enterpriseId: id,
      },
      update: {},
    });
    return p.asUser({
      id: `act-user-${n}`,
      username: `act-${n}`,
      displayName: `活动测试企业${n}`,
      role: "ENTERPRISE",
      townId: shilingId,
      nodeId: null,
      enterpriseId: id,
      departmentId: null,
    });
  };

  beforeAll(async () => {
    p = await createTestPlatform();
    [district, shiling, xinhua, operator, enterprise] = await Promise.all([
      p.as("district"),
      p.as("shiling"),
      p.as("xinhua"),
      p.as("operator"),
      p.as("enterprise"),
    ]);
    anonymous = p.anonymous();
  }, 120_000);
  afterAll(() => p.close());

  it("the demo seed shows every screen: past with attendance and ratings, upcoming, one full with a waiting list, one training", async () => {
    const all = await district.activities.list({ pagination: { page: 1, perPage: 200 } });
    expect(all.data.filter((a) => a.attended > 0).length).toBeGreaterThan(10);
    expect(all.data.filter((a) => a.ratings > 0).length).toBeGreaterThan(5);
    expect(all.data.some((a) => a.noShows > 0)).toBe(true);
    const full = await district.activities.get({ id: "seed-activity-full" });
    expect([full.seatsTaken, full.capacity, full.waiting]).toEqual([5, 5, 3]);
    expect((await anonymous.activities.publicList({})).total).toBeGreaterThan(5);
    const training = await district.trainings.get({ id: "seed-training-1" });
    expect(training.sessions).toBe(3);
    expect(training.trainees).toBeGreaterThan(0);
    expect(new Set(all.data.map((a) => a.seriesId)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(all.data.map((a) => a.townId)).size).toBeGreaterThan(3);
  });

  it("bad input is refused with bilingual field messages and writes nothing", async () => {
    const before = await p.prisma.activity.count();
    await create(district, { title: "有效活动" }); // a valid one is fine
    const r = await refusalOf(
      district.activities.create({
        ...base,
        title: "结束早于开始",
        startsAt: iso(DAY),
        endsAt: iso(DAY - HOUR),
        registrationClosesAt: iso(0),
        capacity: 5,
      }),
      "activities.create",
    );
    expect(r.code).toBe("VALIDATION");
    expect(r.fields[0]?.path).toBe("endsAt");
    expect(r.message.en).toMatch(/end/i);
    const cap = await refusalOf(
      district.activities.create({
        ...base,
        title: "零名额",
        startsAt: iso(DAY),
        endsAt: iso(DAY + HOUR),
        registrationClosesAt: iso(0),
        capacity: 0,
      }),
      "activities.create",
    );
    expect(cap.code).toBe("VALIDATION");
    expect(await p.prisma.activity.count()).toBe(before + 1);
  });

  it("the public sees published activities only, and never who registered", async () => {
    const draft = await create(district, { status: "DRAFT", title: "草稿活动" });
    expect(await codeOf(anonymous.activities.publicGet({ id: draft.id }))).toBe("NOT_FOUND");
    const list = await anonymous.activities.publicList({ q: "草稿活动" });
    expect(list.data.map((a) => a.id)).not.toContain(draft.id);
    const full = await anonymous.activities.publicGet({ id: "seed-activity-full" });
    expect(full.mine).toBeNull();
    expect(JSON.stringify(full)).not.toMatch(/enterpriseId|contact/);
    expect(await codeOf(enterprise.activities.register({ activityId: draft.id }))).toBe("NOT_FOUND");
    expect(await codeOf(anonymous.activities.register({ activityId: "seed-activity-full" }))).toBe("UNAUTHENTICATED");
  });

  it("past the capacity a waiting list; a cancellation promotes the first waiting, who is notified", async () => {
    const a = await create(operator, { capacity: 2, title: "小容量测试会" });
    const [e1, e2, e3, e4] = await Promise.all([1, 2, 3, 4].map((n) => enterpriseCaller(n)));
    expect((await e1.activities.register({ activityId: a.id })).status).toBe("REGISTERED");
    expect((await e2.activities.register({ activityId: a.id })).status).toBe("REGISTERED");
    const w3 = await e3.activities.register({ activityId: a.id });
    const w4 = await e4.activities.register({ activityId: a.id });
    expect([w3.status, w3.waitingPosition, w4.status, w4.waitingPosition]).toEqual(["WAITING", 1, "WAITING", 2]);
    await e1.activities.cancel({ activityId: a.id });
    const page3 = await e3.activities.publicGet({ id: a.id });
    expect(page3.mine).toMatchObject({ status: "REGISTERED" });
    expect((await e4.activities.publicGet({ id: a.id })).mine).toMatchObject({ status: "WAITING", waitingPosition: 1 });
    const note = await p.prisma.notification.findFirst({ where: { userId: "act-user-3", kind: "activity.promoted" } });
    expect(note?.titleZh).toContain("小容量测试会");
    // a waiting cancellation frees no seat and promotes nobody
    await e4.activities.cancel({ activityId: a.id });
    expect((await district.activities.get({ id: a.id })).seatsTaken).toBe(2);
    // registering again after cancelling goes to the back of the queue
    expect((await e1.activities.register({ activityId: a.id })).status).toBe("WAITING");
    expect(await codeOf(e1.activities.register({ activityId: a.id }))).toBe("CONFLICT");
  });

  it("registration window and audience are enforced", async () => {
    const a = await create(district, { title: "报名窗口测试" });
    await district.activities.update({ id: a.id, data: { registrationOpensAt: iso(DAY), registrationClosesAt: iso(2 * DAY) } });
    const e5 = await enterpriseCaller(5);
    const early = await refusalOf(e5.activities.register({ activityId: a.id }), "activities.register");
    expect(early.message.zh).toBe("报名尚未开始");
    await district.activities.update({ id: a.id, data: { registrationOpensAt: null, audienceTiers: ["LITTLE_GIANT"] } });
    const tier = await refusalOf(e5.activities.register({ activityId: a.id }), "activities.register");
    expect(tier.message.zh).toContain("专精特新“小巨人”");
    await district.activities.update({ id: a.id, data: { audienceTiers: [], audienceIndustries: ["C"] } });
    expect((await e5.activities.register({ activityId: a.id })).status).toBe("REGISTERED"); // 1923 is manufacturing (C)
  });

  it("attendance writes exactly one ledger record per enterprise, and the ledger rollup's times add up", async () => {
    const a = await create(operator, { today: true, title: "签到测试会" });
    const row = await p.prisma.activity.findUniqueOrThrow({ where: { id: a.id } });
    const [e6, e7] = await Promise.all([6, 7].map((n) => enterpriseCaller(n)));
    await e6.activities.register({ activityId: a.id });
    await e7.activities.register({ activityId: a.id });
    const rollup = () => p.prisma.ledgerRecord.count({ where: { source: "ACTIVITY", originId: a.id } });
    const ledgerBefore = await operator.ledger.stats({});
    // a guessed id without the token is not enough
    expect(await codeOf(e6.activities.checkIn({ activityId: a.id, token: "guessed-token-1234" }))).toBe("NOT_FOUND");
    const first = await e6.activities.checkIn({ activityId: a.id, token: row.checkInToken });
    expect(first.alreadyCheckedIn).toBe(false);
    const again = await e6.activities.checkIn({ activityId: a.id, token: row.checkInToken });
    expect(again.alreadyCheckedIn).toBe(true);
    // staff tick the other one; ticking twice and a concurrent QR check-in still make one record each
    await Promise.all([
      operator.activities.markAttendance({ activityId: a.id, enterpriseId: "act-ent-7", attended: true }),
      operator.activities.markAttendance({ activityId: a.id, enterpriseId: "act-ent-7", attended: true }),
    ]);
    expect(await rollup()).toBe(2);
    const rec = await p.prisma.ledgerRecord.findFirstOrThrow({ where: { source: "ACTIVITY", originId: a.id, enterpriseId: "act-ent-6" } });
    expect([rec.nodeId, rec.category, rec.channel]).toEqual(["seed-node-SHILING-1", "INFO_CONSULTING", "OFFLINE"]);
    const ledgerAfter = await operator.ledger.stats({});
    expect(ledgerAfter.total.enterpriseTimes - ledgerBefore.total.enterpriseTimes).toBe(2); // the rollup (trigger) counts them
    // unticking removes the record
    await operator.activities.markAttendance({ activityId: a.id, enterpriseId: "act-ent-7", attended: false });
    expect(await rollup()).toBe(1);
    // a waiting enterprise cannot check in
    const small = await create(operator, { today: true, capacity: 1, title: "候补签到测试" });
    const smallRow = await p.prisma.activity.findUniqueOrThrow({ where: { id: small.id } });
    await e6.activities.register({ activityId: small.id });
    await e7.activities.register({ activityId: small.id });
    const refused = await refusalOf(e7.activities.checkIn({ activityId: small.id, token: smallRow.checkInToken }), "activities.checkIn");
    expect(refused.message.zh).toContain("候补");
  });

  it("feedback: attendees only, 1–5, once; no-shows are counted after the event", async () => {
    const a = await create(operator, { today: true, title: "评价测试会" });
    const token = (await p.prisma.activity.findUniqueOrThrow({ where: { id: a.id } })).checkInToken;
    const [e8, e9] = await Promise.all([8, 9].map((n) => enterpriseCaller(n)));
    await e8.activities.register({ activityId: a.id });
    await e9.activities.register({ activityId: a.id });
    expect(await codeOf(e8.activities.rate({ activityId: a.id, rating: 5 }))).toBe("FORBIDDEN"); // not yet attended
    await e8.activities.checkIn({ activityId: a.id, token });
    expect(await codeOf(e8.activities.rate({ activityId: a.id, rating: 6 }))).toBe("BAD_REQUEST"); // the input schema refuses it
    expect((await e8.activities.rate({ activityId: a.id, rating: 4, comment: "很有帮助" })).rating).toBe(4);
    expect(await codeOf(e8.activities.rate({ activityId: a.id, rating: 1 }))).toBe("CONFLICT");
    expect(await codeOf(e9.activities.rate({ activityId: a.id, rating: 1 }))).toBe("FORBIDDEN");
    // after the end: e9 is a no-show
    await p.prisma.activity.update({
      where: { id: a.id },
      data: { startsAt: new Date(Date.now() - 5 * HOUR), endsAt: new Date(Date.now() - HOUR) },
    });
    const dto = await operator.activities.get({ id: a.id });
    expect([dto.attended, dto.noShows, dto.ratings, dto.avgRating]).toEqual([1, 1, 1, 4]);
  });

  it("a training bought from a college: budget and spend checked, its sessions are activities with the same registration", async () => {
    const t = await operator.trainings.create({
      title: "数字化转型专题培训",
      providerKind: "COLLEGE",
      provider: "广州番禺职业技术学院",
      contractNo: "TEST-HT-001",
      budgetFen: 5_000_000,
      spentFen: 1_000_000,
      nodeId: "seed-node-SHILING-1",
    });
    const over = await refusalOf(operator.trainings.update({ id: t.id, data: { spentFen: 6_000_000 } }), "trainings.update");
    expect(over.fields[0]?.path).toBe("spentFen");
    const s = await operator.activities.create({
      ...base,
      seriesId: "seed-series-TRAINING",
      trainingId: t.id,
      title: "专题培训第一课",
      status: "PUBLISHED",
      startsAt: iso(-HOUR),
      endsAt: iso(3 * HOUR),
      registrationClosesAt: iso(HOUR),
      capacity: 10,
    });
    const e10 = await enterpriseCaller(10);
    await e10.activities.register({ activityId: s.id });
    await operator.activities.markAttendance({ activityId: s.id, enterpriseId: "act-ent-10", attended: true });
    const after = await operator.trainings.get({ id: t.id });
    expect([after.sessions, after.trainees, after.attendances]).toEqual([1, 1, 1]);
    // another town cannot attach a session to this training
    expect(
      await codeOf(
        xinhua.activities.create({
          ...base,
          nodeId: "seed-node-SHILING-1",
          trainingId: t.id,
          title: "越权课次",
          startsAt: iso(DAY),
          endsAt: iso(DAY + HOUR),
          registrationClosesAt: iso(HOUR),
          capacity: 5,
        }),
      ),
    ).toBe("VALIDATION");
  });

  it("scope from the refused side: another town, another node, another enterprise", async () => {
    const a = await create(operator, { today: true, title: "范围测试会" });
    const e11 = await enterpriseCaller(11);
    await e11.activities.register({ activityId: a.id });
    // another town's admin and another town's node: not found, nothing written
    expect(await codeOf(xinhua.activities.get({ id: a.id }))).toBe("NOT_FOUND");
    expect(await codeOf(xinhua.activities.update({ id: a.id, data: { capacity: 99 } }))).toBe("NOT_FOUND");
    expect(await codeOf(xinhua.activities.registrations({ activityId: a.id }))).toBe("NOT_FOUND");
    expect(await codeOf(xinhua.activities.markAttendance({ activityId: a.id, enterpriseId: "act-ent-11", attended: true }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(xinhua.activities.checkInCode({ activityId: a.id, origin: "https://x.example.cn" }))).toBe("NOT_FOUND");
    expect(
      await codeOf(
        xinhua.activities.create({
          ...base,
          title: "越权新建",
          startsAt: iso(DAY),
          endsAt: iso(DAY + HOUR),
          registrationClosesAt: iso(HOUR),
          capacity: 5,
        }),
      ),
    ).toBe("FORBIDDEN");
    const xinhuaNode = await p.prisma.node.findFirstOrThrow({ where: { townId: await p.townId("XINHUA"), status: "ACTIVE" } });
    const otherOperator = p.asUser({ ...(await p.userOf("operator")), id: "act-op-b", nodeId: xinhuaNode.id, townId: xinhuaNode.townId });
    expect(await codeOf(otherOperator.activities.get({ id: a.id }))).toBe("NOT_FOUND");
    expect(await codeOf(otherOperator.activities.markAttendance({ activityId: a.id, enterpriseId: "act-ent-11", attended: true }))).toBe(
      "NOT_FOUND",
    );
    expect(
      (await otherOperator.activities.list({ pagination: { page: 1, perPage: 200 } })).data.every((x) => x.nodeId === xinhuaNode.id),
    ).toBe(true);
    expect(await p.prisma.ledgerRecord.count({ where: { source: "ACTIVITY", originId: a.id } })).toBe(0);
    // the own town and own node reach it; an operator cannot move it to another node
    expect(await codeOf(shiling.activities.registrations({ activityId: a.id }))).toBe("OK");
    expect(await codeOf(operator.activities.update({ id: a.id, data: { nodeId: xinhuaNode.id } }))).toBe("FORBIDDEN");
    // another enterprise: sees only its own registrations, cannot cancel or rate another's
    const e12 = await enterpriseCaller(12);
    expect((await e12.activities.mine()).map((r) => r.activityId)).not.toContain(a.id);
    expect(await codeOf(e12.activities.cancel({ activityId: a.id }))).toBe("NOT_FOUND");
    expect((await e11.activities.mine()).map((r) => r.enterpriseId)).toEqual(["act-ent-11"]);
    // enterprises and the public have no console access
    expect(await codeOf(enterprise.activities.list({}))).toBe("FORBIDDEN");
    expect(await codeOf(enterprise.activities.registrations({ activityId: a.id }))).toBe("FORBIDDEN");
    expect(await codeOf(anonymous.activities.stats({ year: 2026 }))).toBe("UNAUTHENTICATED");
  });

  it("board figures carry their scope and move with attendance; the metrics are registered under distinct keys", async () => {
    const year = Number(new Date(Date.now() + 8 * HOUR).toISOString().slice(0, 4));
    const d = await district.activities.stats({ year });
    expect(d.scope.zh).toContain("全区");
    expect(d.bySeries.reduce((n, r) => n + r.attendances, 0)).toBe(d.attendances);
    expect(d.byMonth).toHaveLength(12);
    const s = await shiling.activities.stats({ year });
    expect(s.scope.zh).toContain("狮岭镇");
    const shilingId = await p.townId("SHILING");
    expect(s.byTown.every((r) => r.key === shilingId)).toBe(true);
    expect(s.attendances).toBeLessThanOrEqual(d.attendances);
    const o = await operator.activities.stats({ year });
    expect(o.byNode.map((r) => r.key)).toEqual(o.byNode.length ? ["seed-node-SHILING-1"] : []);
    // a new attendance moves the district's enterprise-times by one
    const a = await create(operator, { today: true, title: "看板测试会" });
    const e13 = await enterpriseCaller(13);
    await e13.activities.register({ activityId: a.id });
    await operator.activities.markAttendance({ activityId: a.id, enterpriseId: "act-ent-13", attended: true });
    expect((await district.activities.stats({ year })).attendances).toBe(d.attendances + 1);
    const { listMetrics } = await import("@qifu/trpc-core");
    const keys = listMetrics().map((m) => m.key);
    expect(keys).toEqual(
      expect.arrayContaining(["activities.held", "activities.attendances", "activities.satisfaction", "monitoring.activitiesHeld"]),
    );
  });
});
