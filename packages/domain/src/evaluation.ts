import type { TLabel } from "./labels";

/**
 * Evaluation scoring (issue 13 pt 2–3): pure rules, so that the server, the board and the
 * tests agree on every number. An indicator's rule turns a subject's raw figure into a share
 * 0..1 of the indicator's weight; weights sum to 100, so a total is 0..100.
 */

/** Linear between a floor (share 0) and a target (share 1), clamped. A target below the floor means lower is better (complaints). */
export function scoreLinear(value: number, rule: { floor: number; target: number }): number {
  const { floor, target } = rule;
  if (floor === target) return value >= target ? 1 : 0;
  const share = (value - floor) / (target - floor);
  return Math.min(1, Math.max(0, share));
}

/** Steps: the share of the highest step whose `min` the value reaches (≥); below every step, 0. */
export function scoreThresholds(value: number, steps: readonly { min: number; share: number }[]): number {
  let best: { min: number; share: number } | null = null;
  for (const step of steps) if (value >= step.min && (best === null || step.min > best.min)) best = step;
  return best ? best.share : 0;
}

/**
 * Competition ranking ("1224"): equal values share the better rank, the next rank skips.
 * Returns each id's rank, 1 = best. `higherIsBetter` false ranks the smallest first.
 */
export function competitionRanks(values: ReadonlyMap<string, number>, higherIsBetter = true): Map<string, number> {
  const sorted = [...values.entries()].sort((a, b) => (higherIsBetter ? b[1] - a[1] : a[1] - b[1]));
  const ranks = new Map<string, number>();
  sorted.forEach(([id, v], i) => {
    const prev = sorted[i - 1];
    ranks.set(id, prev && prev[1] === v ? ranks.get(prev[0])! : i + 1);
  });
  return ranks;
}

/** By rank among the subjects: the best gets 1, the last 0, evenly between; ties share the better rank; one subject alone gets 1. */
export function scoreRank(values: ReadonlyMap<string, number>, higherIsBetter = true): Map<string, number> {
  const ranks = competitionRanks(values, higherIsBetter);
  const n = values.size;
  return new Map([...ranks].map(([id, rank]) => [id, n <= 1 ? 1 : (n - rank) / (n - 1)]));
}

/** Expert-scored: the mean of the experts' scores over the maximum (0..max each); no score yet → null. */
export function scoreExpert(scores: readonly number[], max: number): number | null {
  if (scores.length === 0 || max <= 0) return null;
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  return Math.min(1, Math.max(0, mean / max));
}

/** Stars 1–5: the most stars whose minimum total the subject reaches; below every threshold, 1 star. */
export function starsFor(total: number, thresholds: readonly { stars: number; min: number }[]): number {
  let stars = 1;
  for (const t of thresholds) if (total >= t.min && t.stars > stars) stars = t.stars;
  return stars;
}

export const DEFAULT_STAR_THRESHOLDS = [
  { stars: 5, min: 90 },
  { stars: 4, min: 80 },
  { stars: 3, min: 70 },
  { stars: 2, min: 60 },
] as const;

/** Rounds to two decimals, the precision results are shown and stored with (so equal totals tie). */
export const round2 = (n: number) => Math.round(n * 100) / 100;

/** Weights of a scheme's indicators must sum to 100 (to two decimals): the bilingual message names the actual total, or null when fine. */
export function weightsProblem(weights: readonly number[]): TLabel | null {
  const total = round2(weights.reduce((a, b) => a + b, 0));
  if (total === 100) return null;
  return { zh: `各指标权重合计须为 100，当前为 ${total}`, en: `Indicator weights must sum to 100; they sum to ${total}` };
}

export type TContribution = { key: string; weight: number; share: number | null; points: number };
export type TSubjectTotal = { subjectId: string; total: number; rank: number; stars: number; contributions: TContribution[] };

/**
 * A round's results: each subject's contributions (weight × share, a missing share counts 0),
 * its total, its competition rank and its stars. `shares` maps subject → indicator key → share.
 */
export function computeTotals(
  indicators: readonly { key: string; weight: number }[],
  shares: ReadonlyMap<string, ReadonlyMap<string, number | null>>,
  starThresholds: readonly { stars: number; min: number }[] = DEFAULT_STAR_THRESHOLDS,
): TSubjectTotal[] {
  const rows = [...shares].map(([subjectId, bySubject]) => {
    const contributions = indicators.map(({ key, weight }) => {
      const share = bySubject.get(key) ?? null;
      return { key, weight, share, points: round2(weight * (share ?? 0)) };
    });
    return { subjectId, contributions, total: round2(contributions.reduce((a, c) => a + c.points, 0)) };
  });
  const ranks = competitionRanks(new Map(rows.map((r) => [r.subjectId, r.total])));
  return rows
    .map((r) => ({ ...r, rank: ranks.get(r.subjectId)!, stars: starsFor(r.total, starThresholds) }))
    .sort((a, b) => a.rank - b.rank || a.subjectId.localeCompare(b.subjectId));
}
