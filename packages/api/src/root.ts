import { auditRouter, authRouter, indexInputSchemas, notificationsRouter, router, todoRouter, type TCallableRouter } from "@qifu/trpc-core";
import { networkRouters } from "@qifu/feature-network/server";
import { targetsRouters } from "@qifu/feature-targets/server";
import { enterpriseRouters } from "@qifu/feature-enterprises/server";
import { catalogueRouters } from "@qifu/feature-catalogue/server";
import { appealsRouters } from "@qifu/feature-appeals/server";
import { ledgerRouters } from "@qifu/feature-ledger/server";
import { serviceStationsRouters } from "@qifu/feature-service-stations/server";
import { specializedParksRouters } from "@qifu/feature-specialized-parks/server";
import { innovationBasesRouters } from "@qifu/feature-innovation-bases/server";
import { industrialClustersRouters } from "@qifu/feature-industrial-clusters/server";
import { siteRouter } from "./site-search";

/**
 * The root router: the one place that lists every feature (DESIGN.md §3).
 * Each feature contributes its routers under their own keys.
 */
export const appRouter = router({
  auth: authRouter,
  auditLogs: auditRouter,
  notifications: notificationsRouter,
  // the console's to-do page: what each feature registered with registerTodo, counted through its lists
  todo: todoRouter((): TCallableRouter => appRouter),
  ...networkRouters,
  ...targetsRouters,
  ...enterpriseRouters,
  ...catalogueRouters,
  ...appealsRouters,
  ...ledgerRouters,
  ...serviceStationsRouters,
  ...specializedParksRouters,
  ...innovationBasesRouters,
  ...industrialClustersRouters,
  site: siteRouter,
});
export type AppRouter = typeof appRouter;

indexInputSchemas(appRouter);
