import { mergeRouters } from "@qifu/trpc-core";
import { financingsResource, innovationBasesResource, residentsResource } from "./resources";
import { innovationBasesRouter } from "./router";
import "./stats"; // registers the target formulas

/** 创新创业基地 (innovation bases): the routers this feature adds to the root router. */
export const innovationBasesRouters = {
  innovationBases: mergeRouters(innovationBasesResource.router, innovationBasesRouter),
  innovationBaseResidents: residentsResource.router,
  innovationBaseFinancings: financingsResource.router,
};
export { innovationBaseScope } from "./resources";
export { innovationBasesCountMetric, innovationBasesGraduationsMetric, innovationBasesGrownMetric, innovationBasesStats, baseFigures } from "./stats";
export { seedInnovationBases } from "./seed";
