import type { TLabel, TMetricKind } from "@qifu/domain";
import type { TContext } from "./context";

/**
 * Targets are data (DESIGN.md §2); their formulas are code that a feature contributes
 * here under a metric key. Progress = the formula over live data, for a year and a scope.
 */
/** What a metric is computed over: a year, and the district (townId null), one town, or one node. */
export type TMetricScope = { year: number; townId: string | null; nodeId?: string };

/**
 * The rows of a table with `nodeId` and `townId` columns that a metric counts in its scope: one
 * node's, one town's, or (neither) the district's.
 */
export const byMetricScope = ({ townId, nodeId }: Pick<TMetricScope, "townId" | "nodeId">) =>
  nodeId ? { nodeId } : townId ? { townId } : {};

export type TMetric = {
  key: string;
  label: TLabel;
  unit: TLabel;
  /** How it adds up over time (stock by default): decides how a target on it is judged (domain targetStatus). */
  kind?: TMetricKind;
  /** Where the board's headline places a target on it (lower first; the plan's headline figures have one). */
  boardOrder?: number;
  /**
   * The figure for a year, for the whole district (townId null) or one town; for one service node
   * (nodeId) where the metric declares `nodes`.
   */
  compute: (ctx: TContext, args: TMetricScope) => Promise<number>;
  /** It means something for one service node, and `compute` narrows to `nodeId`: an evaluation of nodes can score it. */
  nodes?: boolean;
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
