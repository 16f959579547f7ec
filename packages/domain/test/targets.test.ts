import { describe, expect, it } from "vitest";
import { paceLight, recognitionRank, RecognitionLevel, targetStatus, yearProgress } from "../src";

// 2026-07-02 noon in Shanghai: half of 2026 has passed
const MID_2026 = new Date("2026-07-02T04:00:00Z");

describe("targetStatus", () => {
  it("a past year's target is final: 达成 or 未达成, never 稳步推进", () => {
    expect(targetStatus({ year: 2025, target: 8, actual: 9, kind: "stock", today: MID_2026 })).toMatchObject({
      state: "REACHED",
      final: true,
      label: { zh: "达成" },
      tone: "success",
    });
    expect(targetStatus({ year: 2025, target: 10_000, actual: 6_200, kind: "flow", today: MID_2026 })).toMatchObject({
      state: "MISSED",
      final: true,
      label: { zh: "未达成" },
      tone: "error",
    });
  });

  it("a later year's target is not measured on this year's data: pace and a projection", () => {
    const s = targetStatus({ year: 2027, target: 10_000, actual: 481, kind: "flow", today: MID_2026 });
    expect(s).toMatchObject({ state: "FUTURE", future: true, final: false, projectedToReach: false, tone: "warning" });
    expect(s.projection).toBeGreaterThan(900);
    expect(s.projection).toBeLessThan(1000);
    expect(targetStatus({ year: 2027, target: 1000, actual: 600, kind: "flow", today: MID_2026 })).toMatchObject({
      state: "FUTURE",
      projectedToReach: true,
      tone: "info",
    });
    expect(targetStatus({ year: 2027, target: 12, actual: 12, kind: "stock", today: MID_2026 })).toMatchObject({
      state: "FUTURE",
      projection: null,
    });
  });

  it("a scope with no target says 未设目标, never a full bar", () => {
    for (const target of [null, undefined, 0])
      expect(targetStatus({ year: 2026, target, actual: 74, kind: "flow", today: MID_2026 })).toMatchObject({
        state: "NO_TARGET",
        share: null,
        label: { zh: "未设目标" },
        tone: "default",
      });
  });

  it("a percentage is its value against the target: 88.9 % of 90 % is short, not 99 %", () => {
    const s = targetStatus({ year: 2026, target: 90, actual: 88.9, kind: "rate", today: MID_2026 });
    expect(s).toMatchObject({ state: "BEHIND", label: { zh: "未达标" }, projection: null });
    expect(s.share).toBeCloseTo(0.889);
    expect(targetStatus({ year: 2026, target: 90, actual: 93, kind: "rate", today: MID_2026 }).state).toBe("REACHED");
  });

  it("this year: a flow on pace when its projection reaches the target, a stock when its share keeps up with the year", () => {
    expect(targetStatus({ year: 2026, target: 10_000, actual: 5_200, kind: "flow", today: MID_2026 }).state).toBe("ON_TRACK");
    expect(targetStatus({ year: 2026, target: 10_000, actual: 3_000, kind: "flow", today: MID_2026 }).state).toBe("BEHIND");
    expect(targetStatus({ year: 2026, target: 10, actual: 10, kind: "stock", today: MID_2026 }).state).toBe("REACHED");
    expect(targetStatus({ year: 2026, target: 10, actual: 3, kind: "stock", today: MID_2026 }).state).toBe("BEHIND");
  });

  it("takes the year in Shanghai", () => {
    expect(yearProgress(new Date("2026-12-31T17:00:00Z")).year).toBe(2027);
    expect(yearProgress(new Date("2026-07-02T04:00:00Z")).fraction).toBeCloseTo(0.5, 1);
  });
});

describe("recognitionRank", () => {
  it("orders 国家级 > 省级 > 市级 > 区级 > 无, not alphabetically", () => {
    const shuffled = ["NONE", "DISTRICT", "NATIONAL", "MUNICIPAL", "PROVINCIAL"];
    expect([...shuffled].sort((a, b) => recognitionRank(a) - recognitionRank(b))).toEqual([
      "NATIONAL",
      "PROVINCIAL",
      "MUNICIPAL",
      "DISTRICT",
      "NONE",
    ]);
    expect(recognitionRank("SOMETHING_ELSE")).toBe(RecognitionLevel.values.length);
  });
});

describe("paceLight: the board's traffic light, from the pace", () => {
  const now = { today: MID_2026, year: 2026 };
  it("a flow by its full-year projection: 0.9 of the target is at risk, just under is behind", () => {
    expect(yearProgress(MID_2026).fraction).toBe(0.5);
    expect(paceLight({ ...now, target: 10000, actual: 5000, kind: "flow" })).toMatchObject({ light: "ON_TRACK", pace: 1 });
    expect(paceLight({ ...now, target: 10000, actual: 4500, kind: "flow" })).toMatchObject({ light: "AT_RISK", pace: 0.9 });
    expect(paceLight({ ...now, target: 10000, actual: 4499, kind: "flow" })).toMatchObject({ light: "BEHIND", label: { zh: "滞后" } });
    // 45 % of the year's target by July is not "45 %, behind": it is at risk
    expect(paceLight({ ...now, target: 10000, actual: 4500, kind: "flow" }).label.zh).toBe("有风险");
  });
  it("a stock by its share of the target against the share of the year gone", () => {
    expect(paceLight({ ...now, target: 100, actual: 50, kind: "stock" }).light).toBe("ON_TRACK");
    expect(paceLight({ ...now, target: 100, actual: 45, kind: "stock" }).light).toBe("AT_RISK");
    expect(paceLight({ ...now, target: 100, actual: 44, kind: "stock" }).light).toBe("BEHIND");
    expect(paceLight({ ...now, target: 100, actual: 120, kind: "stock" }).light).toBe("ON_TRACK");
  });
  it("a rate by its value: within 5 % of the target is at risk", () => {
    expect(paceLight({ ...now, target: 80, actual: 80, kind: "rate" }).light).toBe("ON_TRACK");
    expect(paceLight({ ...now, target: 80, actual: 76, kind: "rate" }).light).toBe("AT_RISK");
    expect(paceLight({ ...now, target: 80, actual: 75.9, kind: "rate" }).light).toBe("BEHIND");
  });
  it("a past year is its final verdict; a later year's stock and a scope without a target have no light", () => {
    expect(paceLight({ today: MID_2026, year: 2025, target: 8, actual: 9, kind: "stock" }).light).toBe("ON_TRACK");
    expect(paceLight({ today: MID_2026, year: 2025, target: 8, actual: 7, kind: "stock" }).light).toBe("BEHIND");
    expect(paceLight({ today: MID_2026, year: 2027, target: 1000, actual: 700, kind: "stock" })).toMatchObject({ light: null, pace: null });
    expect(paceLight({ today: MID_2026, year: 2027, target: 20000, actual: 4000, kind: "flow" }).light).toBe("BEHIND");
    expect(paceLight({ ...now, target: null, actual: 5, kind: "stock" })).toMatchObject({ light: null, label: { zh: "未设目标" } });
  });
});
