import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { shanghaiDate, shanghaiYear } from "@qifu/domain";
import { codeOf, createTestPlatform, refusalOf, type TCaller } from "../../src";

const WAN = 1_000_000;
const NEED = { amountFen: 300 * WAN, purpose: "采购原材料", termMonths: 12, collateral: "NONE", urgency: "URGENT" } as const;

/** 融资促进 (issue 15 pts 1, 2, 4): matching with known answers both ways, scope from the refused side, ledger, figures. */
describe(`financing on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let shiling: TCaller;
  let xinhua: TCaller;
  let bank: TCaller; // 广州农商银行花都支行普惠金融部 (seed-node-XINHUA-3)
  let boc: TCaller; // 中国银行花都支行 (seed-node-HUACHENG-2): another institution
  let enterprise: TCaller; // seed-enterprise-1: 狮岭镇, 专精特新, 皮具制造 (C), small
  let needId: string;

  beforeAll(async () => {
    p = await createTestPlatform();
    [district, shiling, xinhua, bank, enterprise] = await Promise.all([
      p.as("district"),
      p.as("shiling"),
      p.as("xinhua"),
      p.as("bank"),
      p.as("enterprise"),
    ]);
    boc = p.asUser({ ...(await p.userOf("bank")), id: "t-boc", username: "t-boc", nodeId: "seed-node-HUACHENG-2" });
    needId = (await enterprise.financingNeeds.create({ ...NEED })).id;
  });
  afterAll(() => p.close());

  it("matches a need to products with reasons: a match, a near miss with its reason, a refusal", async () => {
    const m = await enterprise.financingNeeds.matches({ needId });
    const credit = m.matches.find((x) => x.product.id === "seed-finprod-1")!;
    expect(credit.reasons.map((r) => r.zh)).toEqual(
      expect.arrayContaining(["符合：专精特新中小企业", "符合：制造业", "符合：信用贷款，无需抵押"]),
    );
    expect(credit.concerns).toEqual([]);
    // the mortgage loan is refused, and says why
    const mortgage = m.excluded.find((x) => x.product.id === "seed-finprod-2")!;
    expect(mortgage.failed.map((r) => r.zh)).toEqual(["不符合：需抵押（房产/土地或机器设备）"]);
    expect(m.matches.some((x) => x.product.id === "seed-finprod-2")).toBe(false);
    // a draft product is never offered
    expect([...m.matches, ...m.excluded].some((x) => x.product.id === "seed-finprod-6")).toBe(false);
    // a longer term: still a match, with the caveat (near miss), ranked below a full fit
    const long = (await enterprise.financingNeeds.create({ ...NEED, termMonths: 48 })).id;
    const lm = await enterprise.financingNeeds.matches({ needId: long });
    const nearMiss = lm.matches.find((x) => x.product.id === "seed-finprod-1")!;
    expect(nearMiss.concerns.map((r) => r.zh)).toEqual(["期限偏长：产品最长36个月"]);
    expect(nearMiss.score).toBeLessThan(credit.score);
  });

  it("the institution sees the same verdict from its product's side, over the needs sent to it only", async () => {
    await enterprise.financingSendings.create({ needId, productId: "seed-finprod-1" });
    const mortgageNeed = (await enterprise.financingNeeds.create({ ...NEED, amountFen: 200 * WAN })).id;
    await enterprise.financingSendings.create({ needId: mortgageNeed, productId: "seed-finprod-2" });
    const unsent = (await enterprise.financingNeeds.create({ ...NEED, purpose: "未发送的需求" })).id;

    const forCredit = await bank.financingProducts.matchingNeeds({ productId: "seed-finprod-1" });
    const mine = forCredit.data.find((x) => x.needId === needId)!;
    const fromNeedSide = (await enterprise.financingNeeds.matches({ needId })).matches.find((x) => x.product.id === "seed-finprod-1")!;
    expect(mine.eligible).toBe(true);
    expect(mine.score).toBeCloseTo(fromNeedSide.score, 9);
    expect(mine.reasons).toEqual(fromNeedSide.reasons);
    // the mortgage loan refuses a need without collateral, from its side too
    const forMortgage = await bank.financingProducts.matchingNeeds({ productId: "seed-finprod-2" });
    expect(forMortgage.data.find((x) => x.needId === mortgageNeed)).toMatchObject({ eligible: false });
    expect(forMortgage.data.find((x) => x.needId === mortgageNeed)!.failed[0].zh).toContain("需抵押");
    expect(forCredit.data.some((x) => x.needId === unsent)).toBe(false);
    // another institution's product is not the bank's to match
    expect(await codeOf(bank.financingProducts.matchingNeeds({ productId: "seed-finprod-3" }))).toBe("NOT_FOUND");
  });

  it("scope from the refused side: an institution reads only what was sent to it, a town only its own", async () => {
    const unsent = (await enterprise.financingNeeds.create({ ...NEED, purpose: "只给中国银行" })).id;
    await enterprise.financingSendings.create({ needId: unsent, productId: "seed-finprod-4" });
    expect(await codeOf(bank.financingNeeds.get({ id: unsent }))).toBe("NOT_FOUND");
    expect(await codeOf(boc.financingNeeds.get({ id: unsent }))).toBe("OK");
    const bankNeeds = await bank.financingNeeds.list({ pagination: { page: 1, perPage: 200 } });
    expect(bankNeeds.data.some((n) => n.id === unsent)).toBe(false);
    const bankSendings = await bank.financingSendings.list({ pagination: { page: 1, perPage: 200 } });
    expect(bankSendings.data.length).toBeGreaterThan(0);
    expect(bankSendings.data.every((s) => s.nodeId === "seed-node-XINHUA-3")).toBe(true);
    // the bank's own products only, never another institution's draft
    const products = await bank.financingProducts.list({ pagination: { page: 1, perPage: 200 } });
    expect(products.data.every((x) => x.nodeId === "seed-node-XINHUA-3")).toBe(true);
    expect(await codeOf(bank.financingProducts.update({ id: "seed-finprod-3", data: { description: "越权" } }))).toBe("NOT_FOUND");
    // a town admin of another town cannot read 狮岭镇's need; 狮岭镇's can
    expect(await codeOf(xinhua.financingNeeds.get({ id: needId }))).toBe("NOT_FOUND");
    expect(await codeOf(shiling.financingNeeds.get({ id: needId }))).toBe("OK");
    expect((await xinhua.financingNeeds.list({ pagination: { page: 1, perPage: 200 } })).data.every((n) => n.townName !== "狮岭镇")).toBe(
      true,
    );
    // another enterprise cannot read, match or send this need
    const other = p.asUser({ ...(await p.userOf("enterprise")), id: "t-ent-2", enterpriseId: "seed-enterprise-2" });
    expect(await codeOf(other.financingNeeds.get({ id: needId }))).toBe("NOT_FOUND");
    expect(await codeOf(other.financingNeeds.matches({ needId }))).toBe("NOT_FOUND");
    expect(await codeOf(other.financingSendings.create({ needId, productId: "seed-finprod-3" }))).toBe("NOT_FOUND");
    // the public sees published products only
    const pub = await p.anonymous().financingProducts.publicList({ perPage: 60 });
    expect(pub.data.length).toBeGreaterThan(0);
    expect(pub.data.every((x) => x.status === "PUBLISHED")).toBe(true);
    expect(await codeOf(p.anonymous().financingNeeds.list({}))).toBe("UNAUTHENTICATED");
  });

  it("an answer is one ledger record per contact; a decline needs a reason; only the institution sent to answers", async () => {
    const sending = (await bank.financingSendings.list({ filter: { needId } })).data[0];
    expect(await codeOf(boc.financingSendings.answer({ id: sending.id, decision: "ACCEPT" }))).toBe("NOT_FOUND");
    const noReason = await refusalOf(
      bank.financingSendings.answer({ id: sending.id, decision: "DECLINE", reason: "" }),
      "financingSendings.answer",
    );
    expect(noReason.code).toBe("VALIDATION");
    expect(await p.prisma.ledgerRecord.count({ where: { source: "FINANCING", originId: sending.id } })).toBe(0);
    await bank.financingSendings.answer({ id: sending.id, decision: "ACCEPT" });
    expect(await codeOf(bank.financingSendings.answer({ id: sending.id, decision: "ACCEPT" }))).toBe("CONFLICT");
    await bank.financingSendings.outcome({
      id: sending.id,
      approvedFen: 300 * WAN,
      grantedFen: null,
      rateBp: 360,
      grantedOn: null,
      schemeId: null,
    });
    const records = await p.prisma.ledgerRecord.findMany({ where: { source: "FINANCING", originId: sending.id } });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ nodeId: "seed-node-XINHUA-3", enterpriseId: "seed-enterprise-1", category: "FINANCING" });
  });

  it("a grant is recorded within its scheme's quota; the figures add up", async () => {
    const sending = (await bank.financingSendings.list({ filter: { needId } })).data[0];
    const today = shanghaiDate(new Date());
    // the need was posted today: its grant counts in this year's figures (needs posted in the year)
    const year = shanghaiYear(new Date());
    const before = await district.financingStats.summary({ year });
    const early = await refusalOf(
      bank.financingSendings.outcome({
        id: sending.id,
        approvedFen: 300 * WAN,
        grantedFen: 100 * WAN,
        rateBp: 360,
        grantedOn: "2026-01-02",
        schemeId: null,
      }),
      "financingSendings.outcome",
    );
    expect(early.fields[0]).toMatchObject({ path: "grantedOn" });
    const scheme = await district.financingSchemes.create({
      name: "测试助保贷",
      kind: "ZHUBAODAI",
      rules: "测试规则",
      quotaFen: 200 * WAN,
    });
    const over = await refusalOf(
      bank.financingSendings.outcome({
        id: sending.id,
        approvedFen: 300 * WAN,
        grantedFen: 250 * WAN,
        rateBp: 360,
        grantedOn: today,
        schemeId: scheme.id,
      }),
      "financingSendings.outcome",
    );
    expect(over.message.zh).toContain("剩余额度200万元");
    expect((await p.prisma.financingSending.findUniqueOrThrow({ where: { id: sending.id } })).status).toBe("APPROVED");
    expect(
      await codeOf(
        bank.financingSendings.outcome({
          id: sending.id,
          approvedFen: 300 * WAN,
          grantedFen: 400 * WAN,
          rateBp: 360,
          grantedOn: today,
          schemeId: null,
        }),
      ),
    ).toBe("VALIDATION");
    await bank.financingSendings.outcome({
      id: sending.id,
      approvedFen: 300 * WAN,
      grantedFen: 200 * WAN,
      rateBp: 360,
      grantedOn: today,
      schemeId: scheme.id,
    });
    expect((await district.financingSchemes.get({ id: scheme.id })).leftFen).toBe(0);
    const after = await district.financingStats.summary({ year });
    expect(after.total.grantedFen - before.total.grantedFen).toBe(200 * WAN);
    // the figures add up this year and in the demo's year (2026, the seed's needs)
    for (const s of [after, before, await district.financingStats.summary({ year: 2026 })]) {
      const sum = (k: "needs" | "askedFen" | "approvedFen" | "grantedFen", rows: typeof s.byTown) => rows.reduce((a, r) => a + r[k], 0);
      for (const k of ["needs", "askedFen", "approvedFen", "grantedFen"] as const) {
        expect(sum(k, s.byTown)).toBe(s.total[k]);
        expect(sum(k, s.byTier)).toBe(s.total[k]);
      }
      expect(sum("grantedFen", s.byInstitution)).toBe(s.total.grantedFen);
    }
    expect(after.daysToGrant.count).toBe(before.daysToGrant.count + 1);
    // a town admin's figures are its town's, and say so
    const town = await shiling.financingStats.summary({ year });
    expect(town.scope.zh).toContain("狮岭镇");
    expect(town.byTown).toHaveLength(1);
    expect(town.total.grantedFen).toBe(town.byTown[0].grantedFen);
  });

  it("a need raised at a 金融+ matchmaking event counts in that event's figures; another series' activity is refused (issue 15 pt 3)", async () => {
    const year = Number(shanghaiDate(new Date()).slice(0, 4));
    const events = await enterprise.financingNeeds.events({});
    expect(events.length).toBeGreaterThan(0);
    const event = events[0];
    const before = await district.financingStats.summary({ year });
    // (no check that the demo's events already brought needs this year: the demo's needs are posted
    // in 2026 while its events follow the clock, so that depends on the date; the need below is counted)
    const need = await enterprise.financingNeeds.create({ ...NEED, amountFen: 123 * WAN, activityId: event.id });
    expect(need.activityTitle).toBe(event.title);
    const after = await district.financingStats.summary({ year });
    const row = (s: typeof after) => s.events.find((e) => e.key === event.id) ?? { needs: 0, askedFen: 0 };
    expect(row(after).needs - row(before).needs).toBe(1);
    expect(row(after).askedFen - row(before).askedFen).toBe(123 * WAN);
    // a need counts at one event at most: the events never add up to more than the total
    expect(after.events.reduce((a, e) => a + e.needs, 0)).toBeLessThanOrEqual(after.total.needs);
    // an activity of another series (政策+) is no matchmaking event: refused on the field, nothing written
    const policy = await p.prisma.activity.findFirstOrThrow({ where: { series: { code: "POLICY_PLUS" } }, select: { id: true } });
    const count = await p.prisma.financingNeed.count();
    const refused = await refusalOf(enterprise.financingNeeds.create({ ...NEED, activityId: policy.id }), "financingNeeds.create");
    expect(refused.fields[0]).toMatchObject({ path: "activityId" });
    expect(refused.message.zh).toContain("对接会");
    expect(await p.prisma.financingNeed.count()).toBe(count);
  });

  it("concurrent grants never overdraw a scheme's quota (conditional UPDATE; PostgreSQL runs them in parallel)", async () => {
    const today = shanghaiDate(new Date());
    const scheme = await district.financingSchemes.create({
      name: "并发测试批量担保",
      kind: "BATCH_GUARANTEE",
      rules: "测试",
      quotaFen: 100 * WAN,
    });
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const need = (await enterprise.financingNeeds.create({ ...NEED, purpose: `并发${i}` })).id;
      const sent = await enterprise.financingSendings.create({ needId: need, productId: "seed-finprod-1" });
      await bank.financingSendings.answer({ id: sent.id, decision: "ACCEPT" });
      ids.push(sent.id);
    }
    const results = await Promise.allSettled(
      ids.map((id) =>
        bank.financingSendings.outcome({
          id,
          approvedFen: 60 * WAN,
          grantedFen: 60 * WAN,
          rateBp: 350,
          grantedOn: today,
          schemeId: scheme.id,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await district.financingSchemes.get({ id: scheme.id })).usedFen).toBe(60 * WAN);
    expect(await p.prisma.financingSending.count({ where: { id: { in: ids }, status: "GRANTED" } })).toBe(1);
  });

  it("bad input is refused with a bilingual message on the field, writing nothing", async () => {
    const bad = await refusalOf(
      district.financingProducts.create({
        nodeId: "seed-node-SHILING-1",
        name: "非金融机构产品",
        kind: "LOAN",
        rateMinBp: 300,
        rateMaxBp: 400,
        amountMinFen: WAN,
        amountMaxFen: 10 * WAN,
        termMonthsMax: 12,
        guaranteeForm: "CREDIT",
      }),
      "financingProducts.create",
    );
    expect(bad.fields[0]).toMatchObject({ path: "nodeId" });
    const range = await refusalOf(
      district.financingProducts.update({ id: "seed-finprod-1", data: { rateMinBp: 900 } }),
      "financingProducts.update",
    );
    expect(range.fields[0].message.zh).toContain("最高利率不能低于最低利率");
    expect(await p.prisma.financingProduct.count({ where: { name: "非金融机构产品" } })).toBe(0);
  });
});
