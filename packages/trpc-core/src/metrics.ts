import type { TLabel, TMetricKind } from "@qifu/domain";
import type { TContext } from "./context";

/**
 * Targets are data (DESIGN.md §2); their formulas are code that a feature contributes
 * here under a metric key. Progress = the formula over live data, for a year and a scope.
 */
export type TMetric = {
  key: string;
  label: TLabel;
  unit: TLabel;
  /** How it adds up over time (stock by default): decides how a target on it is judged (domain targetStatus). */
  kind?: TMetricKind;
  /** Where the board's headline places a target on it (lower first; the plan's headline figures have one). */
  boardOrder?: number;
  /** The figure for a year, for the whole district (townId null) or one town. */
  compute: (ctx: TContext, args: { year: number; townId: string | null }) => Promise<number>;
};

const registry = new Map<string, TMetric>();

/** A metric's formula, for its feature's manifest (`metrics`): nothing is registered by importing it. */
export const defineMetric = (metric: TMetric): TMetric => metric;

export function registerMetric(metric: TMetric) {
  registry.set(metric.key, metric);
  return metric;
}
export const getMetric = (key: string) => registry.get(key);
export const listMetrics = () => [...registry.values()];
