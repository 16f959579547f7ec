import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { defineMatcher, reasonLine, type TCriterion } from "../src";

/** A small world: firms need a service in an industry and town within a budget; providers offer one. */
type TNeed = { id: string; industry: string; town: string; budget: number | null };
type TOffer = { id: string; industries: string[]; town: string; fee: number };

const criteria: TCriterion<TNeed, TOffer>[] = [
  {
    key: "industry",
    label: { zh: "行业", en: "Industry" },
    weight: 3,
    kind: "required",
    score: (n, o) =>
      o.industries.length === 0
        ? null
        : o.industries.includes(n.industry)
          ? { points: 1, reason: { zh: `行业相符：${n.industry}`, en: `Same industry: ${n.industry}` } }
          : { points: 0, reason: { zh: `服务对象不含${n.industry}`, en: `Not for ${n.industry}` } },
  },
  {
    key: "town",
    label: { zh: "镇街", en: "Town" },
    weight: 2,
    kind: "scored",
    score: (n, o) =>
      n.town === o.town
        ? { points: 1, reason: { zh: "位于同一镇街", en: "In the same town" } }
        : { points: 0.25, reason: { zh: "不在同一镇街", en: "In another town" } },
  },
  {
    key: "budget",
    label: { zh: "预算", en: "Budget" },
    weight: 1,
    kind: "scored",
    score: (n, o) =>
      n.budget === null
        ? null
        : o.fee <= n.budget
          ? { points: 1, reason: { zh: "在预算之内", en: "Within budget" } }
          : { points: 0, reason: { zh: "超出预算", en: "Over budget" } },
  },
];
const matcher = defineMatcher<TNeed, TOffer>({ criteria });

const need: TNeed = { id: "n1", industry: "制造业", town: "狮岭镇", budget: 1000 };
const offers: TOffer[] = [
  { id: "far", industries: ["制造业"], town: "新华街道", fee: 0 },
  { id: "near", industries: ["制造业"], town: "狮岭镇", fee: 0 },
  { id: "dear", industries: ["制造业"], town: "狮岭镇", fee: 5000 },
  { id: "wrong", industries: ["批发业"], town: "狮岭镇", fee: 0 },
  { id: "anyone", industries: [], town: "狮岭镇", fee: 0 },
];

describe("defineMatcher", () => {
  it("ranks offers by weighted points with bilingual reasons, best first", () => {
    const r = matcher.match(need, offers);
    expect(r.matches.map((m) => m.item.id)).toEqual(["near", "dear", "far", "anyone"]);
    const near = r.matches[0];
    expect(near.score).toBe(1);
    expect(near.reasons.map((x) => x.zh)).toEqual(["行业相符：制造业", "位于同一镇街", "在预算之内"]);
    expect(reasonLine(near.reasons)).toBe("行业相符：制造业 · 位于同一镇街 · 在预算之内");
    expect(reasonLine(near.reasons, "en")).toBe("Same industry: 制造业; In the same town; Within budget");
    const dear = r.matches[1];
    expect(dear.score).toBeCloseTo(5 / 6);
    expect(dear.concerns).toEqual([{ zh: "超出预算", en: "Over budget" }]);
    expect(dear.criteria.map((c) => [c.key, c.points])).toEqual([
      ["industry", 1],
      ["town", 1],
      ["budget", 0],
    ]);
  });

  it("a failing required criterion excludes the offer and keeps the reason", () => {
    const r = matcher.match(need, offers);
    expect(r.excluded.map((m) => m.item.id)).toEqual(["wrong"]);
    expect(r.excluded[0].failed.map((c) => [c.key, c.reason?.zh])).toEqual([["industry", "服务对象不含制造业"]]);
  });

  it("a criterion with nothing to say (null) gives no points and never excludes", () => {
    const anyone = matcher.match(need, offers).matches.find((m) => m.item.id === "anyone")!;
    expect(anyone.criteria[0]).toMatchObject({ key: "industry", points: null, reason: null });
    expect(anyone.score).toBeCloseTo(3 / 6);
    expect(matcher.evaluate({ ...need, budget: null }, offers[1]).score).toBeCloseTo(5 / 6);
  });

  it("limit and minScore cut the matches, never the excluded", () => {
    expect(matcher.match(need, offers, { limit: 2 }).matches.map((m) => m.item.id)).toEqual(["near", "dear"]);
    const r = matcher.match(need, offers, { minScore: 0.8 });
    expect(r.matches.map((m) => m.item.id)).toEqual(["near", "dear"]);
    expect(r.excluded).toHaveLength(1);
    expect(r.eligible).toBe(2);
  });

  it("at scale: withExcluded false leaves the excluded out, the eligible count stays", () => {
    const r = matcher.match(need, offers, { limit: 1, withExcluded: false });
    expect(r.matches.map((m) => m.item.id)).toEqual(["near"]);
    expect(r.excluded).toEqual([]);
    expect(r.eligible).toBe(4);
  });

  it("the reverse direction uses the same criteria", () => {
    const needs: TNeed[] = [
      { id: "a", industry: "批发业", town: "狮岭镇", budget: null },
      { id: "b", industry: "制造业", town: "新华街道", budget: 100 },
      { id: "c", industry: "制造业", town: "狮岭镇", budget: 100 },
    ];
    const r = matcher.matchReverse(offers[1], needs);
    expect(r.matches.map((m) => m.item.id)).toEqual(["c", "b"]);
    expect(r.excluded.map((m) => m.item.id)).toEqual(["a"]);
  });

  it("refuses a definition it cannot rank by, and points outside 0..1", () => {
    expect(() => defineMatcher({ criteria: [] })).toThrow(/at least one/);
    expect(() => defineMatcher({ criteria: [criteria[0], criteria[0]] })).toThrow(/used twice/);
    expect(() => defineMatcher({ criteria: [{ ...criteria[1], weight: 0 }] })).toThrow(/weight > 0/);
    expect(() => defineMatcher({ criteria: [{ ...criteria[1], label: { zh: "镇街", en: "" } }] })).toThrow(/zh and en/);
    const broken = defineMatcher<TNeed, TOffer>({
      criteria: [{ ...criteria[1], score: () => ({ points: 1.5, reason: { zh: "多", en: "more" } }) }],
    });
    expect(() => broken.evaluate(need, offers[0])).toThrow(/0\.\.1/);
  });
});

/** Random worlds for the properties. */
const industries = fc.constantFrom<string>("制造业", "批发业", "软件业");
const towns = fc.constantFrom<string>("狮岭镇", "新华街道", "花东镇");
const needArb = fc.record({
  id: fc.uuid(),
  industry: industries,
  town: towns,
  budget: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
});
const offerArb = fc.record({
  id: fc.uuid(),
  industries: fc.uniqueArray(industries, { maxLength: 3 }),
  town: towns,
  fee: fc.integer({ min: 0, max: 10_000 }),
});
/** Random criteria too: any weights, both kinds. */
const weights = fc.tuple(
  fc.double({ min: 0.01, max: 100, noNaN: true }),
  fc.double({ min: 0.01, max: 100, noNaN: true }),
  fc.double({ min: 0.01, max: 100, noNaN: true }),
);
const kinds = fc.tuple(fc.constantFrom("required", "scored"), fc.constantFrom("required", "scored"), fc.constantFrom("required", "scored"));
const matcherArb = fc
  .tuple(weights, kinds)
  .map(([w, k]) =>
    defineMatcher<TNeed, TOffer>({ criteria: criteria.map((c, i) => ({ ...c, weight: w[i], kind: k[i] as "required" | "scored" })) }),
  );

describe("properties (fast-check)", () => {
  it("every score is in [0, 1] and every candidate is either matched or excluded", () => {
    fc.assert(
      fc.property(matcherArb, needArb, fc.array(offerArb, { maxLength: 20 }), (m, n, os) => {
        const r = m.match(n, os);
        for (const x of [...r.matches, ...r.excluded]) expect(x.score >= 0 && x.score <= 1).toBe(true);
        expect(r.matches.length + r.excluded.length).toBe(os.length);
        for (const x of r.excluded) expect(x.failed.length).toBeGreaterThan(0);
      }),
    );
  });

  it("screening (required criteria first, the first 0 stops) agrees with the full evaluation of every pair", () => {
    fc.assert(
      fc.property(matcherArb, needArb, fc.array(offerArb, { maxLength: 20 }), (m, n, os) => {
        const r = m.match(n, os);
        const full = os.map((o) => m.evaluate(n, o));
        expect(r.eligible).toBe(full.filter((e) => e.failed.length === 0).length);
        expect(r.excluded.map((x) => x.item)).toEqual(os.filter((_, i) => full[i].failed.length > 0));
        for (const x of r.matches) expect(x.score).toBe(m.evaluate(n, x.item).score);
      }),
    );
  });

  it("the two directions agree: a pair has one score and one verdict whichever side asks", () => {
    fc.assert(
      fc.property(
        matcherArb,
        fc.array(needArb, { minLength: 1, maxLength: 8 }),
        fc.array(offerArb, { minLength: 1, maxLength: 8 }),
        (m, ns, os) => {
          for (const n of ns)
            for (const o of os) {
              const forward = m.match(n, [o]);
              const reverse = m.matchReverse(o, [n]);
              expect(forward.matches.length).toBe(reverse.matches.length);
              const f = forward.matches[0] ?? forward.excluded[0];
              const b = reverse.matches[0] ?? reverse.excluded[0];
              expect(f.score).toBe(b.score);
              expect(f.criteria).toEqual(b.criteria);
            }
        },
      ),
    );
  });

  it("matches are ordered by score, ties in the order given (stable), and the order does not depend on the limit", () => {
    fc.assert(
      fc.property(matcherArb, needArb, fc.array(offerArb, { maxLength: 25 }), fc.nat({ max: 30 }), (m, n, os: TOffer[], limit) => {
        const all = m.match(n, os).matches;
        for (let i = 1; i < all.length; i++) {
          const [a, b] = [all[i - 1], all[i]];
          expect(a.score >= b.score - 1e-9).toBe(true);
          if (Math.abs(a.score - b.score) <= 1e-9) expect(os.indexOf(a.item)).toBeLessThan(os.indexOf(b.item));
        }
        expect(m.match(n, os, { limit }).matches).toEqual(all.slice(0, limit));
      }),
    );
  });

  it("raising one offer's points on a scored criterion never lowers its score", () => {
    fc.assert(
      fc.property(needArb, offerArb, (n, o) => {
        const moved = { ...o, town: n.town };
        expect(matcher.evaluate(n, moved).score).toBeGreaterThanOrEqual(matcher.evaluate(n, o).score);
      }),
    );
  });
});
