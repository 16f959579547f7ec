import { defineServerFeature, mergeRouters, router } from "@qifu/trpc-core";
import { benchmarksRouter } from "./benchmarks";
import { contactsRouter } from "./contacts";
import { canReadEvidence, diagnosesRouter, EVIDENCE_FILES } from "./diagnoses";
import { indicatorsResource, setsRouter } from "./indicators";
import { needsRouter } from "./needs";
import { seedDigital } from "./seed";
import { solutionsRouter } from "./solutions";
import { averageLevelMetric, diagnosedMetric, statsProcedure } from "./stats";

/** 数字化转型 (issue 18): indicator sets, diagnoses, needs, solutions, contacts, benchmarks, figures. */
export const digitalRouters = {
  digitalSets: setsRouter,
  digitalIndicators: mergeRouters(indicatorsResource.router),
  digitalDiagnoses: diagnosesRouter,
  digitalNeeds: needsRouter,
  digitalSolutions: solutionsRouter,
  digitalContacts: contactsRouter,
  digitalBenchmarks: benchmarksRouter,
  digital: router({ stats: statsProcedure }),
};
export { averageLevelMetric, diagnosedMetric } from "./stats";
export { solutionMatcher } from "./matching";

/** This feature's server manifest (packages/api/src/features.ts lists it). */
export const serverFeature = defineServerFeature({
  name: "digital",
  routers: digitalRouters,
  metrics: [diagnosedMetric, averageLevelMetric],
  seed: (tx) => seedDigital(tx),
  fileOwners: { [EVIDENCE_FILES]: canReadEvidence },
  todos: [
    {
      key: "digital.contactsToAnswer",
      label: { zh: "待回复的数字化方案对接", en: "Solution contacts waiting for your answer" },
      roles: ["NODE_OPERATOR"],
      list: "digitalContacts.list",
      filter: { status: "SENT" },
      link: { resource: "digitalContacts" },
      tone: "warning",
      order: 58,
    },
    {
      key: "digital.solutionsToReview",
      label: { zh: "待审核的数字化解决方案", en: "Digital solutions waiting for review" },
      roles: ["DISTRICT_ADMIN", "TOWN_ADMIN"],
      list: "digitalSolutions.list",
      filter: { status: "PENDING" },
      link: { resource: "digitalSolutions" },
      tone: "warning",
      order: 59,
    },
  ],
});
