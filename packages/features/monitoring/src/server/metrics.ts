import { shareInPercent } from "@qifu/domain";
import { byMetricScope, defineMetric, type TContext, type TMetricScope } from "@qifu/trpc-core";
import { MONITORING_METRICS } from "../schemas";
import { matrixOf } from "./matrix";

/** Whose reports: one node's, one town's nodes' or (neither) the district's. */
type TReporters = Pick<TMetricScope, "townId" | "nodeId">;

/** Reports filed on time ÷ reports that were due (on time + late + missing), in %; none due yet: 0. */
export async function onTimeShare(ctx: TContext, year: number, reporters: TReporters): Promise<number> {
  const { totals } = await matrixOf(ctx, year, reporters.nodeId ? { id: reporters.nodeId } : byMetricScope(reporters));
  const due = totals.ON_TIME + totals.LATE + totals.MISSING;
  return shareInPercent(totals.ON_TIME, due);
}

/** The sum of one number field over the year's filed reports (the district, one town or one node). */
export async function summedField(ctx: TContext, field: string, year: number, reporters: TReporters): Promise<number> {
  const rows = await ctx.db.monthlyReport.findMany({
    where: { month: { startsWith: `${year}-` }, ...byMetricScope(reporters) },
    select: { values: true },
  });
  return rows.reduce((sum, r) => {
    const v = (r.values as Record<string, unknown>)[field];
    return sum + (typeof v === "number" ? v : 0);
  }, 0);
}

/** The indicators reports feed (the evaluation feature scores them; targets may be set on them). */
export const monitoringMetrics = [
  defineMetric({
    key: MONITORING_METRICS.onTimeShare,
    kind: "rate",
    label: { zh: "月报按时报送率", en: "Monthly reports filed on time" },
    unit: { zh: "%", en: "%" },
    nodes: true,
    compute: (ctx, { year, ...reporters }) => onTimeShare(ctx, year, reporters),
  }),
  defineMetric({
    key: MONITORING_METRICS.activitiesHeld,
    kind: "flow",
    label: { zh: "月报：举办活动场次", en: "Monthly reports: activities held" },
    unit: { zh: "场", en: "events" },
    nodes: true,
    compute: (ctx, { year, ...reporters }) => summedField(ctx, "activitiesHeld", year, reporters),
  }),
  defineMetric({
    key: MONITORING_METRICS.servicesDelivered,
    kind: "flow",
    label: { zh: "月报：提供服务次数", en: "Monthly reports: services delivered" },
    unit: { zh: "次", en: "times" },
    nodes: true,
    compute: (ctx, { year, ...reporters }) => summedField(ctx, "servicesDelivered", year, reporters),
  }),
];
