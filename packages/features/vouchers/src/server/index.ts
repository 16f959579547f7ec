import { defineServerFeature, mergeRouters, router } from "@qifu/trpc-core";
import { EVIDENCE_FILES } from "./access";
import { batchesResource } from "./batches";
import { canReadEvidence, redemptionsRouter } from "./redemptions";
import { seedVouchers } from "./seed";
import { settlementsRouter, spotChecksRouter } from "./settlements";
import { signalsRouter } from "./signals";
import { redeemedMetric, statsProcedure } from "./stats";
import { vouchersRouter } from "./vouchers";

/** 服务券 (issue 16 part 2): batches, vouchers, redemptions, settlements, spot checks, fraud signals, figures. */
export const vouchersRouters = {
  voucherBatches: mergeRouters(batchesResource.router),
  vouchers: vouchersRouter,
  voucherRedemptions: redemptionsRouter,
  voucherSettlements: settlementsRouter,
  voucherSpotChecks: spotChecksRouter,
  voucherSignals: signalsRouter,
  voucherStats: router({ stats: statsProcedure }),
};
export { computeSignals, isWithinOpeningHours } from "./signals";
export { drawSample } from "./settlements";
export { redeemedMetric } from "./stats";

/** This feature's server manifest (packages/api/src/features.ts lists it). */
export const serverFeature = defineServerFeature({
  name: "vouchers",
  routers: vouchersRouters,
  metrics: [redeemedMetric],
  seedAfterAccounts: (tx) => seedVouchers(tx),
  fileOwners: { [EVIDENCE_FILES]: canReadEvidence },
  todos: [
    {
      key: "vouchers.applications",
      label: { zh: "待审核的服务券申领", en: "Voucher applications to decide" },
      roles: ["DISTRICT_ADMIN"],
      list: "vouchers.list",
      filter: { status: "APPLIED" },
      link: { resource: "vouchers" },
      tone: "warning",
      order: 60,
    },
  ],
});
