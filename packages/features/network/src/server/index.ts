import { defineServerFeature, mergeRouters } from "@qifu/trpc-core";
import { nodesResource, townsResource } from "./resources";
import { networkRouter } from "./network-router";
import { townMapRouter } from "./town-map";
import { linkedPlatformsMetric } from "./stats";
import { seedNetwork } from "./seed";

/** Carrier 1, the 1+12+N network: the routers this feature adds to the root router. */
export const networkRouters = {
  nodes: nodesResource.router,
  towns: townsResource.router,
  network: mergeRouters(networkRouter, townMapRouter),
};
export { nodeReadScope, nodeWriteScope } from "./resources";
export { linkedPlatformsMetric } from "./stats";
export { seedNetwork, HUADU_TOWNS, huaduSeedNodes } from "./seed";
export { rankedNodes, stationsFor } from "./search";

/** This feature's server manifest (packages/api composes the list). */
export const serverFeature = defineServerFeature({
  name: "network",
  routers: networkRouters,
  metrics: [linkedPlatformsMetric],
  seed: (tx, s) => seedNetwork(tx, s.townIds),
});
