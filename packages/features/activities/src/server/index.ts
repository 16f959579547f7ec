import { defineServerFeature, mergeRouters } from "@qifu/trpc-core";
import { publicRouter } from "./public";
import { registrationRouter } from "./registration";
import { activitiesResource, seriesResource, trainingsResource } from "./resources";
import { seedActivities } from "./seed";
import { activitiesMetrics, statsRouter } from "./stats";

/** 活动培训 (issue 14 points 6–9): the routers this feature adds to the root router. */
export const activitiesRouters = {
  activities: mergeRouters(activitiesResource.router, registrationRouter, publicRouter, statsRouter),
  activitySeries: seriesResource.router,
  trainings: trainingsResource.router,
};
export { activityScope } from "./resources";

/** This feature's server manifest (packages/api/src/features.ts lists it). */
export const serverFeature = defineServerFeature({
  name: "activities",
  routers: activitiesRouters,
  metrics: activitiesMetrics,
  seedAfterAccounts: (tx, s) => seedActivities(tx, s),
});
