import { mergeRouters, defineServerFeature } from "@qifu/trpc-core";
import { innovationBasesResource } from "./resources";
import { residentsResource } from "./residents";
import { financingsResource } from "./financings";
import { innovationBasesRouter } from "./router";
import { innovationBasesCountMetric, innovationBasesGraduationsMetric, innovationBasesGrownMetric } from "./stats";
import { seedInnovationBases } from "./seed";

/** 创新创业基地 (innovation bases): the routers this feature adds to the root router. */
export const innovationBasesRouters = {
  innovationBases: mergeRouters(innovationBasesResource.router, innovationBasesRouter),
  innovationBaseResidents: residentsResource.router,
  innovationBaseFinancings: financingsResource.router,
};
export { innovationBaseScope } from "./resources";
export {
  innovationBasesCountMetric,
  innovationBasesGraduationsMetric,
  innovationBasesGrownMetric,
  innovationBasesStats,
  baseFigures,
} from "./stats";
export { seedInnovationBases } from "./seed";

/** This feature's server manifest (packages/api composes the list). */
export const serverFeature = defineServerFeature({
  name: "innovation-bases",
  routers: innovationBasesRouters,
  metrics: [innovationBasesCountMetric, innovationBasesGraduationsMetric, innovationBasesGrownMetric],
  seed: (tx, s) => seedInnovationBases(tx, s.townIds),
});
