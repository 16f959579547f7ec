import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { createTestPlatform } from "../../src";

/**
 * Issue 10 points 5 and 7: figures say their scope, and a node operator's figures are not held
 * against the district's targets.
 */
describe(`figures and their scope on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  beforeAll(async () => {
    p = await createTestPlatform();
  }, 300_000);
  afterAll(() => p.close());

  it("the district's figures carry no scope label; a town admin's say 狮岭镇范围, an evaluator's 仅含运营中", async () => {
    const [district, shiling, evaluator, operator] = await Promise.all([
      p.as("district"),
      p.as("shiling"),
      p.as("evaluator"),
      p.as("operator"),
    ]);
    const d = await district.network.stats();
    expect(d.scope).toEqual([]);
    const s = await shiling.network.stats();
    expect(s.scope.map((l) => l.zh)).toEqual(["狮岭镇范围"]);
    expect(s.totalNodes).toBeLessThan(d.totalNodes); // the smaller number is the labelled one
    const e = await evaluator.network.stats();
    expect(e.scope.map((l) => l.zh)).toEqual(["仅含运营中"]);
    expect(e.totalNodes).toBe(d.activeNodes);
    expect((await operator.network.stats()).scope[0].zh).toMatch(/^仅本节点/);
    expect((await shiling.serviceStations.stats()).scope.map((l) => l.zh)).toEqual(["狮岭镇范围"]);
    expect((await district.serviceStations.stats()).scope).toEqual([]);
  });

  it("a node operator's ledger figures have no target of their own: not the district's 10,000", async () => {
    const [district, operator] = await Promise.all([p.as("district"), p.as("operator")]);
    const year = new Date().getUTCFullYear();
    expect((await district.ledger.stats({ year })).targets.enterpriseTimes).toBe(10_000);
    expect((await operator.ledger.stats({ year })).targets).toEqual({ enterpriseTimes: null, onlineShare: null, satisfaction: null });
    // the district looking at one node: that node's figures, no district target either
    const nodeId = (await p.userOf("operator")).nodeId!;
    expect((await district.ledger.stats({ year, nodeId })).targets.enterpriseTimes).toBeNull();
  });

  it("targets cite their plan as data, never the Sichuan notice", async () => {
    const district = await p.as("district");
    const rows = await district.targets.list({ pagination: { page: 1, perPage: 200 } });
    expect(rows.total).toBeGreaterThan(0);
    for (const r of rows.data) {
      expect(r.source ?? "").toContain("花都区");
      expect(`${r.note ?? ""}${r.source ?? ""}`).not.toContain("四川");
    }
    const one = rows.data[0];
    const changed = await district.targets.update({ id: one.id, data: { source: "区政府常务会议纪要（2026）第3号" } });
    expect(changed.source).toBe("区政府常务会议纪要（2026）第3号");
    const progress = await p.anonymous().targets.progress({ year: one.year, metricKey: one.metricKey });
    expect(progress.find((x) => x.targetId === one.id)?.source).toBe("区政府常务会议纪要（2026）第3号");
  });
});
