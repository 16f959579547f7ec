import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { fromShanghai, nextYearCalendarDue } from "@qifu/domain";
import { appErrorBody, makeContext, type TSessionUser } from "@qifu/trpc-core";
import { appRouter, createCallerFactory, createTestPlatform } from "../../src";

const createCaller = createCallerFactory(appRouter);

/** The working calendar warns district admins from November when next year's holidays are missing. */
describe(`working calendar: next year's holidays on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  const users = new Map<string, TSessionUser>();
  const as = (username: string, now: Date) => createCaller(makeContext(p.prisma, users.get(username)!, { now: () => now }));

  beforeAll(async () => {
    p = await createTestPlatform();
    for (const u of ["district", "shiling"]) users.set(u, await p.userOf(u));
  }, 600_000);
  afterAll(() => p.close());

  it("is due from November (Shanghai time) while next year has no holiday", async () => {
    await p.prisma.calendarDay.deleteMany({ where: { date: { gte: "2027-01-01", lte: "2027-12-31" } } });
    // 31 October 23:59 in Shanghai: not yet
    expect(await as("district", fromShanghai("2026-10-31", 23 * 60 + 59)).calendar.nextYearCheck()).toEqual({
      year: 2027,
      holidays: 0,
      due: false,
    });
    // 1 November 00:00 in Shanghai (still 31 October in UTC): due
    expect(await as("district", fromShanghai("2026-11-01", 0)).calendar.nextYearCheck()).toEqual({ year: 2027, holidays: 0, due: true });
    expect(await as("district", fromShanghai("2026-12-31", 23 * 60)).calendar.nextYearCheck()).toMatchObject({ due: true });
    // a make-up working day is not a holiday: still due
    await as("district", fromShanghai("2026-11-02", 600)).calendar.create({ date: "2027-02-06", kind: "WORKDAY", name: "春节调休上班" });
    expect(await as("district", fromShanghai("2026-11-02", 600)).calendar.nextYearCheck()).toMatchObject({ holidays: 0, due: true });
    // once a holiday of 2027 is entered, the warning goes
    await as("district", fromShanghai("2026-11-02", 600)).calendar.create({ date: "2027-01-01", kind: "HOLIDAY", name: "元旦" });
    expect(await as("district", fromShanghai("2026-11-02", 600)).calendar.nextYearCheck()).toEqual({ year: 2027, holidays: 1, due: false });
    // in January the next year is 2028, and it is not due before November
    expect(await as("district", fromShanghai("2027-01-01", 0)).calendar.nextYearCheck()).toMatchObject({ year: 2028, due: false });
  });

  it("is for district admins, who keep the calendar", async () => {
    const refused = await as("shiling", fromShanghai("2026-11-02", 600))
      .calendar.nextYearCheck()
      .then(
        () => "OK",
        (e) => appErrorBody(e, "t").code,
      );
    expect(refused).toBe("FORBIDDEN");
  });

  it("the rule itself: month and holiday count", () => {
    expect(nextYearCalendarDue(fromShanghai("2026-11-15"), 0)).toEqual({ year: 2027, due: true });
    expect(nextYearCalendarDue(fromShanghai("2026-11-15"), 3)).toEqual({ year: 2027, due: false });
    expect(nextYearCalendarDue(fromShanghai("2026-06-15"), 0)).toEqual({ year: 2027, due: false });
  });
});
