import type { TCultivationTier } from "@qifu/domain";
import {
  FIGURE_UNITS,
  FigureKey,
  LADDER,
  type TCriterionOp,
  type TCriterionResult,
  type TCultivationLevel,
  type TEvaluation,
  type TFigureKey,
  type TStageServices,
} from "./schemas";

/** The part of a recognition that decides whether it counts on a day (YYYY-MM-DD). */
export type TRecognitionSpan = { level: string; recognisedOn: string; validUntil: string | null; revoked: boolean };

/** Does the recognition count on `day`: not revoked, already given, and not past its last valid day. */
export const countsOn = (r: TRecognitionSpan, day: string) =>
  !r.revoked && r.recognisedOn <= day && (r.validUntil === null || r.validUntil >= day);

/** The current tier: the highest rung of the ladder among the recognitions that count on `day` (小升规 is not a rung). */
export function deriveTier(recognitions: readonly TRecognitionSpan[], day: string): TCultivationTier {
  let best = -1;
  for (const r of recognitions) if (countsOn(r, day)) best = Math.max(best, LADDER.indexOf(r.level as (typeof LADDER)[number]));
  return best < 0 ? "NONE" : LADDER[best];
}

/** The rung an enterprise works towards next (null at the top). */
export function nextLevel(tier: TCultivationTier): TCultivationLevel | null {
  if (tier === "NONE") return LADDER[0];
  const i = LADDER.indexOf(tier);
  return i + 1 < LADDER.length ? LADDER[i + 1] : null;
}

export type TCriterionRule = { figureKey: string; op: string; threshold: number; placeholder: boolean; source: string };

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/**
 * One criterion against a confirmed figure (null: none confirmed). MET, MISSED, or UNKNOWN when the
 * figure is missing or not yet confirmed — unknown never counts as met.
 */
export function judge(rule: TCriterionRule, value: number | null): TCriterionResult {
  const key = rule.figureKey as TFigureKey;
  const op = rule.op as TCriterionOp;
  const label = FigureKey.labels[key];
  const unit = FIGURE_UNITS[key];
  const sp = (u: string) => (u === "%" ? " %" : ` ${u}`);
  if (value === null) {
    const want = `${op === "GTE" ? "≥" : "≤"} ${fmt(rule.threshold)}`;
    return {
      figureKey: key,
      op,
      threshold: rule.threshold,
      value: null,
      state: "UNKNOWN",
      placeholder: rule.placeholder,
      source: rule.source,
      text: { zh: `${label.zh}：待确认（需${want}${sp(unit.zh)}）`, en: `${label.en}: not confirmed (needs ${want}${sp(unit.en)})` },
    };
  }
  const met = op === "GTE" ? value >= rule.threshold : value <= rule.threshold;
  const sign = met ? (op === "GTE" ? "≥" : "≤") : op === "GTE" ? "<" : ">";
  const sentence = (l: string, u: string) => `${l} ${fmt(value)}${sp(u)} ${sign} ${fmt(rule.threshold)}${sp(u)}`;
  return {
    figureKey: key,
    op,
    threshold: rule.threshold,
    value,
    state: met ? "MET" : "MISSED",
    placeholder: rule.placeholder,
    source: rule.source,
    text: { zh: sentence(label.zh, unit.zh), en: sentence(label.en, unit.en) },
  };
}

/** A level's criteria against an enterprise's confirmed figures: READY when all are met, MISSING when one is missed, else UNKNOWN. */
export function evaluateLevel(
  level: TCultivationLevel,
  rules: readonly TCriterionRule[],
  figures: Partial<Record<TFigureKey, number>>,
): TEvaluation {
  const criteria = rules.map((r) => judge(r, figures[r.figureKey as TFigureKey] ?? null));
  const verdict = criteria.some((c) => c.state === "MISSED") ? "MISSING" : criteria.every((c) => c.state === "MET") ? "READY" : "UNKNOWN";
  return { level, verdict, criteria };
}

/** "还差：研发投入占比 3.1 % < 5 %；…" — what an evaluation misses, for a line of text. */
export function missingText(e: TEvaluation, lang: "zh" | "en"): string {
  const missed = e.criteria.filter((c) => c.state === "MISSED").map((c) => c.text[lang]);
  if (!missed.length) return "";
  return lang === "zh" ? `还差：${missed.join("；")}` : `Still missing: ${missed.join("; ")}`;
}

/** What an enterprise's stage can use: its current rung's services and the next rung's (to prepare for it). */
export function servicesFor(
  tier: TCultivationTier,
  aboveSize: boolean,
  table: ReadonlyMap<TCultivationLevel, TStageServices>,
): TStageServices[] {
  const levels: TCultivationLevel[] = [];
  if (tier !== "NONE") levels.push(tier);
  const next = nextLevel(tier);
  if (next) levels.push(next);
  if (!aboveSize) levels.push("ABOVE_SIZE");
  return levels.map((level) => table.get(level) ?? { level, categories: [], programmes: [] });
}
