import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { fromShanghai } from "@qifu/domain";
import { sweepReportReminders } from "@qifu/feature-monitoring/server";
import { createTestPlatform } from "../../src";

/**
 * Issue 13 point 4: missing reports are reminded on the 3rd working day (a holiday moves it) and
 * flagged to the town after it; each reminder once, however often the sweep runs.
 */
describe(`monthly report reminders on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  const at = (date: string) => fromShanghai(date, 10 * 60);
  const inboxOf = async (username: string, kind: string) => {
    const user = await p.prisma.user.findUniqueOrThrow({ where: { username } });
    return p.prisma.notification.findMany({ where: { userId: user.id, kind } });
  };

  beforeAll(async () => {
    p = await createTestPlatform();
    // the working calendar as published: 国庆节 1–7 Oct 2026, the make-up Saturday 10 Oct
    const operator = await p.prisma.user.findUniqueOrThrow({ where: { username: "operator" } });
    // the operator's node filed September; every other node owes it
    await p.prisma.monthlyReport.deleteMany({ where: { month: "2026-09" } });
    await p.prisma.monthlyReport.create({
      data: {
        id: "rr-filed",
        nodeId: operator.nodeId!,
        month: "2026-09",
        form: "GENERAL",
        values: {},
        dueOn: "2026-10-10",
        submittedAt: at("2026-10-09"),
      },
    });
    await p.prisma.notification.deleteMany({});
  }, 600_000);
  afterAll(() => p?.close());

  it("waits past the National Day holiday: nothing before the 3rd working day, 10 Oct", async () => {
    for (const day of ["2026-10-05", "2026-10-08", "2026-10-09"]) {
      const r = await sweepReportReminders(p.prisma, at(day));
      expect(r).toMatchObject({ month: "2026-09", dueOn: "2026-10-10", due: 0, overdue: 0 });
    }
    expect(await p.prisma.monthlyReportReminder.count()).toBe(0);
  });

  it("reminds each node that owes the report on the due day, once, and not the node that filed", async () => {
    const owing = await p.prisma.node.count({
      where: {
        status: "ACTIVE",
        monthlyReports: { none: { month: "2026-09" } },
        OR: [{ linkedAt: null }, { linkedAt: { lt: at("2026-10-01") } }],
      },
    });
    const first = await sweepReportReminders(p.prisma, at("2026-10-10"));
    expect(first.due).toBe(owing);
    expect(first.overdue).toBe(0);
    const again = await Promise.all([sweepReportReminders(p.prisma, at("2026-10-10")), sweepReportReminders(p.prisma, at("2026-10-10"))]);
    expect(again.map((r) => r.due)).toEqual([0, 0]);
    expect(await inboxOf("operator", "monitoring.due")).toHaveLength(0); // its node filed
  });

  it("tells the town's admins from the day after, once", async () => {
    const r = await sweepReportReminders(p.prisma, at("2026-10-12"));
    expect(r.overdue).toBeGreaterThan(0);
    expect((await sweepReportReminders(p.prisma, at("2026-10-13"))).overdue).toBe(0);
    const shiling = await inboxOf("shiling", "monitoring.overdue");
    const shilingTown = (await p.prisma.user.findUniqueOrThrow({ where: { username: "shiling" } })).townId;
    const owingInTown = await p.prisma.monthlyReportReminder.count({ where: { kind: "OVERDUE", node: { townId: shilingTown } } });
    expect(shiling).toHaveLength(owingInTown);
    expect(shiling[0]?.titleZh).toContain("逾期未报 2026-09 月度报告");
  });
});
