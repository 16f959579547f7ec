import { defineMetric, type TContext } from "@qifu/trpc-core";
import { MONITORING_METRICS } from "../schemas";
import { matrixOf } from "./matrix";

/** Reports filed on time ÷ reports that were due (on time + late + missing), in %; none due yet: 0. */
export async function onTimeShare(ctx: TContext, year: number, townId: string | null): Promise<number> {
  const { totals } = await matrixOf(ctx, year, townId ? { townId } : {});
  const due = totals.ON_TIME + totals.LATE + totals.MISSING;
  return due ? Math.round((totals.ON_TIME / due) * 1000) / 10 : 0;
}

/** The sum of one number field over the year's filed reports (district or one town). */
export async function summedField(ctx: TContext, field: string, year: number, townId: string | null): Promise<number> {
  const rows = await ctx.db.monthlyReport.findMany({
    where: { month: { startsWith: `${year}-` }, ...(townId ? { townId } : {}) },
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
    compute: (ctx, { year, townId }) => onTimeShare(ctx, year, townId),
  }),
  defineMetric({
    key: MONITORING_METRICS.activitiesHeld,
    kind: "flow",
    label: { zh: "月报：举办活动场次", en: "Monthly reports: activities held" },
    unit: { zh: "场", en: "events" },
    compute: (ctx, { year, townId }) => summedField(ctx, "activitiesHeld", year, townId),
  }),
  defineMetric({
    key: MONITORING_METRICS.servicesDelivered,
    kind: "flow",
    label: { zh: "月报：提供服务次数", en: "Monthly reports: services delivered" },
    unit: { zh: "次", en: "times" },
    compute: (ctx, { year, townId }) => summedField(ctx, "servicesDelivered", year, townId),
  }),
];
