import { mergeRouters } from "@qifu/trpc-core";
import { specializedParksResource } from "./resources";
import { specializedParksRouter } from "./router";
import "./stats"; // registers the target formula

/** 专精特新产业园 (specialized park): the routers this feature adds to the root router. */
export const specializedParksRouters = {
  specializedParks: mergeRouters(specializedParksResource.router, specializedParksRouter),
};
export { specializedParkScope } from "./resources";
export { specializedParksCountMetric, specializedParksStats } from "./stats";
export { seedSpecializedParks } from "./seed";
