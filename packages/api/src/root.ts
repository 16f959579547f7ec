import { auditRouter, authRouter, indexInputSchemas, router } from "@qifu/trpc-core";
import { networkRouters } from "@qifu/feature-network/server";
import { targetsRouters } from "@qifu/feature-targets/server";
import { enterpriseRouters } from "@qifu/feature-enterprises/server";
import { catalogueRouters } from "@qifu/feature-catalogue/server";
import { appealsRouters } from "@qifu/feature-appeals/server";

/**
 * The root router: the one place that lists every feature (DESIGN.md §3).
 * Each feature contributes its routers under their own keys.
 */
export const appRouter = router({
  auth: authRouter,
  auditLogs: auditRouter,
  ...networkRouters,
  ...targetsRouters,
  ...enterpriseRouters,
  ...catalogueRouters,
  ...appealsRouters,
});
export type AppRouter = typeof appRouter;

indexInputSchemas(appRouter);
