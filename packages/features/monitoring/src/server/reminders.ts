import { shanghaiDate } from "@qifu/domain";
import type { TDb } from "@qifu/db";
import { loadCalendar, notify, startScheduler, type TJobOptions, type TScheduler } from "@qifu/trpc-core";
import { monthOf, reportDueOn } from "./due";
import { cellStateOf } from "./matrix";

export type TReminderSweep = { month: string; dueOn: string; due: number; overdue: number };

/** The month before an instant's Shanghai month: the one whose report falls due now. */
function previousMonth(at: Date): string {
  const [y, m] = monthOf(at).split("-").map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/**
 * Reminders of last month's reports (Sichuan 六(十八), issue 13 point 4), on the working calendar:
 * on the due day (the 3rd working day, so a holiday moves it) the staff of every active node that
 * has not filed are reminded; from the day after, the town's admins (the district's for a
 * district-level node) are told it is missing. Each reminder is sent once: its row in
 * monthly_report_reminder is written first, and only the sweep that wrote it notifies.
 */
export async function sweepReportReminders(prisma: TDb, now: Date): Promise<TReminderSweep> {
  const month = previousMonth(now);
  const today = shanghaiDate(now);
  const dueOn = reportDueOn(await loadCalendar(prisma), month);
  const result = { month, dueOn, due: 0, overdue: 0 };
  if (today < dueOn) return result;
  const [nodes, filed] = await Promise.all([
    prisma.node.findMany({ where: { status: "ACTIVE" }, select: { id: true, name: true, townId: true, linkedAt: true } }),
    prisma.monthlyReport.findMany({ where: { month }, select: { nodeId: true } }),
  ]);
  const has = new Set(filed.map((r) => r.nodeId));
  const kind = cellStateOf({ linkedAt: null }, month, dueOn, today, undefined) === "MISSING" ? "OVERDUE" : "DUE";
  for (const node of nodes) {
    if (has.has(node.id) || cellStateOf(node, month, dueOn, today, undefined) === "NONE") continue;
    await prisma.$transaction(async (tx) => {
      const written = await tx.$executeRaw`
        INSERT INTO monthly_report_reminder ("nodeId", month, kind) VALUES (${node.id}, ${month}, ${kind}) ON CONFLICT DO NOTHING`;
      if (written !== 1) return;
      const ctx = { db: tx, now: () => now };
      if (kind === "DUE")
        await notify(ctx, {
          roleScope: { role: "NODE_OPERATOR", nodeId: node.id },
          title: { zh: `今天是 ${month} 月度报告的报送截止日`, en: `The ${month} monthly report is due today` },
          body: {
            zh: `${node.name}尚未报送 ${month} 月度运营报告，请今天内报送。`,
            en: `${node.name} has not filed its ${month} report; please file it today.`,
          },
          link: "/admin/#/monthlyReportsOwed",
          kind: "monitoring.due",
        });
      else
        await notify(ctx, {
          roleScope: node.townId ? { role: "TOWN_ADMIN", townId: node.townId } : { role: "DISTRICT_ADMIN" },
          title: { zh: `${node.name}逾期未报 ${month} 月度报告`, en: `${node.name}: the ${month} report is overdue` },
          body: { zh: `截止日 ${dueOn} 已过，请督促报送。`, en: `It was due on ${dueOn}; please follow it up.` },
          link: "/admin/#/monthlyReportsOwed",
          kind: "monitoring.overdue",
        });
      result[kind === "DUE" ? "due" : "overdue"]++;
    });
  }
  return result;
}

/** The reminder sweep on the shared scheduler (hourly is plenty: it acts once a day per node). */
export function startReminderScheduler(prisma: TDb, opts: TJobOptions): TScheduler<TReminderSweep> {
  return startScheduler("monitoring-reminders", (now) => sweepReportReminders(prisma, now), {
    intervalMs: Math.max(opts.intervalMs, 3_600_000),
    log: opts.log,
    worthLogging: (r) => r.due + r.overdue > 0,
  });
}
