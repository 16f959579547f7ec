import { defineCarrier } from "@qifu/carrier-kit/server";
import { router } from "@qifu/trpc-core";
import { TARGET_YEARS, ZPoliciesStats, ZPolicy, ZPolicyPublicSearch } from "../schemas";
import { policiesResource } from "./resources";
import { policiesCountMetric, policiesStats } from "./stats";

/** 政策直享 as a carrier: the public sees the active ones by name; the board follows the count target. */
export const policiesCarrier = defineCarrier({
  resource: policiesResource,
  public: { search: ZPolicyPublicSearch, where: () => ({ status: "ACTIVE" }), order: [{ name: "asc" }], dto: ZPolicy },
  metric: policiesCountMetric,
  targetYears: TARGET_YEARS,
  stats: { dto: ZPoliciesStats, compute: policiesStats },
});

/** Beside the resource contract: the carrier's public pages and the board's figures (add this feature's own procedures here). */
export const policiesRouter = router({ ...policiesCarrier.procedures });
