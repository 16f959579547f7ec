import { defineServerFeature, mergeRouters } from "@qifu/trpc-core";
import { evaluationResource } from "./resources";
import { evaluationRouter } from "./router";
import { seedEvaluation } from "./seed";
import { evaluationCountMetric } from "./stats";

/** 评价考核 (evaluation scheme): the routers this feature adds to the root router. */
export const evaluationRouters = {
  evaluation: mergeRouters(evaluationResource.router, evaluationRouter),
};
export { evaluationSchemeScope } from "./resources";
export { evaluationCountMetric, evaluationStats } from "./stats";
export { seedEvaluation } from "./seed";

/** This feature's server manifest (packages/api/src/features.ts lists it). */
export const serverFeature = defineServerFeature({
  name: "evaluation",
  routers: evaluationRouters,
  metrics: [evaluationCountMetric],
  seed: (tx, s) => seedEvaluation(tx, s.townIds),
});
