import { router, defineServerFeature } from "@qifu/trpc-core";
import { enterpriseTodos } from "./todos";
import { claimsRouter, enterpriseAccountRouter } from "./claims";
import { enterpriseExport, enterpriseImport } from "./import-export";
import { enterpriseFiguresRouter, enterprisesResource } from "./resources";
import { expirePendingClaims } from "./claims";
import { seedEnterprises } from "./seed";

/** The enterprise registry: the routers this feature adds to the root router. */
export const enterpriseRouters = {
  // the resource contract plus Excel import and export, under one key
  enterprises: router({
    ...enterprisesResource.router._def.record,
    ...enterpriseImport._def.record,
    ...enterpriseFiguresRouter._def.record,
    export: enterpriseExport,
  }),
  enterpriseClaims: claimsRouter,
  enterpriseAccount: enterpriseAccountRouter,
};
export { enterpriseReadScope, enterpriseWriteScope, enterprisesResource } from "./resources";
export { seedEnterprises, SEED_ENTERPRISES } from "./seed";
export { toEnterpriseDto, checkCreditCode } from "./enterprise-service";
export { expirePendingClaims, CLAIM_EXPIRY_DAYS } from "./claims";

/** This feature's server manifest (packages/api composes the list). */
export const serverFeature = defineServerFeature({
  name: "enterprises",
  routers: enterpriseRouters,
  todos: enterpriseTodos,
  seed: (tx, s) => seedEnterprises(tx, s.townIds),
  housekeeping: { expiredClaims: expirePendingClaims },
});
