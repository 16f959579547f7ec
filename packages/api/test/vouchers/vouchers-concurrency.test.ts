import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { addCalendarDays, shanghaiDate } from "@qifu/domain";
import { REFUSALS } from "@qifu/feature-vouchers/schemas";
import { createTestPlatform, refusalOf, type TCaller } from "../../src";

/**
 * Issue 16 point 2: no over-spend under concurrent redemption. 100 redemptions at once against one
 * batch: the budget, a voucher's balance (its quota) and the expiry hold. On PostgreSQL the calls run
 * in parallel and queue on the batch's row lock (SELECT … FOR UPDATE); on PGlite they serialise.
 */
describe(`voucher redemptions under concurrency on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let operator: TCaller;
  const today = shanghaiDate(new Date());
  const servedAt = () => new Date(Date.now() - 3_600_000).toISOString();
  const steps = ["受理企业需求", "完成服务并签字确认"];

  const batch = async (name: string, o: { budgetFen: number; face: number; quota: number; from: number; to: number }) =>
    (
      await district.voucherBatches.create({
        name,
        budgetFen: o.budgetFen,
        faceValuesFen: [o.face],
        categories: ["TECH_SUPPORT"],
        quotaPerCategoryFen: o.quota,
        validFrom: addCalendarDays(today, o.from),
        validTo: addCalendarDays(today, o.to),
        issueMode: "ALLOCATION",
      })
    ).id;
  const codesOf = async (batchId: string) =>
    (await p.prisma.voucher.findMany({ where: { batchId }, orderBy: { enterpriseId: "asc" }, select: { code: true } })).map((v) => v.code);
  const reasons = (results: PromiseSettledResult<unknown>[]) =>
    Promise.all(
      results.map(async (r) =>
        r.status === "fulfilled" ? "OK" : (await refusalOf(Promise.reject(r.reason), "voucherRedemptions.redeem")).message.en,
      ),
    );

  beforeAll(async () => {
    p = await createTestPlatform();
    district = await p.as("district");
    operator = await p.as("operator");
    const shiling = await p.townId("SHILING");
    await p.prisma.enterprise.createMany({
      data: Array.from({ length: 100 }, (_, i) => ({
        id: `vc-ent-${String(i).padStart(3, "0")}`,
        creditCode: `VC${String(i).padStart(16, "0")}`,
        name: `并发核销测试企业${i}`,
        townId: shiling,
      })),
    });
  }, 120_000);
  afterAll(() => p.close());

  it("budget: 100 enterprises redeem 15,000 each against a budget of 1,000,000: exactly 66 pass", async () => {
    const id = await batch("并发预算批次", { budgetFen: 1_000_000, face: 20_000, quota: 20_000, from: -10, to: 10 });
    const all = Array.from({ length: 100 }, (_, i) => `vc-ent-${String(i).padStart(3, "0")}`);
    expect((await district.vouchers.allocate({ batchId: id, enterpriseIds: all, faceValueFen: 20_000 })).issued).toBe(100);
    const codes = await codesOf(id);
    const started = Date.now();
    const results = await Promise.allSettled(
      codes.map((code) =>
        operator.voucherRedemptions.redeem({ code, category: "TECH_SUPPORT", amountFen: 15_000, servedAt: servedAt(), steps }),
      ),
    );
    console.log(`100 concurrent redemptions (budget) on ${testDatabaseKind()}: ${Date.now() - started} ms`);
    const r = await reasons(results);
    expect(r.filter((x) => x === "OK")).toHaveLength(66); // floor(1,000,000 / 15,000)
    expect(r.filter((x) => x === REFUSALS.BUDGET_SPENT.en)).toHaveLength(34);
    const b = await p.prisma.voucherBatch.findUniqueOrThrow({ where: { id } });
    expect(b.spentFen).toBe(990_000);
    const sum = await p.prisma.voucherRedemption.aggregate({ where: { batchId: id }, _sum: { amountFen: true }, _count: { _all: true } });
    expect([sum._sum.amountFen, sum._count._all]).toEqual([990_000, 66]);
  }, 180_000);

  it("quota: one voucher of 100,000, 100 redemptions of 3,000 at once: exactly 33 pass, the balance is 1,000", async () => {
    const id = await batch("并发额度批次", { budgetFen: 10_000_000, face: 100_000, quota: 100_000, from: -10, to: 10 });
    await district.vouchers.allocate({ batchId: id, enterpriseIds: ["vc-ent-000"], faceValueFen: 100_000 });
    const [code] = await codesOf(id);
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, () =>
        operator.voucherRedemptions.redeem({ code, category: "TECH_SUPPORT", amountFen: 3_000, servedAt: servedAt(), steps }),
      ),
    );
    const r = await reasons(results);
    expect(r.filter((x) => x === "OK")).toHaveLength(33);
    expect(r.filter((x) => x === REFUSALS.QUOTA_USED.en)).toHaveLength(67);
    expect((await p.prisma.voucher.findFirstOrThrow({ where: { code } })).balanceFen).toBe(1_000);
    expect((await p.prisma.voucherBatch.findUniqueOrThrow({ where: { id } })).spentFen).toBe(99_000);
  }, 180_000);

  it("expiry: 100 redemptions at once of vouchers whose batch ended yesterday: all refused as expired, nothing written", async () => {
    const id = await batch("并发过期批次", { budgetFen: 10_000_000, face: 20_000, quota: 20_000, from: -30, to: -1 });
    const all = Array.from({ length: 100 }, (_, i) => `vc-ent-${String(i).padStart(3, "0")}`);
    await district.vouchers.allocate({ batchId: id, enterpriseIds: all, faceValueFen: 20_000 });
    const codes = await codesOf(id);
    const ledgers = await p.prisma.ledgerRecord.count();
    const results = await Promise.allSettled(
      codes.map((code) =>
        operator.voucherRedemptions.redeem({ code, category: "TECH_SUPPORT", amountFen: 1_000, servedAt: servedAt(), steps }),
      ),
    );
    expect(new Set(await reasons(results))).toEqual(new Set([REFUSALS.EXPIRED.en]));
    expect(await p.prisma.voucherRedemption.count({ where: { batchId: id } })).toBe(0);
    expect((await p.prisma.voucherBatch.findUniqueOrThrow({ where: { id } })).spentFen).toBe(0);
    expect(await p.prisma.ledgerRecord.count()).toBe(ledgers);
  }, 180_000);
});
