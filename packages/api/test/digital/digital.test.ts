import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { levelOf } from "@qifu/feature-digital/schemas";
import { makeContext, readFileFor, saveUpload } from "@qifu/trpc-core";
import { codeOf, createTestPlatform, refusalOf, type TCaller } from "../../src";

const SET = "seed-digital-set-MANUFACTURING"; // the demo enterprise (皮具制造, 1922) answers the 制造业 table
const CODES = ["B1", "B2", "B3", "B4", "O1", "O2", "O3", "M1", "M2", "M3", "E1", "E2"];
const ind = (code: string) => `${SET}-${code}`;
/** Every indicator at one option; `over` changes some. */
const answersAt = (option: number, over: Record<string, number> = {}) => Object.fromEntries(CODES.map((c) => [ind(c), over[c] ?? option]));
const WAN = 1_000_000;

/** 数字化转型 (issue 18): scoring by hand, thresholds at their edges, drafts, scope from the refused side, matching, outcomes. */
describe(`digital on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let shiling: TCaller;
  let xinhua: TCaller;
  let operator: TCaller; // 狮岭皮革皮具产业集群公共服务平台 (seed-node-SHILING-1): a provider
  let bank: TCaller; // another node (新华街道): no solutions, sent nothing
  let enterprise: TCaller; // seed-enterprise-1, 狮岭镇, 制造业

  beforeAll(async () => {
    p = await createTestPlatform();
    [district, shiling, xinhua, operator, bank, enterprise] = await Promise.all(
      ["district", "shiling", "xinhua", "operator", "bank", "enterprise"].map((u) => p.as(u)),
    );
  });
  afterAll(() => p.close());

  it("thresholds at their edges: a score at a minimum reaches that level", () => {
    const t = { level1Min: 20, level2Min: 40, level3Min: 60, level4Min: 80 };
    expect([0, 19.9, 20, 39.9, 40, 59.9, 60, 79.9, 80, 100].map((s) => levelOf(s, t))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it("scores the seeded questionnaire as counted by hand; a draft never counts", async () => {
    const q = await enterprise.digitalDiagnoses.start({});
    expect(q.set.id).toBe(SET);
    expect(q.indicators.map((i) => i.maxPoints)).toEqual([10, 8, 6, 6, 10, 8, 7, 10, 8, 7, 10, 10]); // 100 in all
    // a draft: saved answers, no level, and no figure anywhere
    const before = await district.digital.stats({ year: 2026 });
    const saved = await enterprise.digitalDiagnoses.save({ id: q.diagnosis.id, answers: { [ind("B1")]: 3 } });
    expect(saved.diagnosis).toMatchObject({ status: "DRAFT", level: null, score: null, answers: { [ind("B1")]: 3 } });
    expect((await district.digital.stats({ year: 2026 })).diagnosed).toBe(before.diagnosed);
    expect((await enterprise.digitalDiagnoses.start({})).diagnosis.id).toBe(q.diagnosis.id); // the same draft continues
    // unanswered questions and a missing pledge are refused
    const partial = await refusalOf(
      enterprise.digitalDiagnoses.commit({ id: q.diagnosis.id, answers: { [ind("B1")]: 3 }, pledge: true }),
      "commit",
    );
    expect(partial.fields[0].message.zh).toContain("还有11项未作答");
    expect(await codeOf(enterprise.digitalDiagnoses.commit({ id: q.diagnosis.id, answers: answersAt(1), pledge: false as true }))).toBe(
      "BAD_REQUEST",
    );

    // option 2 of 4 everywhere (40 % of each indicator's points, rounded): B 4+3+2+2, O 4+3+3, M 4+3+3, E 4+4 = 39 → 一级 (just below 40)
    const c = await enterprise.digitalDiagnoses.commit({ id: q.diagnosis.id, answers: answersAt(1), pledge: true });
    expect(c.diagnosis).toMatchObject({ status: "COMMITTED", score: 39, level: 1, levelLabel: { zh: "一级", en: "Level 1" } });
    expect(c.diagnosis.dimensionScores).toEqual({ BASE: 36.7, OPERATION: 40, MANAGEMENT: 40, EFFECT: 40 });
    // the weakest: the lowest share of their points (B3 2/6, B4 2/6, then B2 3/8 before O2 3/8 by order)
    expect(c.diagnosis.weak.map((w) => w.name)).toEqual(["数据资源管理", "网络与数据安全", "网络与上云"]);
    expect(await codeOf(enterprise.digitalDiagnoses.save({ id: q.diagnosis.id, answers: {} }))).toBe("CONFLICT");

    // re-diagnosis: exactly 40 (E1 to nothing −4, B2 up +3, B3 up +2) reaches 二级, and shows the change from 39
    const again = await enterprise.digitalDiagnoses.start({});
    expect(again.diagnosis.id).not.toBe(q.diagnosis.id);
    const second = await enterprise.digitalDiagnoses.commit({
      id: again.diagnosis.id,
      answers: answersAt(1, { E1: 0, B2: 2, B3: 2 }),
      pledge: true,
    });
    expect(second.diagnosis).toMatchObject({ score: 40, level: 2 });
    expect(second.diagnosis.previous).toMatchObject({ score: 39, level: 1 });
    const mine = await enterprise.digitalDiagnoses.mine();
    expect(mine.latest?.id).toBe(again.diagnosis.id);
    expect(mine.history.map((h) => h.level)).toEqual([2, 1]);
    // all at the top: 100 → 四级
    const top = await enterprise.digitalDiagnoses.start({});
    expect(
      (await enterprise.digitalDiagnoses.commit({ id: top.diagnosis.id, answers: answersAt(3), pledge: true })).diagnosis,
    ).toMatchObject({ score: 100, level: 4 });
    const committed = await p.prisma.digitalDiagnosis.findMany({ where: { enterpriseId: "seed-enterprise-1", status: "COMMITTED" } });
    expect(committed).toHaveLength(3);
  });

  it("a diagnosis by a node on an enterprise's behalf is that node's ledger service; scope from the refused side", async () => {
    const q = await operator.digitalDiagnoses.start({ enterpriseId: "seed-enterprise-2" });
    const done = await operator.digitalDiagnoses.commit({ id: q.diagnosis.id, answers: answersAt(2), pledge: true });
    expect(done.diagnosis).toMatchObject({ score: 71, level: 3, byNodeName: "狮岭皮革皮具产业集群公共服务平台" });
    const ledger = await p.prisma.ledgerRecord.findMany({ where: { source: "DIAGNOSIS", originId: q.diagnosis.id } });
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ enterpriseId: "seed-enterprise-2", nodeId: "seed-node-SHILING-1" });
    // the operator cannot diagnose another town's enterprise; the bank does not see the operator's diagnosis
    const xinhuaEnterprise = await p.prisma.enterprise.findFirstOrThrow({ where: { town: { code: "XINHUA" } }, select: { id: true } });
    expect(await codeOf(operator.digitalDiagnoses.start({ enterpriseId: xinhuaEnterprise.id }))).toBe("FORBIDDEN");
    expect(await codeOf(bank.digitalDiagnoses.questionnaire({ id: q.diagnosis.id }))).toBe("NOT_FOUND");
    expect(await codeOf(xinhua.digitalDiagnoses.get({ id: q.diagnosis.id }))).toBe("NOT_FOUND");
    expect(await codeOf(shiling.digitalDiagnoses.get({ id: q.diagnosis.id }))).toBe("OK");
    expect(await codeOf(bank.digitalDiagnoses.commit({ id: q.diagnosis.id, answers: answersAt(2), pledge: true }))).toBe("NOT_FOUND");
    // an enterprise sees only its own
    const own = await enterprise.digitalDiagnoses.list({ pagination: { page: 1, perPage: 200 } });
    expect(own.data.every((d) => d.enterpriseId === "seed-enterprise-1")).toBe(true);
    expect(await codeOf(enterprise.digitalDiagnoses.questionnaire({ id: q.diagnosis.id }))).toBe("NOT_FOUND");
    // the indicator set is the district's to edit
    expect(await codeOf(shiling.digitalSets.update({ id: SET, data: { level3Min: 61 } }))).toBe("FORBIDDEN");
    expect(await codeOf(district.digitalSets.update({ id: SET, data: { level3Min: 30 } }))).toBe("VALIDATION");
  });

  it("needs from weak indicators, matched to solutions with reasons; a provider sees only the needs sent to it; the outcome is recorded", async () => {
    const mine = await enterprise.digitalDiagnoses.mine();
    const d = mine.latest!;
    const need = await enterprise.digitalNeeds.create({
      diagnosisId: d.id,
      scenario: "PRODUCTION",
      indicatorIds: [ind("O2")],
      text: "希望上线扫码报工和质量追溯",
      budgetFen: 10 * WAN,
      timeline: "WITHIN_3M",
    });
    expect(need).toMatchObject({ industry: "MANUFACTURING", indicatorNames: ["生产管控数字化"], townName: "狮岭镇" });
    const m = await enterprise.digitalNeeds.matches({ needId: need.id });
    const mes = m.matches.find((x) => x.solution.name.startsWith("皮具工厂轻量化MES"))!;
    expect(mes.reasons.map((r) => r.zh)).toEqual(
      expect.arrayContaining([
        "场景相符：生产管控",
        "适用制造业",
        "预算覆盖价格：8万元起",
        "部署约45天，可在3个月内上线",
        "服务商在本镇街：狮岭镇",
      ]),
    );
    expect(m.matches[0].solution.id).toBe(mes.solution.id);
    // the vision system: same scenario, but 20万元 is far above the budget → refused with the reason
    const vision = m.excluded.find((x) => x.solution.name === "质量检测视觉识别系统")!;
    expect(vision.failed.map((r) => r.zh)).toEqual(["不符合：预算低于价格20万元起"]);
    expect(m.excluded.some((x) => x.failed.some((r) => r.zh.startsWith("不符合：方案属")))).toBe(true);
    // pending and returned solutions are never offered
    expect([...m.matches, ...m.excluded].every((x) => x.solution.status === "PUBLISHED")).toBe(true);

    // before the contact, the provider does not see the need; after it, it does — the bank never
    expect(await codeOf(operator.digitalNeeds.get({ id: need.id }))).toBe("NOT_FOUND");
    const contact = await enterprise.digitalContacts.create({ needId: need.id, solutionId: mes.solution.id });
    expect(await codeOf(operator.digitalNeeds.get({ id: need.id }))).toBe("OK");
    expect(await codeOf(bank.digitalNeeds.get({ id: need.id }))).toBe("NOT_FOUND");
    expect(await codeOf(bank.digitalContacts.outcome({ id: contact.id, status: "TALKING" }))).toBe("NOT_FOUND");
    expect(await codeOf(xinhua.digitalNeeds.get({ id: need.id }))).toBe("NOT_FOUND");
    expect((await operator.digitalNeeds.list({ pagination: { page: 1, perPage: 200 } })).data.every((n) => n.contacts > 0)).toBe(true);
    expect(await codeOf(enterprise.digitalContacts.create({ needId: need.id, solutionId: mes.solution.id }))).toBe("VALIDATION");
    expect(
      (await enterprise.digitalNeeds.matches({ needId: need.id })).matches.find((x) => x.solution.id === mes.solution.id)!.contacted,
    ).toBe(true);

    // the outcome: talks, then adopted with price and go-live; the need is done; an outcome is final
    await operator.digitalContacts.outcome({ id: contact.id, status: "TALKING", answer: "欢迎到厂演示" });
    const adopted = await operator.digitalContacts.outcome({
      id: contact.id,
      status: "ADOPTED",
      priceFen: 9 * WAN,
      goLiveOn: "2030-01-10",
    });
    expect(adopted).toMatchObject({ status: "ADOPTED", priceFen: 9 * WAN, goLiveOn: "2030-01-10", answer: "欢迎到厂演示" });
    expect((await enterprise.digitalNeeds.get({ id: need.id })).status).toBe("ADOPTED");
    expect(await codeOf(operator.digitalContacts.outcome({ id: contact.id, status: "NOT_ADOPTED", answer: "改变主意" }))).toBe("CONFLICT");
  });

  it("solutions are reviewed before publication; the district's figures by level, town, industry and scenario", async () => {
    const input = {
      providerNodeId: "seed-node-SHILING-1",
      name: "测试方案",
      scenario: "SUPPLY" as const,
      industries: ["MANUFACTURING" as const],
      priceMinFen: 1 * WAN,
      priceMaxFen: 2 * WAN,
      deployDays: 10,
      contact: "020-0000",
    };
    const s = await operator.digitalSolutions.create(input);
    expect(s.status).toBe("PENDING");
    expect(await codeOf(xinhua.digitalSolutions.review({ id: s.id, decision: "PUBLISH" }))).toBe("NOT_FOUND");
    expect((await shiling.digitalSolutions.review({ id: s.id, decision: "PUBLISH" })).status).toBe("PUBLISHED");
    expect(await codeOf(bank.digitalSolutions.update({ id: s.id, data: { name: "越权" } }))).toBe("NOT_FOUND");
    expect(await codeOf(operator.digitalSolutions.create({ ...input, providerNodeId: "seed-node-XINYA-1" }))).toBe("FORBIDDEN");
    expect(await codeOf(operator.digitalSolutions.create({ ...input, priceMaxFen: 0 }))).toBe("VALIDATION");

    const stats = await district.digital.stats({ year: 2026 });
    expect(stats.diagnosed).toBeGreaterThan(10);
    expect(stats.byLevel.reduce((a, r) => a + r.count, 0)).toBe(stats.diagnosed);
    expect(stats.byTown.reduce((a, r) => a + r.diagnosed, 0)).toBe(stats.diagnosed);
    expect(stats.needsByScenario.reduce((a, r) => a + r.count, 0)).toBe(stats.needs);
    expect(stats.adopted).toBeGreaterThan(0);
    const town = await shiling.digital.stats({ year: 2026 });
    expect(town.byTown.map((t) => t.label.zh)).toEqual(["狮岭镇"]);
    expect(await codeOf(operator.digital.stats({ year: 2026 }))).toBe("FORBIDDEN");
    expect((await district.digitalBenchmarks.publicList({ page: 1, perPage: 12 })).data.length).toBeGreaterThan(0);
  });

  it("evidence: uploaded with a draft, listed on the diagnosis, read by the enterprise and its town, not by another town or node", async () => {
    // an enterprise of 狮岭镇 with no diagnosis yet, signed in with an account of its own
    const e = await p.prisma.enterprise.findFirstOrThrow({ where: { town: { code: "SHILING" }, id: { not: "seed-enterprise-1" } } });
    const acct = await p.prisma.user.create({
      data: {
        id: "test-digital-evidence",
        username: "digital-evidence",
        displayName: e.name,
        role: "ENTERPRISE",
        passwordHash: "x",
        enterpriseId: e.id,
      },
    });
    const me = {
      ...(await p.userOf("enterprise")),
      id: acct.id,
      username: acct.username,
      displayName: acct.displayName,
      enterpriseId: e.id,
    };
    const mine = p.asUser(me);
    const q = await mine.digitalDiagnoses.start({});
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    const file = await saveUpload(p.prisma, me, "设备联网台账.pdf", pdf);
    const saved = await mine.digitalDiagnoses.save({ id: q.diagnosis.id, answers: {}, fileIds: [file.id] });
    expect(saved.diagnosis.files.map((f) => f.name)).toEqual(["设备联网台账.pdf"]);
    // someone else's upload cannot be attached, and nothing is written
    const theirs = await saveUpload(p.prisma, await p.userOf("shiling"), "他人的文件.pdf", pdf);
    expect(await codeOf(mine.digitalDiagnoses.save({ id: q.diagnosis.id, answers: {}, fileIds: [theirs.id] }))).toBe("VALIDATION");
    expect((await mine.digitalDiagnoses.questionnaire({ id: q.diagnosis.id })).diagnosis.files).toHaveLength(1);
    // who may download it: the files route asks the diagnosis's own scope
    const reads = async (user: Awaited<ReturnType<typeof p.userOf>>) => (await readFileFor(makeContext(p.prisma, user), file.id)) !== null;
    expect(await reads(me)).toBe(true);
    expect(await reads(await p.userOf("district"))).toBe(true);
    expect(await reads(await p.userOf("shiling"))).toBe(true);
    expect(await reads(await p.userOf("xinhua"))).toBe(false);
    expect(await reads(await p.userOf("operator"))).toBe(false); // a node that did not diagnose it
    expect(await reads(await p.userOf("enterprise"))).toBe(false);
    expect(await readFileFor(makeContext(p.prisma, null), file.id)).toBeNull();
  });
});
