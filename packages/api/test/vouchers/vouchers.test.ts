import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { addCalendarDays, fromShanghai, shanghaiDate, WorkingCalendar } from "@qifu/domain";
import type { TSessionUser } from "@qifu/trpc-core";
import { computeSignals, drawSample } from "@qifu/feature-vouchers/server";
import { periodOf, REFUSALS } from "@qifu/feature-vouchers/schemas";
import { codeOf, createTestPlatform, refusalOf, type TCaller } from "../../src";

const NODE = "seed-node-SHILING-1";
const E1 = "seed-enterprise-1";
const seeded = (n: number) => `seed-voucher-redemption-${n}`;

/** The n-th working day (Mon–Fri, seeded calendar) of the month `offset` months from now, at 10:00 Shanghai. */
async function workingDayOf(p: Awaited<ReturnType<typeof createTestPlatform>>, offset: number, n = 2): Promise<Date> {
  const rows = await p.prisma.calendarDay.findMany({ select: { date: true, kind: true, name: true } });
  const cal = new WorkingCalendar(rows as never);
  const today = shanghaiDate(new Date());
  let d = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 + offset, 1)).toISOString().slice(0, 10);
  for (let left = n; ; d = addCalendarDays(d, 1)) if (cal.isWorkingDay(d) && --left === 0) break;
  return fromShanghai(d, 10 * 60);
}

/** 服务券 (issue 16 part 2): refusals with their reasons, settlement, spot checks, fraud signals, scope from the refused side. */
describe(`vouchers on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller,
    shiling: TCaller,
    xinhua: TCaller,
    operator: TCaller,
    otherOperator: TCaller,
    enterprise: TCaller,
    otherEnterprise: TCaller;
  const today = shanghaiDate(new Date());

  beforeAll(async () => {
    p = await createTestPlatform();
    [district, shiling, xinhua, operator, enterprise] = await Promise.all(
      ["district", "shiling", "xinhua", "operator", "enterprise"].map((u) => p.as(u)),
    );
    const xinhuaTown = await p.townId("XINHUA");
    const otherNode = await p.prisma.node.findFirstOrThrow({ where: { townId: xinhuaTown }, orderBy: { id: "asc" } });
    const base: TSessionUser = {
      id: "",
      username: "",
      displayName: "",
      role: "NODE_OPERATOR",
      townId: xinhuaTown,
      nodeId: otherNode.id,
      enterpriseId: null,
      departmentId: null,
    };
    const op = await p.userOf("operator");
    otherOperator = p.asUser({ ...base, id: op.id, username: "vo-other", displayName: "新华节点人员" });
    otherEnterprise = p.asUser({
      ...base,
      id: (await p.userOf("enterprise")).id,
      role: "ENTERPRISE",
      nodeId: null,
      enterpriseId: "seed-enterprise-2",
    });
  });
  afterAll(() => p.close());

  // ── on the seed as it is ──────────────────────────────────────────────────────
  it("each fraud signal fires on its seeded case, and only there", async () => {
    const signals = await district.voucherSignals.list();
    const byKind = (k: string) => signals.filter((s) => s.kind === k);
    expect(byKind("HIGH_FREQUENCY").map((s) => s.key)).toEqual([`HIGH_FREQUENCY:seed-enterprise-3:${NODE}`]);
    expect(byKind("HIGH_FREQUENCY")[0].redemptionIds).toHaveLength(7);
    expect(byKind("HIGH_FREQUENCY")[0].amountFen).toBe(7 * 25_000);
    expect(byKind("UNCONFIRMED").map((s) => s.redemptionIds)).toEqual([[seeded(18)]]);
    expect(byKind("DUPLICATE_EVIDENCE").map((s) => s.redemptionIds)).toEqual([[seeded(19), seeded(5)].sort()]);
    expect(byKind("OUTSIDE_HOURS").map((s) => s.redemptionIds)).toEqual([[seeded(19)]]);
    // the review is kept with the signal; only the district reviews
    const key = byKind("OUTSIDE_HOURS")[0].key;
    await district.voucherSignals.review({ key, verdict: "CONFIRMED", note: "周日晚间无人值守，已约谈节点" });
    expect((await district.voucherSignals.list()).find((s) => s.key === key)?.verdict).toBe("CONFIRMED");
    expect(await codeOf(shiling.voucherSignals.list())).toBe("FORBIDDEN");
    expect(await codeOf(operator.voucherSignals.review({ key, verdict: "CLEARED" }))).toBe("FORBIDDEN");
  });

  it("signals stay silent on clean data, and each rule fires on its own case", () => {
    const cal = new WorkingCalendar([]);
    const wed = fromShanghai("2024-05-15", 10 * 60); // a Wednesday, 10:00
    const now = new Date(wed.getTime() + 3 * 86_400_000);
    const row = (i: number, o: Partial<{ e: string; n: string; at: Date; status: string; created: Date }> = {}) => ({
      id: `r${i}`,
      enterpriseId: o.e ?? `e${i}`,
      nodeId: o.n ?? `n${i % 3}`,
      amountFen: 1000,
      servedAt: o.at ?? wed,
      status: o.status ?? "CONFIRMED",
      createdAt: o.created ?? wed,
      enterprise: { name: `企业${i}` },
      node: { name: `节点${i}` },
    });
    const clean = [1, 2, 3, 4, 5, 6].map((i) => row(i));
    const files = clean.map((r, i) => ({ sha256: `h${i}`, ownerId: r.id }));
    expect(computeSignals(clean, files, cal, now)).toEqual([]);
    // one pair with 4 of 10 redemptions: mean 10/7 ≈ 1.43, 3× = 4.29 > 4: silent; a 5th makes 11/7 ≈ 1.57, 3× = 4.71 ≤ 5: fires
    const four = [7, 8, 9, 10].map((i) => row(i, { e: "eX", n: "nX" }));
    expect(computeSignals([...clean, ...four], files, cal, now)).toEqual([]);
    const five = [...clean, ...four, row(11, { e: "eX", n: "nX" })];
    expect(computeSignals(five, files, cal, now).map((s) => s.key)).toEqual(["HIGH_FREQUENCY:eX:nX"]);
    // pending for 15 days fires, for 13 days does not
    const pending = [
      row(1, { status: "PENDING", created: new Date(now.getTime() - 15 * 86_400_000) }),
      row(2, { status: "PENDING", created: new Date(now.getTime() - 13 * 86_400_000) }),
    ];
    expect(computeSignals(pending, [], cal, now).map((s) => s.key)).toEqual(["UNCONFIRMED:r1"]);
    // the same hash on two redemptions (not twice on one)
    expect(computeSignals(clean, [...files, { sha256: "h0", ownerId: "r3" }], cal, now).map((s) => s.key)).toEqual([
      "DUPLICATE_EVIDENCE:h0",
    ]);
    expect(computeSignals(clean, [...files, { sha256: "h0", ownerId: "r1" }], cal, now)).toEqual([]);
    // 08:59 and 18:00 and a Saturday are outside; 09:00 and 17:59 inside
    const at = (d: string, m: number) => fromShanghai(d, m);
    const hours = [
      row(1, { at: at("2024-05-15", 8 * 60 + 59) }),
      row(2, { at: at("2024-05-15", 9 * 60) }),
      row(3, { at: at("2024-05-15", 17 * 60 + 59) }),
      row(4, { at: at("2024-05-15", 18 * 60) }),
      row(5, { at: at("2024-05-18", 10 * 60) }),
    ];
    expect(computeSignals(hours, [], cal, now).map((s) => s.key)).toEqual(["OUTSIDE_HOURS:r1", "OUTSIDE_HOURS:r4", "OUTSIDE_HOURS:r5"]);
  });

  it("the board's figures follow the seed, each in its caller's scope", async () => {
    const node = await operator.voucherStats.stats();
    // at the demo node: e1 150,000+80,000+60,000+120,000; e2 100,000+90,000; e8 80,000; e3 7×25,000; e6 70,000
    expect(node.redeemedFen).toBe(925_000);
    expect(node.byNode.map((x) => x.key)).toEqual([NODE]);
    expect(node.issuedFen).toBe(0);
    expect(node.scope.zh).toContain("本节点");
    const town = await shiling.voucherStats.stats();
    expect(town.byNode.every((x) => x.key === NODE || x.name)).toBe(true);
    expect(town.redeemedFen).toBe(await sum({ town: await p.townId("SHILING") }));
    const all = await district.voucherStats.stats();
    expect(all.confirmedFen).toBe(await sum({ status: "CONFIRMED" }));
    expect(all.byCategory.reduce((s, c) => s + c.redeemedFen, 0)).toBe(all.redeemedFen);
    expect(await codeOf(enterprise.voucherStats.stats())).toBe("FORBIDDEN");
  });
  const sum = async (o: { town?: string; status?: string }) =>
    (
      await p.prisma.voucherRedemption.aggregate({
        where: { ...(o.town ? { townId: o.town } : {}), ...(o.status ? { status: o.status } : {}) },
        _sum: { amountFen: true },
      })
    )._sum.amountFen ?? 0;

  it("spot checks: the recorded seed draws the same sample again; only the district draws", async () => {
    const period = periodOf(await workingDayOf(p, -2, 1));
    const first = await district.voucherSpotChecks.draw({ period, size: 3, seed: 42 });
    const again = await district.voucherSpotChecks.draw({ period, size: 3, seed: 42 });
    expect(again.redemptionIds).toEqual(first.redemptionIds);
    const pool = (await p.prisma.voucherRedemption.findMany({ where: { period }, select: { id: true } })).map((r) => r.id);
    expect(first.redemptionIds).toEqual(drawSample(pool, 3, 42));
    expect(new Set(first.redemptionIds).size).toBe(Math.min(3, pool.length));
    const fresh = await district.voucherSpotChecks.draw({ period, size: 2 });
    expect(fresh.seed).toBeGreaterThanOrEqual(0);
    expect(await codeOf(shiling.voucherSpotChecks.draw({ period, size: 2 }))).toBe("FORBIDDEN");
    expect(await codeOf(district.voucherSpotChecks.draw({ period: "1999-01", size: 2 }))).toBe("VALIDATION");
  });

  // ── issue, redeem, refuse ─────────────────────────────────────────────────────
  let batchId = "";
  let code = "";
  it("the district allocates to named enterprises within the per-enterprise quota; the enterprise applies to an open batch once", async () => {
    const b = await district.voucherBatches.create({
      name: "测试服务券批次",
      budgetFen: 1_000_000,
      faceValuesFen: [150_000],
      categories: ["TECH_SUPPORT", "LEGAL"],
      nodeIds: [NODE],
      quotaPerCategoryFen: 100_000,
      validFrom: addCalendarDays(today, -150),
      validTo: addCalendarDays(today, 30),
      issueMode: "ALLOCATION",
    });
    batchId = b.id;
    const out = await district.vouchers.allocate({ batchId, enterpriseIds: [E1, E1, "seed-enterprise-2"], faceValueFen: 150_000 });
    expect(out).toEqual({ issued: 2, skipped: [] });
    const again = await district.vouchers.allocate({ batchId, enterpriseIds: [E1], faceValueFen: 150_000 });
    expect(again.issued).toBe(0);
    expect(again.skipped[0].reason).toContain("最多可领 1 张");
    expect(await codeOf(district.vouchers.allocate({ batchId, enterpriseIds: [E1], faceValueFen: 99_900 }))).toBe("VALIDATION");
    const mine = await enterprise.voucherRedemptions.mine();
    const v = mine.vouchers.find((x) => x.batchId === batchId)!;
    expect(v.balanceFen).toBe(150_000);
    code = v.code;
    // applying: to the seeded open batch, once
    const open = mine.openBatches.find((x) => x.id === "seed-voucher-batch-open")!;
    expect(mine.openBatches.map((x) => x.id)).not.toContain(batchId); // an allocation batch takes no applications
    const applied = await enterprise.vouchers.request({ batchId: open.id, faceValueFen: 200_000 });
    expect(applied.status).toBe("APPLIED");
    expect(await codeOf(enterprise.vouchers.request({ batchId: open.id, faceValueFen: 100_000 }))).toBe("CONFLICT");
    expect(await codeOf(enterprise.vouchers.request({ batchId, faceValueFen: 150_000 }))).toBe("CONFLICT");
    expect(await codeOf(shiling.vouchers.decide({ id: applied.id, approve: true }))).toBe("FORBIDDEN");
    expect((await district.vouchers.decide({ id: applied.id, approve: true })).status).toBe("ISSUED");
    expect(await codeOf(district.vouchers.decide({ id: applied.id, approve: false }))).toBe("NOT_FOUND");
  });

  const servedAt = () => new Date(Date.now() - 3_600_000).toISOString();
  const steps = ["现场诊断设备故障", "出具维修建议"];
  it("the code is looked up first: whose voucher, whether this node may take it, and the node's services it can pay for", async () => {
    // a service this node gave the enterprise yesterday, not yet paid by a voucher
    const given = await operator.ledgerRecords.create({
      enterpriseId: E1,
      nodeId: NODE,
      category: "LEGAL",
      servedOn: addCalendarDays(today, -1),
      channel: "OFFLINE",
      staffName: "王晓明",
      summary: "合同条款审查并出具法律意见书。",
    } as never);
    const found = await operator.voucherRedemptions.lookup({ code: code.toLowerCase() });
    expect([found.voucher?.enterpriseId, found.voucher?.balanceFen, found.blocked]).toEqual([E1, 150_000, null]);
    expect(found.records.map((r) => r.id)).toContain(given.id);
    expect(found.records.every((r) => ["TECH_SUPPORT", "LEGAL"].includes(r.category))).toBe(true);
    // another node's staff: the batch is not theirs, and they see none of this node's services
    const other = await otherOperator.voucherRedemptions.lookup({ code });
    expect([other.blocked, other.records]).toEqual([REFUSALS.NODE_NOT_ELIGIBLE, []]);
    expect(await operator.voucherRedemptions.lookup({ code: "QF23456789" })).toEqual({
      voucher: null,
      blocked: { zh: "券码无效，请核对", en: "Unknown voucher code" },
      records: [],
    });
    expect(await codeOf(enterprise.voucherRedemptions.lookup({ code }))).toBe("FORBIDDEN");
    expect(await codeOf(shiling.voucherRedemptions.lookup({ code }))).toBe("FORBIDDEN");
    // redeemed against the chosen record: its category, no second ledger record; then it is no longer offered
    const ledgers = await p.prisma.ledgerRecord.count();
    const r = await operator.voucherRedemptions.redeem({ code, ledgerRecordId: given.id, amountFen: 10_000, servedAt: servedAt(), steps });
    expect([r.ledgerRecordId, r.category]).toEqual([given.id, "LEGAL"]);
    expect(await p.prisma.ledgerRecord.count()).toBe(ledgers);
    expect((await operator.voucherRedemptions.lookup({ code })).records.map((x) => x.id)).not.toContain(given.id);
  });

  it("a refused redemption says why (category, node, quota, expiry, budget) and writes nothing", async () => {
    const spent = async () => (await p.prisma.voucherBatch.findUniqueOrThrow({ where: { id: batchId } })).spentFen;
    const ledgers = await p.prisma.ledgerRecord.count();
    const refusal = async (call: Promise<unknown>) => (await refusalOf(call, "voucherRedemptions.redeem")).message;
    expect(
      await refusal(
        operator.voucherRedemptions.redeem({ code, category: "MARKET_EXPANSION", amountFen: 10_000, servedAt: servedAt(), steps }),
      ),
    ).toEqual(REFUSALS.CATEGORY_NOT_ELIGIBLE);
    expect(
      await refusal(otherOperator.voucherRedemptions.redeem({ code, category: "LEGAL", amountFen: 10_000, servedAt: servedAt(), steps })),
    ).toEqual(REFUSALS.NODE_NOT_ELIGIBLE);
    // per category: 100,000 of TECH_SUPPORT; then the voucher's balance (150,000)
    await operator.voucherRedemptions.redeem({ code, category: "TECH_SUPPORT", amountFen: 90_000, servedAt: servedAt(), steps });
    expect(
      await refusal(operator.voucherRedemptions.redeem({ code, category: "TECH_SUPPORT", amountFen: 10_001, servedAt: servedAt(), steps })),
    ).toEqual(REFUSALS.QUOTA_USED);
    await operator.voucherRedemptions.redeem({ code, category: "LEGAL", amountFen: 50_000, servedAt: servedAt(), steps }); // 10,000 went on the chosen record above
    expect(
      await refusal(operator.voucherRedemptions.redeem({ code, category: "TECH_SUPPORT", amountFen: 1, servedAt: servedAt(), steps })),
    ).toEqual(REFUSALS.QUOTA_USED);
    expect(await spent()).toBe(150_000);
    // expired: the demo enterprise's voucher of last year's batch
    const old = await p.prisma.voucher.findFirstOrThrow({ where: { batchId: "seed-voucher-batch-expired", enterpriseId: E1 } });
    expect(
      await refusal(
        operator.voucherRedemptions.redeem({ code: old.code, category: "INFO_CONSULTING", amountFen: 1_000, servedAt: servedAt(), steps }),
      ),
    ).toEqual(REFUSALS.EXPIRED);
    // budget: a batch of 50,000 with two vouchers of 50,000
    const small = await district.voucherBatches.create({
      name: "小额预算批次",
      budgetFen: 50_000,
      faceValuesFen: [50_000],
      categories: ["LEGAL"],
      quotaPerCategoryFen: 50_000,
      validFrom: addCalendarDays(today, -5),
      validTo: addCalendarDays(today, 5),
      issueMode: "ALLOCATION",
    });
    await district.vouchers.allocate({ batchId: small.id, enterpriseIds: [E1, "seed-enterprise-2"], faceValueFen: 50_000 });
    const codes = await p.prisma.voucher.findMany({ where: { batchId: small.id }, orderBy: { enterpriseId: "asc" } });
    await operator.voucherRedemptions.redeem({ code: codes[0].code, category: "LEGAL", amountFen: 30_000, servedAt: servedAt(), steps });
    expect(
      await refusal(
        operator.voucherRedemptions.redeem({ code: codes[1].code, category: "LEGAL", amountFen: 30_000, servedAt: servedAt(), steps }),
      ),
    ).toEqual(REFUSALS.BUDGET_SPENT);
    expect((await p.prisma.voucherBatch.findUniqueOrThrow({ where: { id: small.id } })).spentFen).toBe(30_000);
    // three written (two in the test batch, one in the small), each with its own ledger record; the refusals wrote none
    expect(await p.prisma.ledgerRecord.count()).toBe(ledgers + 3);
    // a ledger record of another node or enterprise cannot be redeemed against
    const foreign = await p.prisma.ledgerRecord.findFirstOrThrow({ where: { NOT: { nodeId: NODE } } });
    const body = await refusalOf(
      operator.voucherRedemptions.redeem({
        code: codes[1].code,
        ledgerRecordId: foreign.id,
        amountFen: 1_000,
        servedAt: servedAt(),
        steps,
      }),
      "voucherRedemptions.redeem",
    );
    expect(body.fields.map((f) => f.path)).toEqual(["ledgerRecordId"]);
    expect(await codeOf(enterprise.voucherRedemptions.redeem({ code, category: "LEGAL", amountFen: 1, servedAt: servedAt(), steps }))).toBe(
      "FORBIDDEN",
    );
  });

  it("redemptions from the refused side: node, town, enterprise see and confirm only their own", async () => {
    const r = await p.prisma.voucherRedemption.findFirstOrThrow({ where: { batchId, category: "TECH_SUPPORT" } });
    expect(await codeOf(operator.voucherRedemptions.get({ id: r.id }))).toBe("OK");
    expect(await codeOf(otherOperator.voucherRedemptions.get({ id: r.id }))).toBe("NOT_FOUND");
    expect(await codeOf(shiling.voucherRedemptions.get({ id: r.id }))).toBe("OK");
    expect(await codeOf(xinhua.voucherRedemptions.detail({ id: r.id }))).toBe("NOT_FOUND");
    expect(await codeOf(otherEnterprise.voucherRedemptions.confirm({ id: r.id, rating: 1 }))).toBe("NOT_FOUND");
    const listed = await xinhua.voucherRedemptions.list({ pagination: { page: 1, perPage: 200 } });
    expect(listed.data.every((x) => x.townName !== "狮岭镇")).toBe(true);
    expect(await codeOf(xinhua.vouchers.get({ id: (await p.prisma.voucher.findFirstOrThrow({ where: { code } })).id }))).toBe("NOT_FOUND");
    expect(await codeOf(operator.vouchers.list({}))).toBe("FORBIDDEN");
    const done = await enterprise.voucherRedemptions.confirm({ id: r.id, rating: 4, comment: "及时到场" });
    expect([done.status, done.rating]).toEqual(["CONFIRMED", 4]);
    expect(await codeOf(enterprise.voucherRedemptions.confirm({ id: r.id, rating: 5 }))).toBe("CONFLICT");
  });

  it("settlement: a past month, confirmed redemptions only, totals by hand; then final", async () => {
    const at = await workingDayOf(p, -3); // no seeded redemption falls three months back
    const period = periodOf(at);
    expect(await p.prisma.voucherRedemption.count({ where: { period } })).toBe(0);
    const make = async (amountFen: number, category: "TECH_SUPPORT" | "LEGAL") =>
      (await operator.voucherRedemptions.redeem({ code: second, category, amountFen, servedAt: at.toISOString(), steps })).id;
    const second = (await p.prisma.voucher.findFirstOrThrow({ where: { batchId, enterpriseId: "seed-enterprise-2" } })).code;
    const a = await make(10_000, "TECH_SUPPORT");
    const b = await make(20_000, "LEGAL");
    const c = await make(40_000, "LEGAL");
    await otherEnterprise.voucherRedemptions.confirm({ id: a, rating: 5 });
    await otherEnterprise.voucherRedemptions.confirm({ id: b, rating: 3 });
    const preview = await district.voucherSettlements.preview({ period });
    expect([preview.totalFen, preview.count, preview.pending, preview.settled]).toEqual([30_000, 2, 1, false]);
    expect(await codeOf(shiling.voucherSettlements.settle({ period }))).toBe("FORBIDDEN");
    expect(await codeOf(district.voucherSettlements.settle({ period: periodOf(new Date()) }))).toBe("VALIDATION");
    const s = await district.voucherSettlements.settle({ period });
    expect([s.totalFen, s.count]).toEqual([30_000, 2]);
    expect(s.lines).toEqual([expect.objectContaining({ nodeId: NODE, count: 2, amountFen: 30_000 })]);
    // the sum over the confirmed redemptions the settlement took equals its total
    const taken = await p.prisma.voucherRedemption.aggregate({
      where: { settlementId: s.id },
      _sum: { amountFen: true },
      _count: { _all: true },
    });
    expect([taken._sum.amountFen, taken._count._all]).toEqual([30_000, 2]);
    // final: no second settlement, no confirmation into it, no redemption dated into it
    expect(await codeOf(district.voucherSettlements.settle({ period }))).toBe("CONFLICT");
    expect(
      (await refusalOf(otherEnterprise.voucherRedemptions.confirm({ id: c, rating: 5 }), "voucherRedemptions.confirm")).message,
    ).toEqual(REFUSALS.PERIOD_SETTLED);
    expect(
      (
        await refusalOf(
          operator.voucherRedemptions.redeem({ code: second, category: "LEGAL", amountFen: 1_000, servedAt: at.toISOString(), steps }),
          "voucherRedemptions.redeem",
        )
      ).message,
    ).toEqual(REFUSALS.PERIOD_SETTLED);
    // the settlement sheet: one line per node and the total, in yuan
    const file = await district.voucherSettlements.sheet({ id: s.id });
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, "base64") as never);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe("服务节点");
    expect(ws.getRow(2).getCell(1).value).toBe((await p.prisma.node.findUniqueOrThrow({ where: { id: NODE } })).name);
    expect([ws.getRow(2).getCell(3).value, ws.getRow(2).getCell(4).value]).toEqual([2, 300]);
    expect(ws.getRow(3).getCell(3).value).toBe(2);
    expect(ws.getRow(3).getCell(1).value).toBe("合计");
    expect(ws.getRow(3).getCell(4).value).toBe(300);
    expect(await codeOf(operator.voucherSettlements.sheet({ id: s.id }))).toBe("FORBIDDEN");
  });
});
