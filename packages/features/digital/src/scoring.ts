import type { TLabel } from "@qifu/domain";

/**
 * Scoring of a 中小企业数字化水平评测 questionnaire (pure, browser-safe): the server commits with it,
 * the phone shows the same figures. Every figure here comes from the indicator set's data.
 */
export type TScoredOption = { label: string; points: number };
export type TScoredIndicator = { id: string; dimension: string; name: string; scenario: string; options: readonly TScoredOption[] };
export type TLevelThresholds = { level1Min: number; level2Min: number; level3Min: number; level4Min: number };

/** The most an indicator can give: its best option. */
export const maxPoints = (i: TScoredIndicator) => Math.max(0, ...i.options.map((o) => o.points));

/** 0 below 一级; 1 … 4 the highest level whose minimum the score reaches (a score at a threshold reaches it). */
export function levelOf(score: number, t: TLevelThresholds): number {
  const mins = [t.level1Min, t.level2Min, t.level3Min, t.level4Min];
  let level = 0;
  mins.forEach((min, i) => {
    if (score >= min) level = i + 1;
  });
  return level;
}

export const LEVEL_LABELS: Record<number, TLabel> = {
  0: { zh: "未达一级", en: "Below level 1" },
  1: { zh: "一级", en: "Level 1" },
  2: { zh: "二级", en: "Level 2" },
  3: { zh: "三级", en: "Level 3" },
  4: { zh: "四级", en: "Level 4" },
};

const round1 = (n: number) => Math.round(n * 10) / 10;

export type TScore = {
  /** Σ points chosen ÷ Σ best points × 100, one decimal */
  score: number;
  level: number;
  /** per dimension, 0..100 (the radar chart) */
  dimensionScores: Record<string, number>;
  /** the weakest indicators: the lowest share of their best points, the heavier first on a tie; at most `weakCount`, none at full marks */
  weakIndicatorIds: string[];
  answered: number;
  total: number;
};

/** Score answers ({indicatorId: option index}); an unanswered indicator counts 0 points. */
export function scoreAnswers(
  indicators: readonly TScoredIndicator[],
  answers: Record<string, number>,
  thresholds: TLevelThresholds,
  weakCount = 3,
): TScore {
  let got = 0;
  let best = 0;
  let answered = 0;
  const dims = new Map<string, { got: number; best: number }>();
  const shares: { id: string; share: number; max: number; order: number }[] = [];
  indicators.forEach((ind, order) => {
    const max = maxPoints(ind);
    const chosen = answers[ind.id];
    const option = chosen === undefined ? undefined : ind.options[chosen];
    if (option) answered += 1;
    const points = option?.points ?? 0;
    got += points;
    best += max;
    const d = dims.get(ind.dimension) ?? { got: 0, best: 0 };
    d.got += points;
    d.best += max;
    dims.set(ind.dimension, d);
    if (max > 0) shares.push({ id: ind.id, share: points / max, max, order });
  });
  const score = best > 0 ? round1((got / best) * 100) : 0;
  const weak = shares
    .filter((s) => s.share < 1)
    .sort((a, b) => a.share - b.share || b.max - a.max || a.order - b.order)
    .slice(0, weakCount)
    .map((s) => s.id);
  return {
    score,
    level: levelOf(score, thresholds),
    dimensionScores: Object.fromEntries([...dims].map(([k, v]) => [k, v.best > 0 ? round1((v.got / v.best) * 100) : 0])),
    weakIndicatorIds: weak,
    answered,
    total: indicators.length,
  };
}

/**
 * The indicator table an enterprise's industry uses (GB/T 4754 code): 制造业 is section C (divisions
 * 13–43); 生产性服务业 here is the sections the 2019 统计分类 mostly covers (G transport, I information,
 * J finance, L leasing and business services, M research and technical services); the rest 其他行业.
 */
export function industryKindOf(industryCode: string | null | undefined): "MANUFACTURING" | "PRODUCER_SERVICES" | "OTHER" {
  const d = Number((industryCode ?? "").slice(0, 2));
  if (d >= 13 && d <= 43) return "MANUFACTURING";
  if ((d >= 53 && d <= 60) || (d >= 63 && d <= 65) || (d >= 66 && d <= 69) || (d >= 71 && d <= 72) || (d >= 73 && d <= 75))
    return "PRODUCER_SERVICES";
  return "OTHER";
}
