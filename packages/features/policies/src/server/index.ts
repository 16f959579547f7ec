import { defineServerFeature, mergeRouters } from "@qifu/trpc-core";
import { policiesResource } from "./resources";
import { policiesRouter } from "./router";
import { seedPolicies } from "./seed";
import { policiesCountMetric } from "./stats";

/** 政策直享 (Policy): the routers this feature adds to the root router. */
export const policiesRouters = {
  policies: mergeRouters(policiesResource.router, policiesRouter),
};
export { policyScope } from "./resources";
export { policiesCountMetric, policiesStats } from "./stats";
export { seedPolicies } from "./seed";

/** This feature's server manifest (packages/api/src/features.ts lists it). */
export const serverFeature = defineServerFeature({
  name: "policies",
  routers: policiesRouters,
  metrics: [policiesCountMetric],
  seed: (tx, s) => seedPolicies(tx, s.townIds),
});
