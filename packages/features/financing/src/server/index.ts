import { defineServerFeature, mergeRouters } from "@qifu/trpc-core";
import { needsRouter } from "./needs";
import { productsResource, productsRouter } from "./products";
import { investmentsResource, investmentsRouter, schemesResource, schemesRouter } from "./schemes";
import { sendingsRouter } from "./sendings";
import { seedFinancing } from "./seed";
import { financingGrantedMetric, financingNeedsMetric, statsProcedure } from "./stats";
import { router } from "@qifu/trpc-core";

/** 融资促进 (issue 15 pts 1, 2, 4): products, schemes, fund investments, needs and the institutions' answers, figures. */
export const financingRouters = {
  financingProducts: mergeRouters(productsResource.router, productsRouter),
  financingSchemes: mergeRouters(schemesResource.router, schemesRouter),
  fundInvestments: mergeRouters(investmentsResource.router, investmentsRouter),
  financingNeeds: needsRouter,
  financingSendings: sendingsRouter,
  financingStats: router({ summary: statsProcedure }),
};
export { financingGrantedMetric, financingNeedsMetric } from "./stats";
export { financingMatcher } from "./matching";

/** This feature's server manifest (packages/api/src/features.ts lists it). */
export const serverFeature = defineServerFeature({
  name: "financing",
  routers: financingRouters,
  metrics: [financingGrantedMetric, financingNeedsMetric],
  // after the accounts, with the activities: the demo needs name the 金融+ events they were raised at
  seedAfterAccounts: (tx) => seedFinancing(tx),
  todos: [
    {
      key: "financing.needsToAnswer",
      label: { zh: "待答复的企业融资需求", en: "Financing needs waiting for your answer" },
      roles: ["NODE_OPERATOR"],
      nodeKinds: ["FINANCIAL_INSTITUTION"],
      list: "financingSendings.list",
      filter: { status: "SENT" },
      link: { resource: "financingSendings" },
      tone: "warning",
      order: 55,
    },
  ],
});
