import { defineServerFeature } from "@qifu/trpc-core";
import { appealsRouter } from "./appeals-router";
import { appealTodos } from "./todos";
import { appealFileOwners } from "./appeal-access";
import { open311KeysRouter } from "./open311-keys";
import { visitLogsRouter } from "./visit-logs";
import { appealsOnTimeMetric, assessmentRouter, weightsResource } from "./assessment";
import { assignmentsResource, calendarRouter, categoriesResource, routesResource } from "./resources";
import { seedAppeals } from "./seed";
import { seedDemoAppeals } from "./demo-appeals";
import { startAppealsScheduler } from "./sla";
import { open311Plugin } from "./open311";
import { OPEN311_API } from "./open311-api";

/** 暖企专员 3.0: the routers this feature adds to the root router. */
export const appealsRouters = {
  calendar: calendarRouter,
  appealCategories: categoriesResource.router,
  appealRoutes: routesResource.router,
  commissionerAssignments: assignmentsResource.router,
  appeals: appealsRouter,
  open311Keys: open311KeysRouter,
  visitLogs: visitLogsRouter,
  assessmentWeights: weightsResource.router,
  appealAssessment: assessmentRouter,
};
export { computeAssessment, scoreGroup, periodBounds, DEFAULT_WEIGHTS } from "./assessment";
export { open311Plugin, envOpen311Keys, OPEN311_SERVICE_ACCOUNT, type TOpen311Options } from "./open311";
export { announce, appealLinks } from "./notices";
export { appealReadScope, REOPEN_WINDOW_DAYS } from "./appeal-access";
export { formatNumber } from "./appeal-intake";
export { sweepAppeals, startAppealsScheduler, RED_AFTER_DAYS, type TScheduler, type TSweepResult } from "./sla";
export { seedAppeals, APPEAL_CATEGORIES } from "./seed";
export { seedDemoAppeals } from "./demo-appeals";

/** This feature's server manifest (packages/api composes the list). */
export const serverFeature = defineServerFeature({
  name: "appeals",
  routers: appealsRouters,
  todos: appealTodos,
  metrics: [appealsOnTimeMetric],
  fileOwners: appealFileOwners,
  // the demo commissioner looks after the demo enterprise
  seedAfterAccounts: (tx, s) =>
    seedAppeals(tx, {
      townIds: s.townIds,
      departmentIds: s.departmentIds,
      assignments: [[s.demoUserId("commissioner"), "seed-enterprise-1"]],
    }),
  demoActivity: seedDemoAppeals,
  jobs: (prisma, opts) => [startAppealsScheduler(prisma, opts)],
  http: { prefix: "/open311/v2", plugin: open311Plugin, api: OPEN311_API },
});
