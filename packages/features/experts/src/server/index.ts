import { defineServerFeature, mergeRouters } from "@qifu/trpc-core";
import { expertsResource } from "./resources";
import { expertsRouter } from "./router";
import { seedExperts } from "./seed";
import { expertsCountMetric } from "./stats";

/** 专家库 (expert): the routers this feature adds to the root router. */
export const expertsRouters = {
  experts: mergeRouters(expertsResource.router, expertsRouter),
};
export { expertScope } from "./resources";
export { expertsCountMetric, expertsStats } from "./stats";
export { seedExperts } from "./seed";

/** This feature's server manifest (packages/api/src/features.ts lists it). */
export const serverFeature = defineServerFeature({
  name: "experts",
  routers: expertsRouters,
  metrics: [expertsCountMetric],
  seed: (tx, s) => seedExperts(tx, s.townIds),
});
