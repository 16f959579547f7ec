import { mergeRouters, defineServerFeature } from "@qifu/trpc-core";
import { serviceStationsResource } from "./resources";
import { serviceStationsRouter } from "./router";
import { serviceStationsCountMetric, serviceStationsCoverageMetric } from "./stats";
import { seedServiceStations } from "./seed";

/** 中小企业服务站 (SME service station): the routers this feature adds to the root router. */
export const serviceStationsRouters = {
  serviceStations: mergeRouters(serviceStationsResource.router, serviceStationsRouter),
};
export { serviceStationScope } from "./resources";
export { serviceStationsCountMetric, serviceStationsCoverageMetric, serviceStationsStats } from "./stats";
export { seedServiceStations } from "./seed";

/** This feature's server manifest (packages/api composes the list). */
export const serverFeature = defineServerFeature({
  name: "service-stations",
  routers: serviceStationsRouters,
  metrics: [serviceStationsCountMetric, serviceStationsCoverageMetric],
  seed: (tx, s) => seedServiceStations(tx, s.townIds),
});
