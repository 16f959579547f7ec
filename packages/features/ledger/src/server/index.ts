import { router, defineServerFeature } from "@qifu/trpc-core";
import "./todos";
import { complaintsRouter } from "./complaints";
import { recordExport, recordImport } from "./import-export";
import { recordsResource, recordsWorkflow } from "./records";
import { requestsRouter } from "./requests";
import { ledgerStatsRouter } from "./stats";
import { seedLedger } from "./seed";
import { startLedgerScheduler } from "./sweep";

/** The service ledger: the routers this feature adds to the root router. */
export const ledgerRouters = {
  serviceRequests: requestsRouter,
  // the resource contract, the workflow (rate, return visits), Excel import and export, under one key
  ledgerRecords: router({ ...recordsResource.router._def.record, ...recordsWorkflow._def.record, ...recordImport._def.record, export: recordExport }),
  serviceComplaints: complaintsRouter,
  ledger: ledgerStatsRouter,
};
export { ledgerScope, staffScope, supervisorScope } from "./ledger-service";
export { figuresScanSql, figuresSql, figuresOf, ledgerStats } from "./stats";
export { returnVisitCutoff } from "./records";
export { seedLedger } from "./seed";
export { sweepLedger, startLedgerScheduler, type TLedgerSweepResult } from "./sweep";
export { returnVisitWhere } from "./records";

/** This feature's server manifest (packages/api composes the list). */
export const serverFeature = defineServerFeature({
  name: "ledger",
  routers: ledgerRouters,
  seedAfterAccounts: (tx) => seedLedger(tx),
  jobs: (prisma, opts) => [startLedgerScheduler(prisma, opts)],
});
