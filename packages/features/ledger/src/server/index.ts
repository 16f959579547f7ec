import { router, defineServerFeature } from "@qifu/trpc-core";
import { ledgerTodos } from "./todos";
import { complaintsRouter } from "./complaints";
import { recordExport, recordImport } from "./import-export";
import { recordsResource, recordsWorkflow } from "./records";
import { ledgerMetrics, ledgerStatsRouter } from "./stats";
import { canReadEvidence, EVIDENCE_KIND } from "./evidence";
import { canReadRequestFiles, REQUEST_FILES, requestsRouter } from "./requests";
import { seedLedger } from "./seed";
import { startLedgerScheduler } from "./sweep";

/** The service ledger: the routers this feature adds to the root router. */
export const ledgerRouters = {
  serviceRequests: requestsRouter,
  // the resource contract, the workflow (rate, return visits), Excel import and export, under one key
  ledgerRecords: router({
    ...recordsResource.router._def.record,
    ...recordsWorkflow._def.record,
    ...recordImport._def.record,
    export: recordExport,
  }),
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
  todos: ledgerTodos,
  metrics: ledgerMetrics,
  fileOwners: { [EVIDENCE_KIND]: canReadEvidence, [REQUEST_FILES]: canReadRequestFiles },
  seedAfterAccounts: (tx) => seedLedger(tx),
  jobs: (prisma, opts) => [startLedgerScheduler(prisma, opts)],
});
