import type { TDb } from "@qifu/db";
import { startAppealsScheduler } from "@qifu/feature-appeals/server";
import { startLedgerScheduler } from "@qifu/feature-ledger/server";
import { startNotificationDispatcher } from "@qifu/trpc-core";

/**
 * The timed work of every feature (DESIGN.md §6 "Jobs"), like root.ts lists the routers.
 * apps/api starts it in-process on the embedded default; with several API processes on
 * PostgreSQL, set QIFU_JOBS=off on them and run apps/api/src/worker.ts instead. Each job
 * is safe to run in more than one process at once.
 */
export function startJobs(prisma: TDb, log: (msg: string, extra?: unknown) => void = () => {}) {
  const intervalMs = Number(process.env.QIFU_JOBS_INTERVAL_MS ?? 60_000);
  const schedulers = [startAppealsScheduler(prisma, { intervalMs, log }), startLedgerScheduler(prisma, { intervalMs, log }), startNotificationDispatcher(prisma)];
  return {
    async stop() {
      await Promise.all(schedulers.map((s) => s.stop()));
    },
  };
}
