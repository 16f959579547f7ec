import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { shanghaiYear } from "@qifu/domain";
import { codeOf, createTestPlatform, type TCaller } from "../../src";

/**
 * The board's appeals tile (issue 13 point 5): the same counts as the console's lists with the
 * same filters (one metric per number), in the caller's scope, refused to enterprises.
 */
describe(`appeals.overview on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let shiling: TCaller;
  let xinhua: TCaller;
  const year = shanghaiYear(new Date());

  beforeAll(async () => {
    p = await createTestPlatform();
    [district, shiling, xinhua] = await Promise.all(["district", "shiling", "xinhua"].map((u) => p.as(u)));
    const enterprise = await p.as("enterprise"); // seed-enterprise-1, of 狮岭镇
    const category = (await p.prisma.appealCategory.findFirstOrThrow()).id;
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const a = await enterprise.appeals.create({
        title: `用电增容申请未批复${i}`,
        description: "新增生产线需要增容，申请已提交两个月仍无回复。",
        categoryId: category,
      });
      ids.push(a.id);
    }
    // one overdue, one overdue and under red-card supervision, two answered and rated 5 and 2
    await p.prisma.appeal.update({ where: { id: ids[0] }, data: { resolveDueAt: new Date(Date.now() - 86_400_000) } });
    await p.prisma.appeal.update({
      where: { id: ids[1] },
      data: { resolveDueAt: new Date(Date.now() - 86_400_000), supervisionLevel: "RED" },
    });
    await p.prisma.appeal.update({ where: { id: ids[2] }, data: { status: "CLOSED", satisfaction: 5 } });
    await p.prisma.appeal.update({ where: { id: ids[3] }, data: { status: "CLOSED", satisfaction: 2 } });
  }, 600_000);
  afterAll(() => p?.close());

  const listTotal = async (caller: TCaller, filter: Record<string, unknown>) =>
    (await caller.appeals.list({ pagination: { page: 1, perPage: 1 }, filter })).total;

  it("counts what the console's lists count, for the district and for the town the appeals belong to", async () => {
    for (const caller of [district, shiling]) {
      const o = await caller.appeals.overview({ year });
      expect(o.open).toBe(await listTotal(caller, { open: true }));
      expect(o.overdue).toBe(await listTotal(caller, { overdue: true }));
      expect(o.red).toBe(await listTotal(caller, { open: true, supervisionLevel: "RED" }));
      expect(o.received).toBe(await listTotal(caller, { year }));
      expect(o.open).toBeGreaterThanOrEqual(2);
      expect(o.overdue).toBeGreaterThanOrEqual(2);
      expect(o.red).toBeGreaterThanOrEqual(1);
      expect(o.rated).toBeGreaterThanOrEqual(2);
    }
    const shilingView = await shiling.appeals.overview({ year });
    expect(shilingView).toMatchObject({ open: 2, overdue: 2, red: 1, received: 4, rated: 2, satisfiedShare: 0.5 });
  });

  it("shows another town nothing of these, and refuses an enterprise", async () => {
    const other = await xinhua.appeals.overview({ year });
    expect(other.open).toBe(await listTotal(xinhua, { open: true }));
    expect(other.received).toBe(await listTotal(xinhua, { year }));
    const district_ = await district.appeals.overview({ year });
    expect(other.received).toBeLessThanOrEqual(district_.received - 4);
    expect(await codeOf((await p.as("enterprise")).appeals.overview({ year }))).toBe("FORBIDDEN");
  });
});
