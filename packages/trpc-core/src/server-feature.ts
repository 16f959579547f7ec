import type { TDb, TDbTx } from "@qifu/db";
import type { TScheduler } from "./jobs";
import type { THttpApi } from "./http-api";
import { registerFileOwner, type TCanRead } from "./files/service";
import { registerMetric, type TMetric } from "./metrics";
import { registerTodo, type TTodo } from "./todo";

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
  /** What its roles have waiting, for the console's to-do page (each counted through its list). */
  todos?: TTodo[];
  /** The formulas of its target metrics (targets are data; progress is the formula over live data). */
  metrics?: TMetric[];
  /** Who may read the files attached to its records, by file kind. */
  fileOwners?: Record<string, TCanRead>;
  /**
   * File kinds the public may read too (a showcase's published pictures): their `canRead` is
   * also asked for a caller who is not signed in, and must answer for published rows only.
   */
  publicFileOwners?: Record<string, TCanRead>;
};

/** A feature's server manifest (identity, for the types: the router keys stay exact). */
export function defineServerFeature<const R extends object>(feature: TServerFeature<R>): TServerFeature<R> {
  return feature;
}

/**
 * Put the manifests' to-do items, metrics and file owners where the core looks them up; done
 * once by packages/api as it composes the root router. A key two features claim is refused.
 */
export function installServerFeatures(features: readonly TServerFeature[]) {
  const seen = new Map<string, string>();
  const claim = (kind: string, key: string, feature: string) => {
    const other = seen.get(`${kind}:${key}`);
    if (other && other !== feature) throw new Error(`${kind} "${key}" of feature ${feature} is taken by feature ${other}`);
    seen.set(`${kind}:${key}`, feature);
  };
  for (const f of features) {
    for (const todo of f.todos ?? []) {
      claim("to-do", todo.key, f.name);
      registerTodo(todo);
    }
    for (const metric of f.metrics ?? []) {
      claim("metric", metric.key, f.name);
      registerMetric(metric);
    }
    for (const [kind, canRead] of Object.entries(f.fileOwners ?? {})) {
      claim("file kind", kind, f.name);
      registerFileOwner(kind, canRead);
    }
    for (const [kind, canRead] of Object.entries(f.publicFileOwners ?? {})) {
      claim("file kind", kind, f.name);
      registerFileOwner(kind, canRead, { anonymous: true });
    }
  }
}
