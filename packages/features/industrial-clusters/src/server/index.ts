import { mergeRouters, defineServerFeature } from "@qifu/trpc-core";
import { industrialClustersResource, membersResource } from "./resources";
import { industrialClustersRouter } from "./router";
import { industrialClustersCountMetric } from "./stats";
import { seedIndustrialClusters } from "./seed";

/** 中小企业特色产业集群 (industrial clusters): the routers this feature adds to the root router. */
export const industrialClustersRouters = {
  industrialClusters: mergeRouters(industrialClustersResource.router, industrialClustersRouter),
  industrialClusterMembers: membersResource.router,
};
export { industrialClusterScope, coverageOf, linksOf } from "./resources";
export { industrialClustersCountMetric, industrialClustersStats } from "./stats";
export { seedIndustrialClusters } from "./seed";

/** This feature's server manifest (packages/api composes the list). */
export const serverFeature = defineServerFeature({
  name: "industrial-clusters",
  routers: industrialClustersRouters,
  metrics: [industrialClustersCountMetric],
  seed: (tx, s) => seedIndustrialClusters(tx, s.townIds),
});
