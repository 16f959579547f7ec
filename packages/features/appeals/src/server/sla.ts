import type { TDb } from "@qifu/db";
import { isOpenAppeal, OPEN_STATUSES, type TAppealStatus } from "../schemas";
import { logEvent } from "./appeal-intake";
import { raiseSupervision } from "./appeal-steps";
import { SYSTEM_ACTOR } from "./appeal-access";
import { loadCalendar, startScheduler, type TScheduler } from "@qifu/trpc-core";

/**
 * The SLA sweep (time limits of Huadu 三, Zendesk-like events): for every open appeal whose
 * clock runs, it warns before a breach, records the breach, and raises supervision:
 * - acknowledgement overdue → 提醒 (reminder) to the unit;
 * - resolution overdue → 黄牌 (yellow card);
 * - resolution overdue by ≥ RED_AFTER_DAYS working days → 红牌 (red card, reported to the district).
 * A warning fires when less than one working hour (acknowledgement) or one working day
 * (resolution) is left.
 *
 * Stateless and idempotent: each event is guarded by a marker column updated with a
 * conditional write, so several workers (or a restarted one) never record it twice.
 */
export const RED_AFTER_DAYS = 3;

export type TSweepResult = { warned: number; breached: number; supervised: number };

export async function sweepAppeals(prisma: TDb, now: Date): Promise<TSweepResult> {
  const result: TSweepResult = { warned: 0, breached: 0, supervised: 0 };
  const cal = await loadCalendar(prisma);
  const hour = 3600_000;
  const day = cal.dayMs;
  const open = await prisma.appeal.findMany({
    where: { status: { in: OPEN_STATUSES }, pausedAt: null },
    select: { id: true },
    orderBy: { submittedAt: "asc" },
  });
  for (const { id } of open) {
    await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('qifu.actor_id', 'system:sla', true)`;
      await tx.$queryRaw`SELECT id FROM appeal WHERE id = ${id} FOR UPDATE`;
      const a = await tx.appeal.findUniqueOrThrow({ where: { id } });
      // re-check under the lock: another worker or a user may have moved it meanwhile
      if (!isOpenAppeal(a.status as TAppealStatus) || a.pausedAt) return;
      const mark = async (column: "ackWarnedAt" | "ackBreachedAt" | "resolveWarnedAt" | "resolveBreachedAt") => {
        const { count } = await tx.appeal.updateMany({ where: { id, [column]: null }, data: { [column]: now } });
        return count === 1;
      };
      if (a.status === "SUBMITTED") {
        if (now > a.ackDueAt && !a.ackBreachedAt && (await mark("ackBreachedAt"))) {
          result.breached++;
          await logEvent(tx, id, now, SYSTEM_ACTOR, "SLA_BREACH", "超过受理时限", { clock: "ack", dueAt: a.ackDueAt.toISOString() });
          if (await raiseSupervision(tx, a, "REMINDER", now, SYSTEM_ACTOR, "超过受理时限，自动提醒承办单位")) result.supervised++;
        } else if (
          now <= a.ackDueAt &&
          !a.ackWarnedAt &&
          cal.workingMillisBetween(now, a.ackDueAt) <= hour &&
          (await mark("ackWarnedAt"))
        ) {
          result.warned++;
          await logEvent(tx, id, now, SYSTEM_ACTOR, "SLA_WARN", "距受理时限不足 1 个工作小时", {
            clock: "ack",
            dueAt: a.ackDueAt.toISOString(),
          });
        }
      }
      const current = await tx.appeal.findUniqueOrThrow({ where: { id }, select: { id: true, supervisionLevel: true } });
      if (now > a.resolveDueAt) {
        if (!a.resolveBreachedAt && (await mark("resolveBreachedAt"))) {
          result.breached++;
          await logEvent(tx, id, now, SYSTEM_ACTOR, "SLA_BREACH", "超过办结时限", {
            clock: "resolve",
            dueAt: a.resolveDueAt.toISOString(),
          });
        }
        const late = cal.workingMillisBetween(a.resolveDueAt, now);
        const level = late >= RED_AFTER_DAYS * day ? "RED" : "YELLOW";
        const note = level === "RED" ? `超过办结时限 ${RED_AFTER_DAYS} 个工作日以上，红牌督办并报区` : "超过办结时限，黄牌督办";
        if (await raiseSupervision(tx, current, level, now, SYSTEM_ACTOR, note)) result.supervised++;
      } else if (!a.resolveWarnedAt && cal.workingMillisBetween(now, a.resolveDueAt) <= day && (await mark("resolveWarnedAt"))) {
        result.warned++;
        await logEvent(tx, id, now, SYSTEM_ACTOR, "SLA_WARN", "距办结时限不足 1 个工作日", {
          clock: "resolve",
          dueAt: a.resolveDueAt.toISOString(),
        });
      }
    });
  }
  return result;
}

export type { TScheduler };

/**
 * The appeals sweep on the shared in-process scheduler (startScheduler): every `intervalMs`,
 * never two at once. On PostgreSQL the same `sweepAppeals` can run in a separate worker
 * process; the conditional writes make concurrent sweeps safe.
 */
export function startAppealsScheduler(
  prisma: TDb,
  opts: { intervalMs?: number; now?: () => Date; log?: (msg: string, extra?: unknown) => void } = {},
): TScheduler<TSweepResult> {
  return startScheduler("appeals SLA sweep", (now) => sweepAppeals(prisma, now), {
    ...opts,
    worthLogging: (r) => !!(r.warned || r.breached || r.supervised),
  });
}
