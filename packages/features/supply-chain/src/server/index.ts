import { defineServerFeature, mergeRouters, router } from "@qifu/trpc-core";
import { contactsRouter } from "./contacts";
import { dealsExport, dealsResource } from "./deals";
import { listsExport, listsResource } from "./lists";
import { postingsResource, postingsRouter } from "./postings";
import { seedSupplyChain } from "./seed";
import { chainsProcedure, statsProcedure, supplyChainDealsMetric, supplyChainLocalRateMetric } from "./stats";
import { visitsExport, visitsResource } from "./visits";

/** 配套协作 (issue 15 pts 7–8): postings, procurement lists, contacts, deals, 走进企业 visits, figures. */
export const supplyChainRouters = {
  supplyChain: router({ chains: chainsProcedure, stats: statsProcedure }),
  supplyChainPostings: mergeRouters(postingsResource.router, postingsRouter),
  supplyChainLists: mergeRouters(listsResource.router, router({ export: listsExport })),
  supplyChainContacts: contactsRouter,
  supplyChainDeals: mergeRouters(dealsResource.router, router({ export: dealsExport })),
  supplyChainVisits: mergeRouters(visitsResource.router, router({ export: visitsExport })),
};
export { supplyChainDealsMetric, supplyChainLocalRateMetric } from "./stats";
export { supplyChainMatcher } from "./matching";

/** This feature's server manifest (packages/api/src/features.ts lists it). */
export const serverFeature = defineServerFeature({
  name: "supply-chain",
  routers: supplyChainRouters,
  metrics: [supplyChainDealsMetric, supplyChainLocalRateMetric],
  seed: (tx) => seedSupplyChain(tx),
});
