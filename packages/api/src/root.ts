import {
  auditRouter,
  authRouter,
  indexInputSchemas,
  installServerFeatures,
  notificationsRouter,
  permissionsRouter,
  router,
  todoRouter,
  type TCallableRouter,
} from "@qifu/trpc-core";
import { serverFeatures } from "./features";
import { siteRouter } from "./site-search";

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
/** Every feature's routers under their own keys, with their exact types (for the typed clients). */
type TFeatureRouters = UnionToIntersection<(typeof serverFeatures)[number]["routers"]>;

function featureRouters(): TFeatureRouters {
  const all: Record<string, unknown> = {};
  for (const f of serverFeatures)
    for (const [key, r] of Object.entries(f.routers)) {
      if (key in all) throw new Error(`router key "${key}" of feature ${f.name} is taken by another feature`);
      all[key] = r;
    }
  return all as TFeatureRouters;
}

// the manifests' to-do items, metrics and file owners, where the core looks them up
installServerFeatures(serverFeatures);

/**
 * The root router: the core's routers and every feature's (features.ts lists them).
 */
export const appRouter = router({
  auth: authRouter,
  auditLogs: auditRouter,
  notifications: notificationsRouter,
  // the console's to-do page: the manifests' to-do items, counted through their lists
  todo: todoRouter((): TCallableRouter => appRouter),
  // which procedures the caller may call: the board shows only what would not be refused
  permissions: permissionsRouter((): TCallableRouter => appRouter),
  ...featureRouters(),
  site: siteRouter,
});
export type AppRouter = typeof appRouter;

indexInputSchemas(appRouter);
