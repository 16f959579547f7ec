import type { TDb, TDbTx } from "@qifu/db";
import type { TScheduler } from "./jobs";
import type { THttpApi } from "./http-api";

/** What the platform's seed has made before it calls a feature's: towns, departments, the demo accounts' ids. */
export type TSeedContext = {
  /** Town id by town code (`SHILING` → `seed-town-SHILING`). */
  townIds: Map<string, string>;
  /** Department id by code (`COMMERCE` → `seed-dept-COMMERCE`). */
  departmentIds: Map<string, string>;
  /** The id of a demo account (`commissioner` → its user id); the accounts exist from `seedAfterAccounts` on. */
  demoUserId: (username: string) => string;
};

export type TJobOptions = { intervalMs: number; log: (msg: string, extra?: unknown) => void };

/**
 * One feature's server side, as the platform composes it (DESIGN.md §3): packages/api lists
 * these manifests once, and the root router, the seed, the job runner and the HTTP server
 * iterate that list. Nothing registers itself by being imported.
 */
export type TServerFeature<R extends object = object> = {
  name: string;
  /** Its routers under their own keys (merged into the root router). */
  routers: R;
  /** Reference and demo data, in the seed's one transaction, before the demo accounts exist. */
  seed?: (tx: TDbTx, ctx: TSeedContext) => Promise<unknown>;
  /** Demo data that needs the demo accounts (assignments, handled cases). */
  seedAfterAccounts?: (tx: TDbTx, ctx: TSeedContext) => Promise<unknown>;
  /** A demo year of activity through the real workflow (`pnpm start`, `pnpm qifu seed`); its result is reported under the feature's name. */
  demoActivity?: (prisma: TDb, now: Date) => Promise<unknown>;
  /** Its timed sweeps, each on the shared scheduler (startScheduler). */
  jobs?: (prisma: TDb, opts: TJobOptions) => TScheduler[];
  /** Steps of the one housekeeping sweep: each a conditional statement returning how many rows it changed. */
  housekeeping?: Record<string, (prisma: TDb, now: Date) => Promise<number>>;
  /**
   * HTTP endpoints outside tRPC (e.g. Open311), registered as a Fastify plugin under `prefix`.
   * Typed loosely here (the core does not depend on Fastify); apps/api registers it. `api`
   * describes its endpoints for the OpenAPI document (/openapi.json, /api-docs).
   */
  http?: { prefix: string; plugin: (app: never, opts: never) => Promise<void>; api?: THttpApi };
};

/** A feature's server manifest (identity, for the types: the router keys stay exact). */
export function defineServerFeature<const R extends object>(feature: TServerFeature<R>): TServerFeature<R> {
  return feature;
}
