import type { TDb } from "@qifu/db";
import { pruneThrottle, removeOrphanFiles, startNotificationDispatcher, startScheduler } from "@qifu/trpc-core";
import { serverFeatures } from "./features";

/**
 * Housekeeping against abuse (issue 11 points 3, 4): uploads never attached are removed,
 * sign-in throttle rows nobody touched for a day go, and each feature's own steps (pending
 * enterprise claims expire). Each is a single conditional statement, safe in several processes.
 */
export async function sweepHousekeeping(prisma: TDb, now = new Date()): Promise<Record<string, number>> {
  const steps: Record<string, (prisma: TDb, now: Date) => Promise<number>> = {
    orphanFiles: removeOrphanFiles,
    prunedThrottle: pruneThrottle,
  };
  for (const f of serverFeatures) Object.assign(steps, f.housekeeping);
  const done: Record<string, number> = {};
  for (const [name, step] of Object.entries(steps)) done[name] = await step(prisma, now);
  return done;
}

/**
 * The timed work of every feature (DESIGN.md §6 "Jobs"): each manifest's jobs, the
 * notification dispatcher and the housekeeping sweep. apps/api starts it in-process on the
 * embedded default; with several API processes on PostgreSQL, set QIFU_JOBS=off on them and
 * run apps/api/src/worker.ts instead. Each job is safe to run in more than one process at once.
 */
export function startJobs(prisma: TDb, log: (msg: string, extra?: unknown) => void = () => {}) {
  const intervalMs = Number(process.env.QIFU_JOBS_INTERVAL_MS ?? 60_000);
  const schedulers = [
    ...serverFeatures.flatMap((f) => f.jobs?.(prisma, { intervalMs, log }) ?? []),
    startNotificationDispatcher(prisma),
    startScheduler("housekeeping sweep", (now) => sweepHousekeeping(prisma, now), {
      intervalMs,
      log,
      worthLogging: (r) => Object.values(r).some((n) => n > 0),
    }),
  ];
  return {
    async stop() {
      await Promise.all(schedulers.map((s) => s.stop()));
    },
  };
}
