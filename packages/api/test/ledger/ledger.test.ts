import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { shanghaiYear } from "@qifu/domain";
import { createCallerFactory, makeContext, writeWorkbook } from "@qifu/trpc-core";
import { ledgerStats } from "@qifu/feature-ledger/server";
import { appRouter, createTestPlatform, type TCaller } from "../../src";

const errorOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return { code: "OK", zh: "", en: "" };
  } catch (e: any) {
    const app = e.cause;
    return { code: app?.code ?? e.code, zh: app?.messages?.zh ?? "", en: app?.messages?.en ?? "" };
  }
};
const codeOf = async (promise: Promise<unknown>) => (await errorOf(promise)).code;

const delivery = (over: Record<string, unknown> = {}) => ({
  servedOn: "2026-01-15",
  channel: "OFFLINE" as const,
  staffName: "王晓明",
  summary: "上门检测皮革样品并出具报告。",
  ...over,
});

/** The service ledger: scope from the refused side, the request state machine, figures, return visits, Excel import. */
describe(`service ledger on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let operator: TCaller; // node A (狮岭镇)
  let operatorB: TCaller; // node B (新华街道)
  let shiling: TCaller;
  let xinhua: TCaller;
  let district: TCaller;
  let enterprise: TCaller; // seed-enterprise-1
  let enterpriseB: TCaller;
  let nodeA: string;
  let nodeB: string;
  let productA: string;
  const enterpriseA = "seed-enterprise-1";
  const enterpriseBId = "lt-enterprise-b";

  beforeAll(async () => {
    p = await createTestPlatform();
    const xinhuaTown = await p.prisma.town.findUniqueOrThrow({ where: { code: "XINHUA" } });
    const template = await p.prisma.user.findUniqueOrThrow({ where: { username: "operator" } });
    nodeA = template.nodeId!;
    nodeB = (await p.prisma.node.findFirstOrThrow({ where: { townId: xinhuaTown.id } })).id;
    await p.prisma.enterprise.create({
      data: { id: enterpriseBId, creditCode: "91440114LT0000B01", name: "台账测试企业B", townId: xinhuaTown.id },
    });
    await p.prisma.user.create({
      data: {
        id: "lt-operator-b",
        username: "lt-operator-b",
        displayName: "B节点人员",
        role: "NODE_OPERATOR",
        passwordHash: template.passwordHash,
        townId: xinhuaTown.id,
        nodeId: nodeB,
      },
    });
    await p.prisma.user.create({
      data: {
        id: "lt-enterprise-b",
        username: "lt-enterprise-b",
        displayName: "企业B",
        role: "ENTERPRISE",
        passwordHash: template.passwordHash,
        townId: xinhuaTown.id,
        enterpriseId: enterpriseBId,
      },
    });
    [operator, operatorB, shiling, xinhua, district, enterprise, enterpriseB] = await Promise.all(
      ["operator", "lt-operator-b", "shiling", "xinhua", "district", "enterprise", "lt-enterprise-b"].map((u) => p.as(u)),
    );
    // a published product of node A the demo enterprise has no open request for
    const townA = (await p.prisma.node.findUniqueOrThrow({ where: { id: nodeA } })).townId;
    productA = (
      await p.prisma.serviceProduct.create({
        data: {
          id: "lt-product-a",
          nodeId: nodeA,
          townId: townA,
          title: "皮革样品检测服务",
          category: "TECH_SUPPORT",
          content: "皮革理化性能检测并出具报告。",
          processSteps: ["申请", "检测"],
          standard: "五个工作日出具报告",
          timeLimitDays: 5,
          channel: "BOTH",
          status: "PUBLISHED",
          publishedAt: new Date(),
        },
      })
    ).id;
  }, 600_000); // seeding every feature takes long on a busy machine
  afterAll(() => p?.close());

  const record = (c: TCaller, over: Record<string, unknown> = {}) =>
    c.ledgerRecords.create({ enterpriseId: enterpriseA, nodeId: nodeA, category: "TECH_SUPPORT", ...delivery(), ...over } as never);

  describe("scope, from the refused side", () => {
    it("node B's staff cannot record for node A, nor see, change or delete node A's records", async () => {
      const own = await record(operator);
      expect(own.nodeId).toBe(nodeA);
      expect(await codeOf(record(operatorB))).toBe("FORBIDDEN");
      expect(await codeOf(operatorB.ledgerRecords.get({ id: own.id }))).toBe("NOT_FOUND");
      expect(await codeOf(operatorB.ledgerRecords.update({ id: own.id, data: { summary: "改成别的内容。" } }))).toBe("NOT_FOUND");
      expect(await codeOf(operatorB.ledgerRecords.delete({ id: own.id }))).toBe("NOT_FOUND");
      const listed = await operatorB.ledgerRecords.list({ pagination: { page: 1, perPage: 200 }, filter: { nodeId: nodeA } });
      expect(listed.total).toBe(0);
      expect((await operatorB.ledgerRecords.list({ pagination: { page: 1, perPage: 200 } })).data.every((r) => r.nodeId === nodeB)).toBe(
        true,
      );
    });

    it("a town admin sees and records only their own town's nodes", async () => {
      expect(await codeOf(record(xinhua))).toBe("FORBIDDEN");
      const list = await xinhua.ledgerRecords.list({ pagination: { page: 1, perPage: 200 } });
      const xinhuaTown = (await p.prisma.town.findUniqueOrThrow({ where: { code: "XINHUA" } })).id;
      expect(list.total).toBeGreaterThan(0);
      expect(list.data.every((r) => r.townId === xinhuaTown)).toBe(true);
      const shilingRecord = await record(shiling);
      expect(await codeOf(xinhua.ledgerRecords.get({ id: shilingRecord.id }))).toBe("NOT_FOUND");
      expect(await codeOf(xinhua.ledgerRecords.visit({ id: shilingRecord.id, outcome: "NO_ANSWER", note: "无人接听" }))).toBe("NOT_FOUND");
    });

    it("an enterprise reads only its own records and cannot rate another's", async () => {
      const own = await record(operator);
      expect((await enterprise.ledgerRecords.get({ id: own.id })).enterpriseId).toBe(enterpriseA);
      expect(await codeOf(enterpriseB.ledgerRecords.get({ id: own.id }))).toBe("NOT_FOUND");
      expect(await codeOf(enterpriseB.ledgerRecords.rate({ id: own.id, score: 5 }))).toBe("NOT_FOUND");
      expect(
        (await enterpriseB.ledgerRecords.list({ pagination: { page: 1, perPage: 200 } })).data.every(
          (r) => r.enterpriseId === enterpriseBId,
        ),
      ).toBe(true);
      expect(
        await codeOf(
          enterprise.ledgerRecords.create({ enterpriseId: enterpriseA, nodeId: nodeA, category: "TECH_SUPPORT", ...delivery() } as never),
        ),
      ).toBe("FORBIDDEN");
    });

    it("rating: only the served enterprise, once; a low score needs a reason", async () => {
      const own = await record(operator);
      const low = await errorOf(enterprise.ledgerRecords.rate({ id: own.id, score: 2 }));
      expect(low.code).toBe("VALIDATION");
      expect(low.zh).toContain("不满意原因");
      const rated = await enterprise.ledgerRecords.rate({ id: own.id, score: 2, reasons: ["SLOW"], comment: "等太久" });
      expect(rated).toMatchObject({ ratingScore: 2, ratingReasons: ["SLOW"], ratedVia: "ENTERPRISE" });
      const again = await errorOf(enterprise.ledgerRecords.rate({ id: own.id, score: 5 }));
      expect(again.code).toBe("CONFLICT");
      expect(again.zh).toContain("不能重复评价");
      expect(await codeOf(operator.ledgerRecords.update({ id: own.id, data: { summary: "评价后改内容。" } }))).toBe("CONFLICT");
    });

    it("complaints: visible to the node and handled by its town, not by another town or node", async () => {
      const c = await enterprise.serviceComplaints.create({
        nodeId: nodeA,
        subject: "服务超时未办结",
        content: "承诺五个工作日办结，实际超过两周仍未完成。",
      });
      expect((await operator.serviceComplaints.get({ id: c.id })).subject).toBe("服务超时未办结");
      expect(await codeOf(operatorB.serviceComplaints.get({ id: c.id }))).toBe("NOT_FOUND");
      expect(await codeOf(enterpriseB.serviceComplaints.get({ id: c.id }))).toBe("NOT_FOUND");
      expect(await codeOf(xinhua.serviceComplaints.handle({ id: c.id }))).toBe("NOT_FOUND");
      expect(await codeOf(operator.serviceComplaints.handle({ id: c.id }))).toBe("FORBIDDEN");
      expect(await codeOf(shiling.serviceComplaints.answer({ id: c.id, answer: "已核实并督促整改。" }))).toBe("CONFLICT");
      await shiling.serviceComplaints.handle({ id: c.id });
      await shiling.serviceComplaints.answer({ id: c.id, answer: "已核实并督促整改。" });
      expect(await codeOf(enterpriseB.serviceComplaints.close({ id: c.id }))).toBe("NOT_FOUND");
      expect((await enterprise.serviceComplaints.close({ id: c.id })).status).toBe("CLOSED");
    });
  });

  describe("request state machine", () => {
    it("request → accept → deliver writes a ledger record the enterprise can rate", async () => {
      const r = await enterprise.serviceRequests.create({ productId: productA, channel: "OFFLINE", note: "需要检测一批皮革样品。" });
      expect(r.status).toBe("PENDING");
      expect(await codeOf(enterprise.serviceRequests.create({ productId: productA, channel: "OFFLINE", note: "重复申请同一服务。" }))).toBe(
        "CONFLICT",
      );
      expect(await codeOf(operatorB.serviceRequests.accept({ id: r.id }))).toBe("NOT_FOUND");
      expect(await codeOf(enterpriseB.serviceRequests.get({ id: r.id }))).toBe("NOT_FOUND");
      const early = await errorOf(operator.serviceRequests.deliver({ id: r.id, ...delivery() }));
      expect(early.code).toBe("CONFLICT");
      expect(early.zh).toContain("待受理");
      expect(early.en).toContain("pending");
      expect((await operator.serviceRequests.accept({ id: r.id })).status).toBe("ACCEPTED");
      expect(await codeOf(operator.serviceRequests.accept({ id: r.id }))).toBe("CONFLICT");
      const done = await operator.serviceRequests.deliver({ id: r.id, ...delivery() });
      expect(done.status).toBe("DELIVERED");
      const rec = await enterprise.ledgerRecords.get({ id: done.recordId! });
      expect(rec).toMatchObject({ source: "REQUEST", requestId: r.id, productId: productA, nodeId: nodeA });
      expect(await codeOf(enterprise.serviceRequests.cancel({ id: r.id }))).toBe("CONFLICT");
      expect(await codeOf(operator.serviceRequests.decline({ id: r.id, reason: "已办结" }))).toBe("CONFLICT");
      expect((await enterprise.ledgerRecords.rate({ id: rec.id, score: 5 })).ratingScore).toBe(5);
    });

    it("decline needs a reason and is final; an enterprise cannot accept its own request", async () => {
      const r = await enterprise.serviceRequests.create({ productId: productA, channel: "OFFLINE", note: "第二次申请检测服务。" });
      expect(await codeOf(enterprise.serviceRequests.accept({ id: r.id }))).toBe("FORBIDDEN");
      expect(await codeOf(operator.serviceRequests.decline({ id: r.id, reason: "" }))).toBe("BAD_REQUEST");
      const declined = await operator.serviceRequests.decline({ id: r.id, reason: "本月检测排期已满" });
      expect(declined).toMatchObject({ status: "DECLINED", reason: "本月检测排期已满" });
      const again = await errorOf(operator.serviceRequests.accept({ id: r.id }));
      expect(again.code).toBe("CONFLICT");
      expect(again.zh).toContain("已拒绝");
    });

    it("only published products can be requested, in a channel they offer", async () => {
      const draft = await p.prisma.serviceProduct.findFirstOrThrow({ where: { status: { not: "PUBLISHED" } } });
      expect(await codeOf(enterprise.serviceRequests.create({ productId: draft.id, channel: "ONLINE", note: "申请未发布的服务。" }))).toBe(
        "VALIDATION",
      );
      const offlineOnly = await p.prisma.serviceProduct.findFirst({ where: { status: "PUBLISHED", channel: "OFFLINE" } });
      if (offlineOnly)
        expect(
          await codeOf(enterprise.serviceRequests.create({ productId: offlineOnly.id, channel: "ONLINE", note: "线上申请线下服务。" })),
        ).toBe("VALIDATION");
    });
  });

  describe("figures on fixed data", () => {
    it("家次 vs distinct enterprises, online share and satisfaction, by town, node and month", async () => {
      // 2019: a year no demo data touches
      const base = {
        nodeId: nodeA,
        townId: (await p.prisma.node.findUniqueOrThrow({ where: { id: nodeA } })).townId,
        category: "FINANCING",
        staffName: "测试",
        summary: "固定数据",
        ratingReasons: [],
      };
      const rows = [
        { enterpriseId: enterpriseA, channel: "ONLINE", servedOn: new Date("2019-03-01"), ratingScore: 5 },
        { enterpriseId: enterpriseA, channel: "ONLINE", servedOn: new Date("2019-03-20"), ratingScore: 4 },
        { enterpriseId: enterpriseA, channel: "OFFLINE", servedOn: new Date("2019-05-02"), ratingScore: 2 },
        { enterpriseId: enterpriseBId, channel: "OFFLINE", servedOn: new Date("2019-05-03"), ratingScore: null },
        {
          enterpriseId: enterpriseBId,
          channel: "ONLINE",
          servedOn: new Date("2019-12-31"),
          ratingScore: 5,
          nodeId: nodeB,
          townId: (await p.prisma.node.findUniqueOrThrow({ where: { id: nodeB } })).townId,
        },
        // next year: not counted
        { enterpriseId: enterpriseBId, channel: "ONLINE", servedOn: new Date("2020-01-01"), ratingScore: 1 },
      ];
      await p.prisma.ledgerRecord.createMany({
        data: rows.map((r, i) => ({ ...base, id: `lt-fixed-${i}`, ratedAt: r.ratingScore ? new Date() : null, ...r })),
      });
      const s = await district.ledger.stats({ year: 2019 });
      expect(s.total).toEqual({
        enterpriseTimes: 5,
        enterprises: 2,
        online: 3,
        rated: 4,
        satisfied: 3,
        onlineShare: 0.6,
        satisfaction: 0.75,
      });
      expect(s.byMonth.find((m) => m.month === 3)).toMatchObject({ enterpriseTimes: 2, enterprises: 1, onlineShare: 1 });
      expect(s.byMonth.find((m) => m.month === 5)).toMatchObject({ enterpriseTimes: 2, enterprises: 2, onlineShare: 0 });
      expect(s.byNode.find((n) => n.nodeId === nodeA)).toMatchObject({ enterpriseTimes: 4, enterprises: 2, satisfaction: 2 / 3 });
      const shilingStats = await shiling.ledger.stats({ year: 2019 });
      expect(shilingStats.total.enterpriseTimes).toBe(4);
      expect(shilingStats.byNode.every((n) => n.nodeId !== nodeB)).toBe(true);
      // node staff get their node's figures whatever they ask for
      expect((await operatorB.ledger.stats({ year: 2019, nodeId: nodeA })).total.enterpriseTimes).toBe(1);
    });

    it("the board's target metrics read the same figures", async () => {
      // the demo's ledger targets are of the current year and the next (the ledger seed follows the clock)
      const year = shanghaiYear(new Date());
      const progress = await district.targets.progress({ year });
      const keys = progress.map((t) => t.metricKey);
      expect(keys).toEqual(expect.arrayContaining(["ledger.enterpriseTimes", "ledger.onlineShare", "ledger.satisfaction"]));
      const times = progress.find((t) => t.metricKey === "ledger.enterpriseTimes")!;
      expect(times.target).toBe(10_000);
      expect(times.actual).toBe((await district.ledger.stats({ year })).total.enterpriseTimes);
    });

    it("topNodes: the board's ten busiest nodes are the head of the full ranking, the rest unchanged", async () => {
      // the demo ledger covers the last twelve months: the year of six months ago holds most of them
      const year = shanghaiYear(new Date(Date.now() - 182 * 86_400_000));
      const district = await p.as("district");
      const full = await district.ledger.stats({ year });
      expect(full.byNode.length).toBeGreaterThan(10);
      expect(await district.ledger.stats({ year, topNodes: 10 })).toEqual({ ...full, byNode: full.byNode.slice(0, 10) });
      const town = await p.as("shiling");
      const inTown = await town.ledger.stats({ year });
      expect(await town.ledger.stats({ year, topNodes: 3 })).toEqual({ ...inTown, byNode: inTown.byNode.slice(0, 3) });
    });
  });

  describe("the board's rollup follows every write", () => {
    // ledger.stats reads ledger_rollup (kept by a trigger); the reference counts the records themselves
    const YEAR = 2018; // no other test or seed writes this year
    const scopes = () => [
      {},
      { townId: townOf(nodeA) },
      { townId: townOf(nodeB) },
      { nodeId: nodeA },
      { nodeId: nodeB },
      { townId: townOf(nodeA), nodeId: nodeA },
    ];
    const towns = new Map<string, string | undefined>();
    const townOf = (nodeId: string) => towns.get(nodeId)!;
    const expectRollupRight = async (year = YEAR) => {
      const ctx = makeContext(p.prisma, await p.userOf("district"));
      for (const scope of scopes()) {
        const fromRollup = await ledgerStats(ctx, year, scope);
        expect(fromRollup, JSON.stringify(scope)).toEqual(await ledgerStats(ctx, year, scope, "records"));
        // the busiest node only, as the statement ranks them: the head of the full list
        expect(await ledgerStats(ctx, year, scope, "rollup", 1), JSON.stringify(scope)).toEqual({
          ...fromRollup,
          byNode: fromRollup.byNode.slice(0, 1),
        });
      }
      return ledgerStats(ctx, year, {});
    };
    beforeAll(async () => {
      for (const id of [nodeA, nodeB]) towns.set(id, (await p.prisma.node.findUniqueOrThrow({ where: { id } })).townId ?? undefined);
    });

    it("after create, update (month, channel, node, rating) and delete", async () => {
      const first = await record(operator, { servedOn: `${YEAR}-04-10`, channel: "OFFLINE" });
      const second = await record(operator, { servedOn: `${YEAR}-04-20`, channel: "ONLINE" });
      await record(operatorB, { enterpriseId: enterpriseBId, nodeId: nodeB, servedOn: `${YEAR}-06-01` });
      let s = await expectRollupRight();
      expect(s.total).toMatchObject({ enterpriseTimes: 3, enterprises: 2, online: 1 });
      expect(s.byMonth[3]).toMatchObject({ enterpriseTimes: 2, enterprises: 1 });
      // another month and channel: April keeps one record, the enterprise is still served in April
      await operator.ledgerRecords.update({ id: second.id, data: { servedOn: `${YEAR}-09-01`, channel: "OFFLINE" } });
      s = await expectRollupRight();
      expect(s.byMonth[3]).toMatchObject({ enterpriseTimes: 1, enterprises: 1 });
      expect(s.byMonth[8]).toMatchObject({ enterpriseTimes: 1, enterprises: 1, online: 0 });
      // to another node in another town (no procedure does this; the trigger sees every write)
      await p.prisma.ledgerRecord.update({ where: { id: first.id }, data: { nodeId: nodeB, townId: townOf(nodeB) } });
      s = await expectRollupRight();
      expect(s.byNode.find((n) => n.nodeId === nodeB)).toMatchObject({ enterpriseTimes: 2, enterprises: 2 });
      // a rating, then a change that touches no counted column
      await enterprise.ledgerRecords.rate({ id: second.id, score: 5 });
      await p.prisma.ledgerRecord.update({ where: { id: first.id }, data: { summary: "只改了摘要。" } });
      s = await expectRollupRight();
      expect(s.total).toMatchObject({ rated: 1, satisfied: 1 });
      // deleting the last record of a node, month and enterprise takes them out of the distinct counts
      await operatorB.ledgerRecords.delete({ id: first.id });
      s = await expectRollupRight();
      expect(s.byNode.find((n) => n.nodeId === nodeB)).toMatchObject({ enterpriseTimes: 1, enterprises: 1 });
      expect(s.byMonth[3]).toMatchObject({ enterpriseTimes: 0, enterprises: 0 });
      await expectRollupRight(2026); // the demo year, with everything the other tests wrote
    });

    it("after an Excel import", async () => {
      const code = (await p.prisma.enterprise.findUniqueOrThrow({ where: { id: enterpriseA } })).creditCode;
      const codeB = (
        await p.prisma.enterprise.findFirstOrThrow({ where: { id: { notIn: [enterpriseA, enterpriseBId] } }, orderBy: { id: "asc" } })
      ).creditCode; // a seeded one: its code is a valid 18 characters
      const headers = ["统一社会信用代码", "服务节点", "服务类别", "服务方式", "服务日期", "服务人员", "服务内容摘要"].map((header) => ({
        header,
      }));
      const file = (
        await writeWorkbook("台账", headers, [
          [code, "", "投资融资", "线上", `${YEAR}-04-11`, "王晓明", "对接银行授信。"],
          [code, "", "投资融资", "线下", `${YEAR}-11-02`, "王晓明", "回访融资进度。"],
          [codeB, "", "法律咨询", "线上", `${YEAR}-11-03`, "李婷", "审查合同模板。"],
        ])
      ).toString("base64");
      const before = (await expectRollupRight()).total;
      const report = await operator.ledgerRecords.importCheck({ fileBase64: file });
      expect((await operator.ledgerRecords.importCommit({ rows: report.rows })).written).toBe(3);
      const after = await expectRollupRight();
      expect(after.total.enterpriseTimes).toBe(before.enterpriseTimes + 3);
      expect(after.byMonth[10]).toMatchObject({ enterpriseTimes: 2, enterprises: 2, online: 1 });
    });

    it("a node moved to another town keeps exact distinct counts", async () => {
      const moving = await p.prisma.node.create({
        data: {
          id: "lt-moving-node",
          name: "迁址测试节点",
          kind: "SERVICE_STATION",
          townId: townOf(nodeA),
          serviceCategories: ["FINANCING"],
        },
      });
      const onIt = (over: Record<string, unknown>) =>
        district.ledgerRecords.create({
          enterpriseId: enterpriseA,
          nodeId: moving.id,
          category: "FINANCING",
          ...delivery(),
          ...over,
        } as never);
      await onIt({ servedOn: `${YEAR}-02-01` });
      await p.prisma.node.update({ where: { id: moving.id }, data: { townId: townOf(nodeB) } });
      await onIt({ servedOn: `${YEAR}-03-01` }); // the same enterprise, now under the other town
      towns.set(moving.id, townOf(nodeB));
      const ctx = makeContext(p.prisma, await p.userOf("district"));
      for (const scope of [{ nodeId: moving.id }, { townId: townOf(nodeB), nodeId: moving.id }])
        expect(await ledgerStats(ctx, YEAR, scope)).toEqual(await ledgerStats(ctx, YEAR, scope, "records"));
      const s = await expectRollupRight();
      expect(s.byNode.find((n) => n.nodeId === moving.id)).toMatchObject({ enterpriseTimes: 2, enterprises: 1 });
    });
  });

  describe("return-visit queue", () => {
    it("lists a record with no rating 7 calendar days after the service, for its town only", async () => {
      const served = "2026-02-10";
      const r = await record(operator, { servedOn: served });
      const user = await p.userOf("shiling");
      const at = (iso: string) => createCallerFactory(appRouter)(makeContext(p.prisma, user, { now: () => new Date(iso) }));
      const inQueue = async (iso: string) =>
        (await at(iso).ledgerRecords.returnVisits({ pagination: { page: 1, perPage: 200 } })).data.some((x) => x.id === r.id);
      // 2026-02-16 23:00 Shanghai = 6 days; 2026-02-17 00:30 Shanghai = 7 days
      expect(await inQueue("2026-02-16T15:00:00Z")).toBe(false);
      expect(await inQueue("2026-02-16T16:30:00Z")).toBe(true);
      expect((await xinhua.ledgerRecords.returnVisits({ pagination: { page: 1, perPage: 200 } })).data.some((x) => x.id === r.id)).toBe(
        false,
      );
      expect(await codeOf(operator.ledgerRecords.returnVisits({}))).toBe("FORBIDDEN");
      expect(await codeOf(shiling.ledgerRecords.visit({ id: r.id, outcome: "NO_ANSWER", note: "无人接听", score: 5 }))).toBe("VALIDATION");
      const visited = await at("2026-02-18T02:00:00Z").ledgerRecords.visit({
        id: r.id,
        outcome: "REACHED",
        note: "企业表示满意",
        score: 4,
      });
      expect(visited).toMatchObject({ visitOutcome: "REACHED", ratingScore: 4, ratedVia: "VISIT" });
      expect(await inQueue("2026-03-01T00:00:00Z")).toBe(false);
      expect(await codeOf(enterprise.ledgerRecords.rate({ id: r.id, score: 5 }))).toBe("CONFLICT");
    });
  });

  describe("Excel import", () => {
    it("reports each bad row with its column and writes none of them", async () => {
      const code = (await p.prisma.enterprise.findUniqueOrThrow({ where: { id: enterpriseA } })).creditCode;
      const nodeAName = (await p.prisma.node.findUniqueOrThrow({ where: { id: nodeA } })).name;
      const nodeBName = (await p.prisma.node.findUniqueOrThrow({ where: { id: nodeB } })).name;
      const headers = ["统一社会信用代码", "服务节点", "服务类别", "服务方式", "服务日期", "服务人员", "服务内容摘要"].map((header) => ({
        header,
      }));
      const file = (
        await writeWorkbook("台账", headers, [
          [code, "", "投资融资", "线下", "2026-01-05", "王晓明", "对接银行授信，推荐助保贷产品。"], // row 2: good (operator's own node)
          ["91440114XXXXXXXXXX", "", "投资融资", "线下", "2026-01-05", "王晓明", "不存在的企业。"], // row 3: unknown code
          [code, nodeBName, "投资融资", "线上", "2026-01-06", "王晓明", "别的节点的服务。"], // row 4: outside scope
          [code, "", "不存在的类别", "线下", "2026-01-07", "王晓明", "类别不对。"], // row 5: bad category
          [code, "", "法律咨询", "线下", "2099-01-01", "王晓明", "未来日期的服务。"], // row 6: future date
          [code, nodeAName, "法律咨询", "线上", "2026/1/8", "李婷", "审查劳动合同模板，出具法律意见。"], // row 7: good
        ])
      ).toString("base64");
      const before = await p.prisma.ledgerRecord.count();
      const report = await operator.ledgerRecords.importCheck({ fileBase64: file });
      expect(report.total).toBe(6);
      expect(report.rows.map((r) => r.row)).toEqual([2, 7]);
      expect(report.errors.map((e) => [e.row, e.field])).toEqual([
        [3, "creditCode"],
        [4, "nodeName"],
        [5, "category"],
        [6, "servedOn"],
      ]);
      expect(report.errors[1].message.zh).toContain("本节点");
      expect(await p.prisma.ledgerRecord.count()).toBe(before);
      // the browser sends back every row, bad ones included: those are refused again
      const bad = {
        row: 4,
        data: {
          creditCode: code,
          nodeName: nodeBName,
          category: "FINANCING",
          channel: "ONLINE",
          servedOn: "2026-01-06",
          staffName: "王",
          summary: "别的节点的服务。",
        },
      };
      const commit = await operator.ledgerRecords.importCommit({ rows: [...report.rows, bad] });
      expect(commit.written).toBe(2);
      expect(commit.errors.map((e) => e.row)).toEqual([4]);
      expect(await p.prisma.ledgerRecord.count()).toBe(before + 2);
      expect(await p.prisma.ledgerRecord.count({ where: { nodeId: nodeB, summary: "别的节点的服务。" } })).toBe(0);
    });
  });
});
