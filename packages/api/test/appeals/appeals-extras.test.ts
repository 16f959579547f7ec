import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { fromShanghai } from "@qifu/domain";
import {
  appErrorBody,
  dispatchNotifications,
  makeContext,
  saveUpload,
  setChannel,
  type TOutgoingMessage,
  type TSessionUser,
} from "@qifu/trpc-core";
import { computeAssessment, sweepAppeals } from "@qifu/feature-appeals/server";
import { appRouter, createCallerFactory, createTestPlatform } from "../../src";

const createCaller = createCallerFactory(appRouter);
const code = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e) => appErrorBody(e, "test").code,
  );
const fieldsOf = (p: Promise<unknown>) =>
  p.then(
    () => [],
    (e) => appErrorBody(e, "test").fields.map((f) => f.path),
  );
const at = (date: string, hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return fromShanghai(date, h * 60 + m);
};

/** 暖企专员 3.0, the rest: notifications, attachments, co-handling units, visit logs, hard-bone, assessment. */
describe(`appeals: notifications, co-handling, visits, assessment on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let clock = at("2026-03-09", "10:00"); // a Monday
  const users = new Map<string, TSessionUser>();
  const as = (username: string) => createCaller(makeContext(p.prisma, users.get(username)!, { now: () => clock }));
  let cat: Record<string, string>;
  let shilingTown: string;
  let xinhuaTown: string;
  const file = (username = "enterprise", extra: Record<string, unknown> = {}) =>
    as(username).appeals.create({
      title: "厂房用电增容申请迟迟未批",
      description: "我司新增生产线需要增容到 800kVA，申请已提交两个月仍无回复。",
      categoryId: cat.POLICY,
      ...extra,
    });
  const inbox = async (username: string) => (await as(username).notifications.list({ pagination: { page: 1, perPage: 200 } })).data;
  const clearInboxes = () => p.prisma.notification.deleteMany({});

  beforeAll(async () => {
    p = await createTestPlatform();
    const { prisma } = p;
    shilingTown = (await prisma.town.findUniqueOrThrow({ where: { code: "SHILING" } })).id;
    xinhuaTown = (await prisma.town.findUniqueOrThrow({ where: { code: "XINHUA" } })).id;
    const hash = (await prisma.user.findUniqueOrThrow({ where: { username: "enterprise" } })).passwordHash;
    await prisma.enterprise.create({
      data: { id: "ax-ent-b", creditCode: "91440114AX00000B0", name: "广州新华测试贸易有限公司", townId: xinhuaTown },
    });
    await prisma.user.create({
      data: {
        id: "ax-user-b",
        username: "enterprise-b",
        displayName: "新华测试贸易",
        role: "ENTERPRISE",
        passwordHash: hash,
        townId: xinhuaTown,
        enterpriseId: "ax-ent-b",
      },
    });
    await prisma.user.create({
      data: { id: "ax-user-c2", username: "commissioner-2", displayName: "暖企专员·李华", role: "COMMISSIONER", passwordHash: hash },
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
    ])
      users.set(u, await p.userOf(u));
    cat = Object.fromEntries((await prisma.appealCategory.findMany()).map((c) => [c.code, c.id]));
  }, 600_000); // the demo seed is large and the shared machine slow
  afterAll(() => p.close());

  it("notifies the unit, the commissioner and the enterprise on appeal events — and nobody else", async () => {
    await clearInboxes();
    const a = await file();
    // filed by the enterprise: the 狮岭 unit and the enterprise's commissioner hear of it; the filer does not
    expect((await inbox("shiling")).map((n) => n.kind)).toEqual(["appeal.submit"]);
    expect((await inbox("shiling"))[0].link).toBe(`/admin/#/appeals/${a.id}/show`);
    expect((await inbox("commissioner")).length).toBe(1);
    for (const u of ["enterprise", "xinhua", "handler", "commissioner-2", "enterprise-b", "evaluator"])
      expect(await inbox(u), u).toEqual([]);

    await as("shiling").appeals.accept({ id: a.id });
    const ent = await inbox("enterprise");
    expect(ent.map((n) => n.kind)).toEqual(["appeal.accept"]);
    expect(ent[0].title.zh).toContain(a.number);
    expect(ent[0].title.en).toContain("Accepted");
    expect(ent[0].link).toBe(`/my/appeals/${a.id}`);
    expect((await inbox("commissioner")).length).toBe(2);
    expect((await inbox("enterprise-b")).length).toBe(0);

    // send-back: the enterprise is told who declined and where it went; the next unit is told too
    clock = new Date(clock.getTime() + 60_000);
    await as("shiling").appeals.sendBack({
      id: a.id,
      reason: "不属于本镇职责范围",
      suggest: { kind: "DEPARTMENT", id: "seed-dept-COMMERCE" },
    });
    const back = (await inbox("enterprise"))[0];
    expect(back.kind).toBe("appeal.send_back");
    expect(back.body.zh).toContain("狮岭");
    expect(back.body.zh).toContain("区商务局");
    const commerce = (
      await p.prisma.user.findMany({ where: { role: "DEPARTMENT_HANDLER", departmentId: "seed-dept-COMMERCE" }, select: { id: true } })
    ).map((u) => u.id);
    const told = await p.prisma.notification.findMany({ where: { kind: "appeal.send_back" }, select: { userId: true } });
    for (const id of commerce) expect(told.map((t) => t.userId)).toContain(id);
    expect(told.map((t) => t.userId)).not.toContain(users.get("shiling")!.id);
    clock = at("2026-03-09", "10:00");
  });

  it("the inbox is the caller's own: list, unread count, mark read, mark all read", async () => {
    await clearInboxes();
    const a = await file();
    await as("shiling").appeals.accept({ id: a.id });
    const mine = await inbox("enterprise");
    expect(mine.length).toBe(1);
    expect((await as("enterprise").notifications.unreadCount()).count).toBe(1);
    // someone else's id is ignored, never touched
    const theirs = (await inbox("shiling"))[0];
    expect((await as("enterprise").notifications.markRead({ ids: [theirs.id] })).count).toBe(0);
    expect((await p.prisma.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    expect((await as("enterprise").notifications.markRead({ ids: [mine[0].id] })).count).toBe(1);
    expect((await as("enterprise").notifications.unreadCount()).count).toBe(0);
    expect((await as("shiling").notifications.markAllRead()).count).toBeGreaterThan(0);
    expect((await as("shiling").notifications.unreadCount()).count).toBe(0);
    expect(await code(p.anonymous().notifications.list({ pagination: { page: 1, perPage: 5 } }))).toBe("UNAUTHENTICATED");
    expect(await fieldsOf(as("enterprise").notifications.markRead({ ids: [] }))).toEqual(["ids"]);
  });

  it("email and SMS copies go out after commit through the configured channel, once", async () => {
    const sent: { kind: string; m: TOutgoingMessage }[] = [];
    setChannel("sms", { name: "capture", send: async (m) => void sent.push({ kind: "sms", m }) });
    setChannel("email", { name: "capture", send: async (m) => void sent.push({ kind: "email", m }) });
    try {
      await dispatchNotifications(p.prisma); // drain what earlier tests left
      sent.length = 0;
      const a = await file();
      await as("shiling").appeals.accept({ id: a.id });
      expect(await dispatchNotifications(p.prisma)).toBeGreaterThan(0);
      expect(sent.filter((s) => s.kind === "sms").map((s) => s.m.username)).toEqual(["enterprise"]);
      // by email: the unit and the commissioner of the filing, the commissioner of the acceptance
      expect(
        sent
          .filter((s) => s.kind === "email")
          .map((s) => s.m.username)
          .sort(),
      ).toEqual(["commissioner", "commissioner", "shiling"]);
      expect(await dispatchNotifications(p.prisma)).toBe(0);
      // a refused step writes no notification at all
      const before = await p.prisma.notification.count();
      expect(await code(as("xinhua").appeals.start({ id: a.id }))).toBe("NOT_FOUND");
      expect(await p.prisma.notification.count()).toBe(before);
    } finally {
      setChannel("sms", null);
      setChannel("email", null);
    }
  });

  it("attachments: at most 5 on intake and on answers, only one's own uploads, shown on the detail and timeline", async () => {
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    // one after another, as a form uploads them: files are listed in upload order
    const up = async (u: string, n = 1) => {
      const saved = [];
      for (let i = 0; i < n; i++) saved.push(await saveUpload(p.prisma, users.get(u)!, `材料${i}.pdf`, pdf));
      return saved;
    };
    const six = await up("enterprise", 6);
    expect(await fieldsOf(file("enterprise", { fileIds: six.map((f) => f.id) }))).toEqual(["fileIds"]);
    const others = await up("enterprise-b");
    expect(await fieldsOf(file("enterprise", { fileIds: [others[0].id] }))).toEqual(["fileIds"]);
    const a = await file("enterprise", { fileIds: six.slice(0, 2).map((f) => f.id) });
    expect(a.files.map((f) => f.name)).toEqual(["材料0.pdf", "材料1.pdf"]);
    // already attached: cannot be used again
    expect(await fieldsOf(file("enterprise", { fileIds: [six[0].id] }))).toEqual(["fileIds"]);
    await as("shiling").appeals.accept({ id: a.id });
    const reply = await up("shiling", 1);
    const answered = await as("shiling").appeals.answer({
      id: a.id,
      answer: "已协调供电局办理增容",
      resolved: true,
      fileIds: [reply[0].id],
    });
    expect(answered.events.find((e) => e.kind === "ANSWER")!.files.map((f) => f.id)).toEqual([reply[0].id]);
    const seen = await as("enterprise").appeals.get({ id: a.id });
    expect(seen.files.length).toBe(2);
    expect(seen.events.find((e) => e.kind === "ANSWER")!.files[0].url).toBe(`/files/${reply[0].id}`);
  });

  it("co-handling units (协办) read the appeal and add notes, but do not handle it; others still cannot read it", async () => {
    const a = await file();
    expect(await code(as("xinhua").appeals.get({ id: a.id }))).toBe("NOT_FOUND");
    // only the lead unit (or the district) adds co-units
    expect(await code(as("xinhua").appeals.addCoUnit({ id: a.id, unit: { kind: "TOWN", id: xinhuaTown } }))).toBe("NOT_FOUND");
    expect(await code(as("enterprise").appeals.addCoUnit({ id: a.id, unit: { kind: "TOWN", id: xinhuaTown } }))).toBe("FORBIDDEN");
    expect(await fieldsOf(as("shiling").appeals.addCoUnit({ id: a.id, unit: { kind: "TOWN", id: shilingTown } }))).toEqual(["unit"]);
    expect(await fieldsOf(as("shiling").appeals.addCoUnit({ id: a.id, unit: { kind: "TOWN", id: "no-such-town" } }))).toEqual(["unit"]);
    await clearInboxes();
    const withCo = await as("shiling").appeals.addCoUnit({ id: a.id, unit: { kind: "TOWN", id: xinhuaTown }, note: "涉及新华街供电线路" });
    expect(withCo.coUnits.map((u) => u.id)).toEqual([xinhuaTown]);
    expect(withCo.events.at(-1)!.kind).toBe("CO_UNIT_ADD");
    expect((await inbox("xinhua")).map((n) => n.kind)).toEqual(["appeal.co_unit_add"]);
    expect(await fieldsOf(as("shiling").appeals.addCoUnit({ id: a.id, unit: { kind: "TOWN", id: xinhuaTown } }))).toEqual(["unit"]);

    expect((await as("xinhua").appeals.get({ id: a.id })).number).toBe(a.number);
    expect((await as("xinhua").appeals.list({ pagination: { page: 1, perPage: 50 } })).data.map((x) => x.id)).toContain(a.id);
    const noted = await as("xinhua").appeals.addNote({ id: a.id, note: "线路改造计划已报区供电局" });
    expect(noted.events.at(-1)).toMatchObject({ kind: "NOTE", note: "线路改造计划已报区供电局" });
    expect((await inbox("shiling")).some((n) => n.kind === "appeal.note")).toBe(true);
    // a co-unit does not take the lead's steps
    expect(await code(as("xinhua").appeals.accept({ id: a.id }))).toBe("FORBIDDEN");
    expect(await code(as("xinhua").appeals.addCoUnit({ id: a.id, unit: { kind: "DEPARTMENT", id: "seed-dept-COMMERCE" } }))).toBe(
      "FORBIDDEN",
    );
    // still outside: a department that is neither lead nor co-unit, another enterprise
    expect(await code(as("handler").appeals.get({ id: a.id }))).toBe("NOT_FOUND");
    expect(await code(as("handler").appeals.addNote({ id: a.id, note: "越权备注" }))).toBe("NOT_FOUND");
    expect(await code(as("enterprise-b").appeals.get({ id: a.id }))).toBe("NOT_FOUND");
    expect(await fieldsOf(as("shiling").appeals.addNote({ id: a.id, note: "" }))).toEqual(["note"]);
  });

  it("commissioners: picker of COMMISSIONER accounts, visit logs of their own enterprises, an issue becomes an appeal in one click", async () => {
    const picker = await as("district").visitLogs.commissioners();
    expect(picker.map((c) => c.username).sort()).toEqual(["commissioner", "commissioner-2"]);
    expect(await code(as("commissioner").visitLogs.commissioners())).toBe("FORBIDDEN");
    // assigning notifies the commissioner; a non-commissioner account is refused on its field
    await clearInboxes();
    expect(
      await fieldsOf(as("district").commissionerAssignments.create({ commissionerId: users.get("shiling")!.id, enterpriseId: "ax-ent-b" })),
    ).toEqual(["commissionerId"]);
    await as("district").commissionerAssignments.create({ commissionerId: "ax-user-c2", enterpriseId: "ax-ent-b" });
    expect((await inbox("commissioner-2")).map((n) => n.kind)).toEqual(["appeal.assignment"]);

    const input = {
      enterpriseId: "seed-enterprise-1",
      visitedOn: "2026-03-06",
      peopleMet: "王总（总经理）、李会计",
      summary: "了解扩产计划",
      issues: [{ text: "新厂房用电增容审批慢" }, { text: "招工难，缺熟练车工" }],
    };
    expect(await code(as("commissioner-2").visitLogs.create(input))).toBe("FORBIDDEN");
    expect(await fieldsOf(as("commissioner").visitLogs.create({ ...input, visitedOn: "2026-02-30" }))).toEqual(["visitedOn"]);
    expect(await fieldsOf(as("commissioner").visitLogs.create({ ...input, peopleMet: "" }))).toEqual(["peopleMet"]);
    const log = await as("commissioner").visitLogs.create(input);
    const full = await as("commissioner").visitLogs.get({ id: log.id });
    expect(full).toMatchObject({ enterpriseName: "广州狮岭皮具制造有限公司", commissionerName: "暖企专员·陈明" });
    expect(full.issues.map((i) => i.text)).toEqual(["新厂房用电增容审批慢", "招工难，缺熟练车工"]);
    expect(await code(as("commissioner-2").visitLogs.get({ id: log.id }))).toBe("NOT_FOUND");
    expect((await as("commissioner-2").visitLogs.list({ pagination: { page: 1, perPage: 50 } })).data).toEqual([]);
    expect(await code(as("enterprise").visitLogs.list({ pagination: { page: 1, perPage: 5 } }))).toBe("FORBIDDEN");

    const issue = full.issues[1];
    expect(await code(as("commissioner-2").visitLogs.issueToAppeal({ issueId: issue.id, categoryId: cat.TALENT_LABOUR }))).toBe(
      "NOT_FOUND",
    );
    const made = await as("commissioner").visitLogs.issueToAppeal({ issueId: issue.id, categoryId: cat.TALENT_LABOUR });
    const appeal = await as("commissioner").appeals.get({ id: made.appealId });
    expect(appeal).toMatchObject({
      number: made.number,
      channel: "COMMISSIONER",
      enterpriseId: "seed-enterprise-1",
      visitIssueId: issue.id,
      title: "招工难，缺熟练车工",
    });
    expect((await as("commissioner").visitLogs.get({ id: log.id })).issues[1]).toMatchObject({
      appealId: made.appealId,
      appealNumber: made.number,
    });
    expect(await code(as("commissioner").visitLogs.issueToAppeal({ issueId: issue.id, categoryId: cat.TALENT_LABOUR }))).toBe("CONFLICT");
    // the commissioner sees their enterprises' appeals, not the others'
    const bAppeal = await file("enterprise-b");
    expect(await code(as("commissioner").appeals.get({ id: bAppeal.id }))).toBe("NOT_FOUND");
    expect((await as("commissioner-2").appeals.get({ id: bAppeal.id })).id).toBe(bAppeal.id);
  });

  it("hard-bone flag: district admins only, once; shown on the appeal and the timeline", async () => {
    const a = await file();
    expect(await code(as("shiling").appeals.flagHardBone({ id: a.id, note: "多年未解决" }))).toBe("FORBIDDEN");
    expect(await fieldsOf(as("district").appeals.flagHardBone({ id: a.id, note: "" }))).toEqual(["note"]);
    const flagged = await as("district").appeals.flagHardBone({ id: a.id, note: "历史遗留用地问题" });
    expect(flagged.hardBone).toBe(true);
    expect(flagged.events.at(-1)!.kind).toBe("HARD_BONE");
    expect(await code(as("district").appeals.flagHardBone({ id: a.id, note: "再次标记" }))).toBe("CONFLICT");
  });

  it("supervision by the background job notifies the unit and the commissioner", async () => {
    clock = at("2026-03-16", "10:00");
    const a = await file();
    await clearInboxes();
    clock = at("2026-03-17", "17:00");
    await sweepAppeals(p.prisma, clock);
    expect((await inbox("shiling")).filter((n) => n.link?.includes(a.id)).map((n) => n.kind)).toContain("appeal.supervise");
    expect((await inbox("commissioner")).filter((n) => n.link?.includes(a.id)).map((n) => n.kind)).toContain("appeal.supervise");
    expect((await inbox("enterprise")).filter((n) => n.link?.includes(a.id))).toEqual([]);
    clock = at("2026-03-09", "10:00");
  });

  it("assessment: weights as data; the ranking of units and commissioners on a fixed scenario, computed by hand", async () => {
    // 2025-Q4 holds only the appeals made here. Mondays 2025-11-03 and 2025-11-10 are working days.
    const base = {
      year: 2025,
      channel: "ENTERPRISE",
      title: "考核场景诉求",
      description: "考核场景的诉求内容。",
      categoryId: cat.OTHER,
      urgency: "NORMAL",
      submittedById: users.get("enterprise")!.id,
    };
    const mk = (id: string, seq: number, o: Record<string, unknown>) =>
      p.prisma.appeal.create({
        data: {
          id,
          number: `HD-2025-9${String(seq).padStart(5, "0")}`,
          seq: 90000 + seq,
          ackDueAt: at("2025-11-04", "09:00"),
          ...base,
          ...o,
        } as never,
      });
    const sub = at("2025-11-03", "09:00");
    const due = at("2025-11-10", "18:00");
    // 狮岭 (enterprise of commissioner): A1 accepted after 2 h, answered on time, solved, 5★, hard-bone; A2 accepted after 3 h, answered late, not solved, 3★, reopened once
    await mk("as-1", 1, {
      enterpriseId: "seed-enterprise-1",
      unitTownId: shilingTown,
      status: "CLOSED",
      submittedAt: sub,
      acceptedAt: at("2025-11-03", "11:00"),
      answeredAt: at("2025-11-07", "10:00"),
      resolveDueAt: due,
      resolved: true,
      satisfaction: 5,
      hardBone: true,
    });
    await mk("as-2", 2, {
      enterpriseId: "seed-enterprise-1",
      unitTownId: shilingTown,
      status: "CLOSED",
      submittedAt: sub,
      acceptedAt: at("2025-11-03", "12:00"),
      answeredAt: at("2025-11-11", "10:00"),
      resolveDueAt: due,
      resolved: false,
      satisfaction: 3,
      reopenCount: 1,
    });
    // 新华 (enterprise of commissioner-2): B1 accepted after 1 h, answered on time, solved, 4★
    await mk("as-3", 3, {
      enterpriseId: "ax-ent-b",
      unitTownId: xinhuaTown,
      status: "CONFIRMED",
      submittedAt: sub,
      acceptedAt: at("2025-11-03", "10:00"),
      answeredAt: at("2025-11-05", "10:00"),
      resolveDueAt: due,
      resolved: true,
      satisfaction: 4,
    });
    // withdrawn appeals do not count
    await mk("as-4", 4, { enterpriseId: "ax-ent-b", unitTownId: xinhuaTown, status: "WITHDRAWN", submittedAt: sub, resolveDueAt: due });

    expect(
      await fieldsOf(
        as("district").assessmentWeights.create({
          period: "2025-Q5",
          responseTime: 1,
          onTime: 1,
          resolution: 1,
          satisfaction: 1,
          reopen: 1,
          bonus: 1,
          hardBonePoints: 5,
          responseZeroHours: 16,
        }),
      ),
    ).toEqual(["period"]);
    expect(
      await code(
        as("shiling").assessmentWeights.create({
          period: "2025-Q4",
          responseTime: 1,
          onTime: 1,
          resolution: 1,
          satisfaction: 1,
          reopen: 1,
          bonus: 1,
          hardBonePoints: 5,
          responseZeroHours: 16,
        }),
      ),
    ).toBe("FORBIDDEN");
    // the default minimum of 5 appeals leaves both towns unranked: listed, no rank, best first
    const unset = await as("district").assessmentWeights.create({
      period: "2025-Q4",
      responseTime: 0.1,
      onTime: 0.3,
      resolution: 0.2,
      satisfaction: 0.2,
      reopen: 0.2,
      bonus: 1,
      hardBonePoints: 10,
      responseZeroHours: 10,
    });
    expect(unset.minCases).toBe(5);
    const few = await as("evaluator").appealAssessment.ranking({ period: "2025-Q4" });
    expect(few.weights.minCases).toBe(5);
    expect(few.units.map((u) => [u.rank, u.key, u.appeals])).toEqual([
      [null, `TOWN:${xinhuaTown}`, 1],
      [null, `TOWN:${shilingTown}`, 2],
    ]);
    // a minimum of 2: 狮岭 (2 appeals) is ranked first, 新华 (1) is listed after it unranked despite its higher score
    await as("district").assessmentWeights.update({ id: unset.id, data: { minCases: 2 } });
    const two = await as("evaluator").appealAssessment.ranking({ period: "2025-Q4" });
    expect(two.units.map((u) => [u.rank, u.key, u.total])).toEqual([
      [1, `TOWN:${shilingTown}`, 68.5],
      [null, `TOWN:${xinhuaTown}`, 95],
    ]);
    expect(await fieldsOf(as("district").assessmentWeights.update({ id: unset.id, data: { minCases: -1 } }))).toEqual(["data.minCases"]);
    expect(await code(as("shiling").assessmentWeights.update({ id: unset.id, data: { minCases: 0 } }))).toBe("FORBIDDEN");
    await as("district").assessmentWeights.update({ id: unset.id, data: { minCases: 1 } });

    const r = await as("evaluator").appealAssessment.ranking({ period: "2025-Q4" });
    expect(r.weights.source).toBe("PERIOD");
    // 狮岭: response avg 2.5 h → 100×(1−2.5/10)=75; on time 1/2 → 50; solved 1/2 → 50; ★ avg 4 → 80; reopened 1/2 → 50; bonus 1×10 = 10
    //   total = 0.1×75 + 0.3×50 + 0.2×50 + 0.2×80 + 0.2×50 + 1×10 = 7.5+15+10+16+10+10 = 68.5
    // 新华: response 1 h → 90; on time 1/1 → 100; solved 1/1 → 100; ★ 4 → 80; reopened 0 → 100; bonus 0
    //   total = 9 + 30 + 20 + 16 + 20 + 0 = 95
    expect(r.units.map((u) => [u.rank, u.key, u.total])).toEqual([
      [1, `TOWN:${xinhuaTown}`, 95],
      [2, `TOWN:${shilingTown}`, 68.5],
    ]);
    const shiling = r.units[1];
    expect(shiling).toMatchObject({
      appeals: 2,
      avgResponseHours: 2.5,
      onTimeRate: 0.5,
      resolutionRate: 0.5,
      satisfactionAvg: 4,
      reopenRate: 0.5,
      hardBoneSolved: 1,
      bonusPoints: 10,
    });
    expect(shiling.scores).toEqual({ responseTime: 75, onTime: 50, resolution: 50, satisfaction: 80, reopen: 50, bonus: 10 });
    // commissioners follow their enterprises: 陈明 ↔ 狮岭's two, 李华 ↔ 新华's one
    expect(r.commissioners.map((c) => [c.rank, c.name, c.total])).toEqual([
      [1, "暖企专员·李华", 95],
      [2, "暖企专员·陈明", 68.5],
    ]);
    // a period without its own weights uses its year's, then the defaults
    expect((await as("evaluator").appealAssessment.ranking({ period: "2025-11" })).weights.source).toBe("DEFAULT");
    expect(await fieldsOf(as("evaluator").appealAssessment.ranking({ period: "2025-13" }))).toEqual(["period"]);
    expect(await code(as("enterprise").appealAssessment.ranking({ period: "2025-Q4" }))).toBe("FORBIDDEN");
    expect((await computeAssessment(p.prisma, "2025-Q4", clock)).units.length).toBe(2);
  });
});
