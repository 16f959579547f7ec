import { describe, expect, it } from "vitest";
import { competitionRanks, computeTotals, scoreExpert, scoreLinear, scoreRank, scoreThresholds, starsFor, weightsProblem } from "../src";

describe("scoreLinear at its edges", () => {
  const rule = { floor: 60, target: 90 };
  it("below the floor 0, at the floor 0, between proportional, at the target 1, above 1", () => {
    expect(scoreLinear(10, rule)).toBe(0);
    expect(scoreLinear(60, rule)).toBe(0);
    expect(scoreLinear(75, rule)).toBeCloseTo(0.5);
    expect(scoreLinear(90, rule)).toBe(1);
    expect(scoreLinear(120, rule)).toBe(1);
  });
  it("a target below the floor means lower is better (complaints)", () => {
    const fewer = { floor: 10, target: 2 };
    expect(scoreLinear(12, fewer)).toBe(0);
    expect(scoreLinear(10, fewer)).toBe(0);
    expect(scoreLinear(6, fewer)).toBeCloseTo(0.5);
    expect(scoreLinear(2, fewer)).toBe(1);
    expect(scoreLinear(0, fewer)).toBe(1);
  });
  it("floor equal to target is a pass/fail step", () => {
    expect(scoreLinear(4.99, { floor: 5, target: 5 })).toBe(0);
    expect(scoreLinear(5, { floor: 5, target: 5 })).toBe(1);
  });
});

describe("scoreThresholds at its boundaries", () => {
  const steps = [
    { min: 95, share: 1 },
    { min: 80, share: 0.6 },
    { min: 50, share: 0.2 },
  ];
  it("just below a step gets the step under it, exactly on a step gets that step", () => {
    expect(scoreThresholds(49.99, steps)).toBe(0);
    expect(scoreThresholds(50, steps)).toBe(0.2);
    expect(scoreThresholds(79.99, steps)).toBe(0.2);
    expect(scoreThresholds(80, steps)).toBe(0.6);
    expect(scoreThresholds(95, steps)).toBe(1);
    expect(scoreThresholds(1000, steps)).toBe(1);
  });
  it("no steps: 0", () => expect(scoreThresholds(10, [])).toBe(0));
});

describe("ranks and ties", () => {
  const values = new Map([
    ["a", 30],
    ["b", 50],
    ["c", 50],
    ["d", 10],
  ]);
  it("competition ranking: ties share the better rank and the next skips (1224)", () => {
    expect(Object.fromEntries(competitionRanks(values))).toEqual({ b: 1, c: 1, a: 3, d: 4 });
    expect(Object.fromEntries(competitionRanks(values, false))).toEqual({ d: 1, a: 2, b: 3, c: 3 });
  });
  it("scoreRank: the best 1, the last 0, ties equal; one subject alone 1", () => {
    const shares = scoreRank(values);
    expect(shares.get("b")).toBe(1);
    expect(shares.get("c")).toBe(1);
    expect(shares.get("a")).toBeCloseTo(1 / 3);
    expect(shares.get("d")).toBe(0);
    expect(scoreRank(new Map([["x", 7]])).get("x")).toBe(1);
  });
});

describe("expert scores and stars", () => {
  it("the mean over the maximum; none yet is null, not 0", () => {
    expect(scoreExpert([8, 6], 10)).toBeCloseTo(0.7);
    expect(scoreExpert([], 10)).toBeNull();
    expect(scoreExpert([12], 10)).toBe(1);
  });
  it("stars at the thresholds: 89.99 → 4, 90 → 5, below all → 1", () => {
    const t = [
      { stars: 5, min: 90 },
      { stars: 4, min: 80 },
      { stars: 3, min: 70 },
      { stars: 2, min: 60 },
    ];
    expect(starsFor(89.99, t)).toBe(4);
    expect(starsFor(90, t)).toBe(5);
    expect(starsFor(60, t)).toBe(2);
    expect(starsFor(59.99, t)).toBe(1);
  });
});

describe("weights", () => {
  it("must sum to 100, with a bilingual message naming the total", () => {
    expect(weightsProblem([40, 35, 25])).toBeNull();
    expect(weightsProblem([33.33, 33.33, 33.34])).toBeNull();
    expect(weightsProblem([40, 35, 20])).toEqual({
      zh: "各指标权重合计须为 100，当前为 95",
      en: "Indicator weights must sum to 100; they sum to 95",
    });
  });
});

describe("computeTotals", () => {
  it("contributions = weight × share (missing counts 0), totals, ranks with ties, stars", () => {
    const indicators = [
      { key: "k1", weight: 60 },
      { key: "k2", weight: 40 },
    ];
    const shares = new Map<string, Map<string, number | null>>([
      [
        "t1",
        new Map([
          ["k1", 1],
          ["k2", 0.5],
        ]),
      ], // 60 + 20 = 80
      [
        "t2",
        new Map([
          ["k1", 0.5],
          ["k2", 1],
        ]),
      ], // 30 + 40 = 70
      [
        "t3",
        new Map([
          ["k1", 1],
          ["k2", null],
        ]),
      ], // 60 + 0 = 60
      [
        "t4",
        new Map([
          ["k1", 2 / 3],
          ["k2", 1],
        ]),
      ], // 40 + 40 = 80
    ]);
    const rows = computeTotals(indicators, shares);
    expect(rows.map((r) => [r.subjectId, r.total, r.rank, r.stars])).toEqual([
      ["t1", 80, 1, 4],
      ["t4", 80, 1, 4],
      ["t2", 70, 3, 3],
      ["t3", 60, 4, 2],
    ]);
    expect(rows[3]!.contributions).toEqual([
      { key: "k1", weight: 60, share: 1, points: 60 },
      { key: "k2", weight: 40, share: null, points: 0 },
    ]);
  });
});
