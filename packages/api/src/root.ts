import { authRouter, indexInputSchemas, router } from "@qifu/trpc-core";
import { networkRouters } from "@qifu/feature-network/server";
import { targetsRouters } from "@qifu/feature-targets/server";

/**
 * The root router: the one place that lists every feature (DESIGN.md §3).
 * Each feature contributes its routers under their own keys.
 */
export const appRouter = router({
  auth: authRouter,
  ...networkRouters,
  ...targetsRouters,
});
export type AppRouter = typeof appRouter;

indexInputSchemas(appRouter);
