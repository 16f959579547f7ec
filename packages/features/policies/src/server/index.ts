import { defineServerFeature, router } from "@qifu/trpc-core";
import { applicationsRouter } from "./applications";
import { policiesRouter } from "./policies";
import { seedPolicies } from "./seed";
import { grantedAmountMetric, grantedMetric, statsProcedure } from "./stats";

/** 政策直享 (issue 16 pt 1): the policy library, fits per enterprise, pushes, 免申即享, applications, figures. */
export const policiesRouters = {
  policies: policiesRouter,
  policyApplications: applicationsRouter,
  policyFigures: router({ stats: statsProcedure }),
};
export { grantedAmountMetric, grantedMetric } from "./stats";
export { policyMatcherFor, eligibilityOf, industryFits, yearsBetween, type TEnterpriseProfile, type TPolicyCriteria } from "./matching";
export { pushPolicy } from "./push";

/** This feature's server manifest (packages/api/src/features.ts lists it). */
export const serverFeature = defineServerFeature({
  name: "policies",
  routers: policiesRouters,
  metrics: [grantedMetric, grantedAmountMetric],
  seedAfterAccounts: (tx, s) => seedPolicies(tx, s),
  todos: [
    {
      key: "policies.applicationsToReview",
      label: { zh: "待审核的政策申报", en: "Policy applications waiting for review" },
      roles: ["NODE_OPERATOR", "DEPARTMENT_HANDLER", "DISTRICT_ADMIN"],
      list: "policyApplications.list",
      filter: { status: "SUBMITTED" },
      link: { resource: "policyApplications" },
      tone: "warning",
      order: 60,
    },
  ],
});
