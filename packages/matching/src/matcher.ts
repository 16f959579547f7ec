import type { TLabel } from "@qifu/domain";

/**
 * The matching kit: a need is matched to offers (and an offer to needs) by criteria that are
 * data. Each criterion looks at one (need, offer) pair and answers with points in 0..1 and the
 * reason in both languages ("行业相符：制造业", "位于同一镇街", "超出预算"), or null when it has
 * nothing to say about the pair (a missing figure, a need that names no industry).
 *
 * - A `scored` criterion adds `weight × points` to the pair's score.
 * - A `required` criterion does the same, and an answer of 0 points excludes the pair; the
 *   excluded pair is kept with its reasons, so a screen can say why an offer is not listed.
 *   A null answer never excludes (no evidence is not a failure).
 * - The score is Σ weight × points over Σ weight of every criterion, so it is in 0..1 and the
 *   same for a pair whichever side asks: `match(need, offers)` and `matchReverse(offer, needs)`
 *   evaluate the one function.
 * - Ties keep the order the candidates came in (the caller orders them: newest first, by name).
 */
export type TCriterionKind = "required" | "scored";

/** What a criterion says about one pair. */
export type TCriterionOutcome = { points: number; reason: TLabel };

export type TCriterion<TNeed, TOffer> = {
  /** stable identifier ("industry", "town"): tests and screens refer to it */
  key: string;
  label: TLabel;
  /** relative importance, > 0 */
  weight: number;
  kind: TCriterionKind;
  score(need: TNeed, offer: TOffer): TCriterionOutcome | null;
};

/** One criterion's verdict on one pair, as screens show it. */
export type TCriterionScore = {
  key: string;
  label: TLabel;
  kind: TCriterionKind;
  weight: number;
  /** null: the criterion had nothing to say (counts as 0 points, never excludes) */
  points: number | null;
  reason: TLabel | null;
};

/** A pair's evaluation: its score, every criterion's verdict, and the failed required ones. */
export type TEvaluation = {
  score: number;
  criteria: TCriterionScore[];
  /** required criteria that gave 0 points: the pair is excluded */
  failed: TCriterionScore[];
  /** reasons of the criteria that gave points ≥ 0.5, the largest contribution first */
  reasons: TLabel[];
  /** reasons of the criteria that gave points < 0.5 (a caveat: "收费服务", "不在同一镇街") */
  concerns: TLabel[];
};

export type TMatch<T> = TEvaluation & { item: T };
export type TMatchResult<T> = {
  /** eligible candidates, best first; ties in the order the candidates were given */
  matches: TMatch<T>[];
  /** candidates a required criterion excluded, in the order given, with the reasons (none when `withExcluded` is false) */
  excluded: TMatch<T>[];
  /** how many candidates are eligible (at or above `minScore`) before `limit` cuts the list */
  eligible: number;
};
export type TMatchOptions = {
  /** keep at most this many matches (the excluded are all kept) */
  limit?: number;
  /** drop matches scoring below this (0..1); default 0 keeps every eligible candidate */
  minScore?: number;
  /**
   * keep the excluded candidates with every criterion's verdict (default true: a screen says why
   * an offer is not listed); false skips their full evaluation, for matching at scale
   */
  withExcluded?: boolean;
};

export type TMatcherDefinition<TNeed, TOffer> = { criteria: readonly TCriterion<TNeed, TOffer>[] };

export type TMatcher<TNeed, TOffer> = {
  readonly criteria: readonly TCriterion<TNeed, TOffer>[];
  /** One pair, whichever direction asks. */
  evaluate(need: TNeed, offer: TOffer): TEvaluation;
  /** The offers for one need, best first. */
  match(need: TNeed, offers: readonly TOffer[], options?: TMatchOptions): TMatchResult<TOffer>;
  /** The needs one offer serves, best first: the same criteria, read from the other side. */
  matchReverse(offer: TOffer, needs: readonly TNeed[], options?: TMatchOptions): TMatchResult<TNeed>;
};

/** Scores closer than this are a tie (float sums of the same terms in another order). */
const TIE = 1e-9;
/** Points at or above this make a reason; below it, a concern. */
const REASON_CUT = 0.5;

function checkDefinition(criteria: readonly TCriterion<unknown, unknown>[]) {
  if (criteria.length === 0) throw new Error("defineMatcher: give at least one criterion");
  const keys = new Set<string>();
  for (const c of criteria) {
    if (!c.key) throw new Error("defineMatcher: a criterion has no key");
    if (keys.has(c.key)) throw new Error(`defineMatcher: criterion key "${c.key}" is used twice`);
    keys.add(c.key);
    if (!Number.isFinite(c.weight) || c.weight <= 0) throw new Error(`defineMatcher: criterion "${c.key}" needs a weight > 0`);
    if (!c.label?.zh || !c.label?.en) throw new Error(`defineMatcher: criterion "${c.key}" needs a label in zh and en`);
    if (c.kind !== "required" && c.kind !== "scored") throw new Error(`defineMatcher: criterion "${c.key}" has kind "${String(c.kind)}"`);
  }
}

function checkPoints(c: TCriterion<never, never>, points: unknown) {
  if (typeof points !== "number" || !Number.isFinite(points) || points < 0 || points > 1)
    throw new Error(`criterion "${c.key}" gave ${String(points)} points; points are 0..1`);
}

/** Define a matcher from its criteria (checked once, here: unique keys, weights > 0, bilingual labels). */
export function defineMatcher<TNeed, TOffer>(definition: TMatcherDefinition<TNeed, TOffer>): TMatcher<TNeed, TOffer> {
  const criteria = [...definition.criteria];
  checkDefinition(criteria as readonly TCriterion<unknown, unknown>[]);
  const totalWeight = criteria.reduce((s, c) => s + c.weight, 0);

  function evaluate(need: TNeed, offer: TOffer): TEvaluation {
    const scores: TCriterionScore[] = criteria.map((c) => {
      const out = c.score(need, offer);
      if (out === null) return { key: c.key, label: c.label, kind: c.kind, weight: c.weight, points: null, reason: null };
      checkPoints(c, out.points);
      return { key: c.key, label: c.label, kind: c.kind, weight: c.weight, points: out.points, reason: out.reason };
    });
    const sum = scores.reduce((s, c) => s + c.weight * (c.points ?? 0), 0);
    const score = Math.min(1, Math.max(0, sum / totalWeight));
    const answered = scores.filter((c) => c.points !== null && c.reason !== null);
    const byContribution = [...answered].sort((a, b) => b.weight * b.points! - a.weight * a.points!);
    return {
      score,
      criteria: scores,
      failed: scores.filter((c) => c.kind === "required" && c.points === 0),
      reasons: byContribution.filter((c) => c.points! >= REASON_CUT).map((c) => c.reason!),
      concerns: answered.filter((c) => c.points! < REASON_CUT).map((c) => c.reason!),
    };
  }

  /**
   * A pair's score alone, or -1 when a required criterion excludes it: the required criteria are
   * asked first and the first 0 stops the pair. Ranking thousands of candidates needs only this;
   * the full evaluation (every verdict, reasons sorted) is built for the pairs a caller gets back.
   */
  const screeningOrder = [...criteria.filter((c) => c.kind === "required"), ...criteria.filter((c) => c.kind === "scored")];
  function screen(need: TNeed, offer: TOffer): number {
    let sum = 0;
    for (const c of screeningOrder) {
      const out = c.score(need, offer);
      if (out === null) continue;
      checkPoints(c, out.points);
      if (c.kind === "required" && out.points === 0) return -1;
      sum += c.weight * out.points;
    }
    return Math.min(1, Math.max(0, sum / totalWeight));
  }

  function rank<T>(
    candidates: readonly T[],
    screenOne: (c: T) => number,
    evaluateOne: (c: T) => TEvaluation,
    options: TMatchOptions = {},
  ): TMatchResult<T> {
    const minScore = options.minScore ?? 0;
    const eligible: { index: number; score: number }[] = [];
    const excluded: number[] = [];
    candidates.forEach((candidate, index) => {
      const score = screenOne(candidate);
      if (score < 0) excluded.push(index);
      else if (score >= minScore - TIE) eligible.push({ index, score });
    });
    eligible.sort((a, b) => (Math.abs(b.score - a.score) > TIE ? b.score - a.score : a.index - b.index));
    const limit = Math.max(0, options.limit ?? eligible.length);
    const full = (index: number): TMatch<T> => ({ ...evaluateOne(candidates[index]), item: candidates[index] });
    return {
      matches: eligible.slice(0, limit).map(({ index }) => full(index)),
      excluded: options.withExcluded === false ? [] : excluded.map(full),
      eligible: eligible.length,
    };
  }

  return {
    criteria,
    evaluate,
    match: (need, offers, options) =>
      rank(
        offers,
        (offer) => screen(need, offer),
        (offer) => evaluate(need, offer),
        options,
      ),
    matchReverse: (offer, needs, options) =>
      rank(
        needs,
        (need) => screen(need, offer),
        (need) => evaluate(need, offer),
        options,
      ),
  };
}

/** The reasons of a match as one line ("行业相符：制造业 · 位于同一镇街"), for exports and notifications. */
export function reasonLine(reasons: readonly TLabel[], lang: "zh" | "en" = "zh"): string {
  return reasons.map((r) => r[lang]).join(lang === "zh" ? " · " : "; ");
}
