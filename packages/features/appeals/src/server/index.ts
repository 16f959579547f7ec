import { appealsRouter } from "./appeals-router";
import { assignmentsResource, calendarResource, categoriesResource, routesResource } from "./resources";

/** 暖企专员 3.0: the routers this feature adds to the root router. */
export const appealsRouters = {
  calendar: calendarResource.router,
  appealCategories: categoriesResource.router,
  appealRoutes: routesResource.router,
  commissionerAssignments: assignmentsResource.router,
  appeals: appealsRouter,
};
export { loadCalendar } from "./resources";
export { appealReadScope, formatNumber, REOPEN_WINDOW_DAYS } from "./appeal-service";
export { sweepAppeals, startAppealsScheduler, RED_AFTER_DAYS, type TScheduler, type TSweepResult } from "./sla";
export { seedAppeals, APPEAL_CATEGORIES } from "./seed";
