/**
 * The audit log's procedures (`auditLogs.*`: list, get, getMany, resources, actors, export)
 * live in the platform core, next to the trigger that writes the log, and are mounted by
 * packages/api/src/root.ts as `auditLogs`. Re-exported here so the feature's three layers
 * sit together.
 */
export { auditRouter } from "@qifu/trpc-core";
