import { mergeRouters, defineServerFeature } from "@qifu/trpc-core";
import { specializedParksResource } from "./resources";
import { specializedParksRouter } from "./router";
import { specializedParksCountMetric } from "./stats";
import { seedSpecializedParks } from "./seed";

/** 专精特新产业园 (specialized park): the routers this feature adds to the root router. */
export const specializedParksRouters = {
  specializedParks: mergeRouters(specializedParksResource.router, specializedParksRouter),
};
export { specializedParkScope, specializedParksResource } from "./resources";
export { specializedParksCarrier } from "./router";
export { specializedParksCountMetric, specializedParksStats } from "./stats";
export { seedSpecializedParks } from "./seed";

/** This feature's server manifest (packages/api composes the list). */
export const serverFeature = defineServerFeature({
  name: "specialized-parks",
  routers: specializedParksRouters,
  metrics: [specializedParksCountMetric],
  seed: (tx, s) => seedSpecializedParks(tx, s.townIds),
});
