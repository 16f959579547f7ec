/**
 * The audit log's procedures (`auditLogs.*`: list, get, getMany, resources, actors, export)
 * live in the platform core, next to the trigger that writes the log, and are mounted by
 * packages/api/src/root.ts as `auditLogs`. Re-exported here so the feature's three layers
 * sit together.
 */
import type { auditRouter } from "@qifu/trpc-core";
export type { TAuditEntry } from "@qifu/trpc-core";
export { auditRouter } from "@qifu/trpc-core";

/** The routers this feature's screens call, as packages/api mounts them (for the typed client of ./admin). */
export type TAuditRouters = { auditLogs: typeof auditRouter };
