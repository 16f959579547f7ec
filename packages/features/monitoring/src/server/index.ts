import { defineServerFeature } from "@qifu/trpc-core";
import { monitoringMetrics } from "./metrics";
import { reportsResource } from "./resources";
import { monitoringRouter, owedRouter } from "./router";
import { seedMonitoring, seedSearchLog } from "./seed";
import { startReminderScheduler } from "./reminders";
import { monitoringTodos } from "./todos";

/** 月度监测: monthly operation reports of the network's nodes, the filing matrix, demand trends. */
export const monitoringRouters = {
  monthlyReports: reportsResource.router,
  monitoring: monitoringRouter,
  monthlyReportsOwed: owedRouter,
};
export { reportScope, subjectScope } from "./resources";
export { reportDueOn, isLate, monthsOf, nextMonth } from "./due";
export { cellStateOf, buildMatrix } from "./matrix";
export { onTimeShare, summedField, monitoringMetrics } from "./metrics";
export { seedMonitoring } from "./seed";
export { sweepReportReminders } from "./reminders";

/** This feature's server manifest (packages/api/src/features.ts lists it). */
export const serverFeature = defineServerFeature({
  name: "monitoring",
  routers: monitoringRouters,
  metrics: monitoringMetrics,
  todos: monitoringTodos,
  seedAfterAccounts: async (tx) => {
    await seedMonitoring(tx);
    await seedSearchLog(tx);
  },
  jobs: (prisma, opts) => [startReminderScheduler(prisma, opts)],
  // the trends read the current and past years: searches older than three years are dropped
  housekeeping: {
    oldSearches: (prisma, now) =>
      prisma.searchLog.deleteMany({ where: { at: { lt: new Date(now.getTime() - 3 * 366 * 86_400_000) } } }).then((r) => r.count),
  },
});
