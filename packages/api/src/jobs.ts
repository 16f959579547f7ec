import type { TDb } from "@qifu/db";
import { startAppealsScheduler } from "@qifu/feature-appeals/server";
import { expirePendingClaims } from "@qifu/feature-enterprises/server";
import { startLedgerScheduler } from "@qifu/feature-ledger/server";
import { pruneThrottle, removeOrphanFiles, startNotificationDispatcher, startScheduler } from "@qifu/trpc-core";

/**
 * Housekeeping against abuse (issue 11 points 3, 4): uploads never attached are removed, pending
 * enterprise claims expire, sign-in throttle rows nobody touched for a day go. Each is a single
 * conditional statement, safe in several processes.
 */
export async function sweepHousekeeping(prisma: TDb, now = new Date()) {
  return { orphanFiles: await removeOrphanFiles(prisma, now), expiredClaims: await expirePendingClaims(prisma, now), prunedThrottle: await pruneThrottle(prisma, now) };
}

/**
 * The timed work of every feature (DESIGN.md §6 "Jobs"), like root.ts lists the routers.
 * apps/api starts it in-process on the embedded default; with several API processes on
 * PostgreSQL, set QIFU_JOBS=off on them and run apps/api/src/worker.ts instead. Each job
 * is safe to run in more than one process at once.
 */
export function startJobs(prisma: TDb, log: (msg: string, extra?: unknown) => void = () => {}) {
  const intervalMs = Number(process.env.QIFU_JOBS_INTERVAL_MS ?? 60_000);
  const schedulers = [
    startAppealsScheduler(prisma, { intervalMs, log }),
    startLedgerScheduler(prisma, { intervalMs, log }),
    startNotificationDispatcher(prisma),
    startScheduler("housekeeping sweep", (now) => sweepHousekeeping(prisma, now), { intervalMs, log, worthLogging: (r) => !!(r.orphanFiles || r.expiredClaims) }),
  ];
  return {
    async stop() {
      await Promise.all(schedulers.map((s) => s.stop()));
    },
  };
}
