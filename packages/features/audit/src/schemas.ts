/**
 * The audit log's shapes. The log itself belongs to the platform core (trpc-core
 * audit/router.ts: written only by the database trigger, read-only API, zod schemas
 * `ZAuditEntry`/`ZAuditFilter` there); this feature is its admin screen, so it takes the
 * core's type through its own ./server (type-only: no server code reaches the browser).
 */
export type { TAuditEntry } from "./server";
