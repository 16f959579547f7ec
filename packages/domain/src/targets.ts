import type { TLabel } from "./labels";

/**
 * How a metric adds up over time, which decides how a target on it is judged:
 * - `stock`: a level that carries over (stations built, platforms linked): the value today counts;
 * - `flow`: counted anew each year (enterprise-times a year): a year's figure grows through the year;
 * - `rate`: a percentage (online share, satisfaction): the value is compared with the target as it is.
 */
export type TMetricKind = "stock" | "flow" | "rate";

/** A rate metric's value: `n` of `of` in percent with one decimal; 0 while there is nothing to count. */
export const shareInPercent = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 10 : 0);

export type TTargetState =
  | "NO_TARGET" // no target for this scope: never a full bar
  | "REACHED" // 达成 (past year, final) / 已达成 (this year)
  | "MISSED" // 未达成 (past year, final)
  | "ON_TRACK" // this year, on pace
  | "BEHIND" // this year, below pace (a rate: below the target)
  | "FUTURE"; // a later year: not judged on this year's data; pace and projection only

export type TTargetStatus = {
  state: TTargetState;
  /** a past year's target: the state is final */
  final: boolean;
  /** a later year's target: the figure is this year's, shown as pace, not as progress */
  future: boolean;
  /** actual / target for a count (0..∞); for a rate the value itself as a share of 100 %; null without a target */
  share: number | null;
  /** for a flow: the full-year figure at this year's pace; null where a projection means nothing */
  projection: number | null;
  /** will the target be met at this pace (future and current years); null when not projected */
  projectedToReach: boolean | null;
  label: TLabel;
  tone: "success" | "info" | "warning" | "error" | "default";
};

export type TTargetStatusInput = {
  /** the target's year */
  year: number;
  /** the target value; null or ≤ 0: no target set for this scope */
  target: number | null | undefined;
  /** the live figure: for a past year that year's, otherwise this year's so far */
  actual: number;
  kind: TMetricKind;
  /** now (the year and how much of it has passed are taken in Asia/Shanghai) */
  today: Date;
};

const SHANGHAI_MS = 8 * 3_600_000;

/** The year in Asia/Shanghai and the share of it that has passed (0..1]. */
export function yearProgress(today: Date): { year: number; fraction: number } {
  const local = new Date(today.getTime() + SHANGHAI_MS);
  const year = local.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return { year, fraction: Math.min(1, Math.max((local.getTime() - start) / (end - start), 1 / 365)) };
}

const L = {
  none: { zh: "未设目标", en: "No target set" },
  reachedFinal: { zh: "达成", en: "Reached" },
  missed: { zh: "未达成", en: "Missed" },
  reached: { zh: "已达成", en: "Reached" },
  onTrack: { zh: "按进度", en: "On track" },
  behind: { zh: "需加快", en: "Behind" },
  belowRate: { zh: "未达标", en: "Below target" },
  future: { zh: "未到年度", en: "Not yet due" },
} satisfies Record<string, TLabel>;

/**
 * The state of one target (issue 10 point 6): a past year's is final (达成/未达成); a later
 * year's is not measured on this year's data (pace and a projection instead); a scope without a
 * target says 未设目标; a percentage is judged as a value against the target (88.9 % of 90 % is short).
 */
export function targetStatus({ year, target, actual, kind, today }: TTargetStatusInput): TTargetStatus {
  const { year: now, fraction } = yearProgress(today);
  const base = { final: year < now, future: year > now };
  if (target === null || target === undefined || !(target > 0))
    return { ...base, state: "NO_TARGET", share: null, projection: null, projectedToReach: null, label: L.none, tone: "default" };
  const share = kind === "rate" ? actual / 100 : actual / target;
  const reached = actual >= target;
  if (year < now)
    return {
      ...base,
      state: reached ? "REACHED" : "MISSED",
      share,
      projection: null,
      projectedToReach: null,
      label: reached ? L.reachedFinal : L.missed,
      tone: reached ? "success" : "error",
    };
  // a flow's full year at this year's pace; a stock or a rate is not extrapolated
  const projection = kind === "flow" ? Math.round(actual / fraction) : null;
  const projectedToReach = kind === "flow" ? projection! >= target : kind === "rate" ? reached : null;
  if (year > now)
    return {
      ...base,
      state: "FUTURE",
      share,
      projection,
      projectedToReach,
      label: L.future,
      tone: projectedToReach === false ? "warning" : "info",
    };
  if (reached) return { ...base, state: "REACHED", share, projection, projectedToReach: true, label: L.reached, tone: "success" };
  if (kind === "rate") return { ...base, state: "BEHIND", share, projection, projectedToReach: false, label: L.belowRate, tone: "warning" };
  const onTrack = kind === "flow" ? projection! >= target : actual / target >= fraction;
  return {
    ...base,
    state: onTrack ? "ON_TRACK" : "BEHIND",
    share,
    projection,
    projectedToReach: onTrack,
    label: onTrack ? L.onTrack : L.behind,
    tone: onTrack ? "info" : "warning",
  };
}

export type TPaceLight = "ON_TRACK" | "AT_RISK" | "BEHIND";

/** How far short of pace still counts as 有风险 (at risk) rather than 滞后 (behind). */
export const PACE_TOLERANCE = { count: 0.9, rate: 0.95 } as const;

const LIGHT_LABELS: Record<TPaceLight, TLabel> = {
  ON_TRACK: { zh: "正常", en: "On track" },
  AT_RISK: { zh: "有风险", en: "At risk" },
  BEHIND: { zh: "滞后", en: "Behind" },
};

/**
 * The board's traffic light for a target (issue 13 point 5), judged on the pace, not on the
 * year-to-date ratio (60 % of a flow by July is on track): `pace` is the figure against where it
 * should be by now — a flow's full-year projection over the target, a stock's share of the target
 * over the share of the year gone, a rate's value over the target; 1 or more is 正常, down to 0.9
 * (a rate: 0.95) 有风险, below that 滞后. A past year's light is its final verdict. A later year's
 * stock target has no pace to judge by (the plan's start is not known): no light, only its share.
 */
export function paceLight(input: TTargetStatusInput): { light: TPaceLight | null; pace: number | null; label: TLabel } {
  const status = targetStatus(input);
  const light = (l: TPaceLight | null, pace: number | null) => ({ light: l, pace, label: l ? LIGHT_LABELS[l] : status.label });
  if (status.state === "NO_TARGET") return light(null, null);
  if (status.final) return light(status.state === "REACHED" ? "ON_TRACK" : "BEHIND", status.share);
  const target = input.target as number;
  let pace: number | null;
  if (input.kind === "flow") pace = status.projection! / target;
  else if (input.kind === "rate") pace = input.actual / target;
  else pace = status.future ? null : input.actual / target / yearProgress(input.today).fraction;
  if (pace === null) return light(null, null);
  const tolerance = input.kind === "rate" ? PACE_TOLERANCE.rate : PACE_TOLERANCE.count;
  return light(pace >= 1 ? "ON_TRACK" : pace >= tolerance ? "AT_RISK" : "BEHIND", pace);
}
