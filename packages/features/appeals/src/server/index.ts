import { appealsRouter } from "./appeals-router";
import "./todos";
import { open311KeysRouter } from "./open311-keys";
import { visitLogsRouter } from "./visit-logs";
import { assessmentRouter, weightsResource } from "./assessment";
import { assignmentsResource, calendarRouter, categoriesResource, routesResource } from "./resources";

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
export { appealReadScope, formatNumber, REOPEN_WINDOW_DAYS } from "./appeal-service";
export { sweepAppeals, startAppealsScheduler, RED_AFTER_DAYS, type TScheduler, type TSweepResult } from "./sla";
export { seedAppeals, APPEAL_CATEGORIES } from "./seed";
export { seedDemoAppeals } from "./demo-appeals";
