import type { TDb } from "@qifu/db";
import { startScheduler, type TScheduler } from "@qifu/trpc-core";
import { OPEN_COMPLAINT_STATUSES, OPEN_REQUEST_STATUSES } from "../schemas";
import { notifyComplaint, remindOverdueRequest } from "./notify";

export type TLedgerSweepResult = { requests: number; complaints: number };

/**
 * The ledger's time-limit sweep, beside the appeals' SLA sweep: an open service request past its
 * due time is flagged overdue and its node (and town) reminded; an unanswered complaint past its
 * due time is flagged and its town (or the district) reminded. Idempotent: each flag is a
 * conditional write (`overdueAt IS NULL`), so concurrent or repeated sweeps flag and remind once.
 */
export async function sweepLedger(prisma: TDb, now: Date): Promise<TLedgerSweepResult> {
  const result: TLedgerSweepResult = { requests: 0, complaints: 0 };
  const requests = await prisma.serviceRequest.findMany({
    where: { status: { in: [...OPEN_REQUEST_STATUSES] }, overdueAt: null, dueAt: { lt: now } },
    select: { id: true },
    orderBy: { dueAt: "asc" },
  });
  for (const { id } of requests)
    await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('qifu.actor_id', 'system:ledger-sweep', true)`;
      const { count } = await tx.serviceRequest.updateMany({
        where: { id, overdueAt: null, status: { in: [...OPEN_REQUEST_STATUSES] } },
        data: { overdueAt: now },
      });
      if (count !== 1) return;
      const r = await tx.serviceRequest.findUniqueOrThrow({
        where: { id },
        include: { enterprise: { select: { name: true } }, product: { select: { title: true } } },
      });
      await remindOverdueRequest(
        { db: tx, now: () => now },
        {
          id,
          number: r.number ?? "",
          productTitle: r.product.title,
          enterpriseName: r.enterprise.name,
          nodeId: r.nodeId,
          townId: r.townId,
          dueAt: r.dueAt!,
        },
      );
      result.requests++;
    });
  const complaints = await prisma.serviceComplaint.findMany({
    where: { status: { in: [...OPEN_COMPLAINT_STATUSES] }, overdueAt: null, dueAt: { lt: now } },
    select: { id: true },
    orderBy: { dueAt: "asc" },
  });
  for (const { id } of complaints)
    await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('qifu.actor_id', 'system:ledger-sweep', true)`;
      const { count } = await tx.serviceComplaint.updateMany({
        where: { id, overdueAt: null, status: { in: [...OPEN_COMPLAINT_STATUSES] } },
        data: { overdueAt: now },
      });
      if (count !== 1) return;
      const c = await tx.serviceComplaint.findUniqueOrThrow({ where: { id } });
      await notifyComplaint({ db: tx, now: () => now, user: null }, c, ["supervisors"], "ledger.complaint.overdue", {
        zh: "服务投诉已超过办理时限，请尽快答复",
        en: "A complaint is past its time limit: please answer it",
      });
      result.complaints++;
    });
  return result;
}

/** The ledger sweep on the shared in-process scheduler (packages/api/src/jobs.ts starts it). */
export function startLedgerScheduler(
  prisma: TDb,
  opts: { intervalMs?: number; now?: () => Date; log?: (msg: string, extra?: unknown) => void } = {},
): TScheduler<TLedgerSweepResult> {
  return startScheduler("ledger time-limit sweep", (now) => sweepLedger(prisma, now), {
    ...opts,
    worthLogging: (r) => !!(r.requests || r.complaints),
  });
}
