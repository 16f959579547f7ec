import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CN_PUBLISHED_CALENDAR, formatShanghai, fromShanghai, HOUR_MS, shanghaiDate, shanghaiYear, WorkingCalendar } from "@qifu/domain";

const cal = new WorkingCalendar(CN_PUBLISHED_CALENDAR);
const at = (date: string, hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return fromShanghai(date, h * 60 + m);
};

describe("working calendar (Asia/Shanghai, 09:00–12:00 and 14:00–18:00)", () => {
  it("converts UTC ↔ Shanghai with a fixed +8 offset (no DST), across midnight and the year end", () => {
    expect(fromShanghai("2026-01-01", 0).toISOString()).toBe("2025-12-31T16:00:00.000Z");
    expect(shanghaiDate(new Date("2025-12-31T16:00:00Z"))).toBe("2026-01-01");
    expect(shanghaiDate(new Date("2025-12-31T15:59:59Z"))).toBe("2025-12-31");
    expect(shanghaiYear(new Date("2025-12-31T16:30:00Z"))).toBe(2026);
    // summer and winter: the same offset (a DST zone would differ by an hour)
    expect(at("2026-07-01", "09:00").toISOString()).toBe("2026-07-01T01:00:00.000Z");
    expect(at("2026-01-15", "09:00").toISOString()).toBe("2026-01-15T01:00:00.000Z");
    expect(formatShanghai(new Date("2026-03-08T01:30:00Z"))).toBe("2026-03-08 09:30");
  });

  it("knows weekends, statutory holidays and make-up working days as published", () => {
    expect(cal.isWorkingDay("2026-03-06")).toBe(true); // Friday
    expect(cal.isWorkingDay("2026-03-07")).toBe(false); // Saturday
    expect(cal.isWorkingDay("2026-10-01")).toBe(false); // 国庆节, Thursday
    expect(cal.isWorkingDay("2026-10-10")).toBe(true); // make-up Saturday
    expect(cal.isWorkingDay("2026-09-20")).toBe(true); // make-up Sunday
    expect(cal.isWorkingDay("2025-02-08")).toBe(true); // 2025 春节 make-up Saturday
    expect(cal.isWorkingDay("2025-10-08")).toBe(false); // 2025 国庆+中秋, 8 days
    expect(cal.isWorkingDay("2026-02-23")).toBe(false); // 2026 春节 ends on Monday 2/23
    // 2026: 元旦 3 + 春节 9 + 清明 3 + 劳动 5 + 端午 3 + 中秋 3 + 国庆 7 = 33 listed days off
    expect(CN_PUBLISHED_CALENDAR.filter((d) => d.kind === "HOLIDAY" && d.date.startsWith("2026")).length).toBe(33);
    expect(CN_PUBLISHED_CALENDAR.filter((d) => d.kind === "WORKDAY" && d.date.startsWith("2026")).map((d) => d.date)).toEqual([
      "2026-01-04",
      "2026-02-14",
      "2026-02-28",
      "2026-05-09",
      "2026-09-20",
      "2026-10-10",
    ]);
  });

  it("adds working hours across a lunch break and a weekend", () => {
    // Friday 16:00 + 4 working hours: 2 h on Friday, then Monday 09:00–11:00
    expect(formatShanghai(cal.addWorkingHours(at("2026-03-06", "16:00"), 4))).toBe("2026-03-09 11:00");
    // 11:00 + 2 h: one hour before lunch, one after
    expect(formatShanghai(cal.addWorkingHours(at("2026-03-09", "11:00"), 2))).toBe("2026-03-09 15:00");
    // submitted at night: the clock starts at 09:00 the next working morning
    expect(formatShanghai(cal.addWorkingHours(at("2026-03-09", "22:30"), 1))).toBe("2026-03-10 10:00");
    // Saturday submission counts from Monday
    expect(formatShanghai(cal.addWorkingHours(at("2026-03-07", "10:00"), 7))).toBe("2026-03-09 18:00");
  });

  it("skips a statutory holiday and works the make-up Saturday", () => {
    // Wed 2026-09-30 17:00 + 2 h: 1 h on Wednesday; 10/1–10/7 off; Thu 10/8 09:00–10:00
    expect(formatShanghai(cal.addWorkingHours(at("2026-09-30", "17:00"), 2))).toBe("2026-10-08 10:00");
    // Fri 10/9 17:00 + 2 h lands on the make-up Saturday 10/10, not on Monday
    expect(formatShanghai(cal.addWorkingHours(at("2026-10-09", "17:00"), 2))).toBe("2026-10-10 10:00");
    // 5 working days from Tue 2026-09-29: 9/30, 10/8, 10/9, 10/10 (Sat, make-up), 10/12
    expect(formatShanghai(cal.addWorkingDays(at("2026-09-29", "10:00"), 5))).toBe("2026-10-12 18:00");
    // 2026 春节: from Fri 2/13, the make-up Saturday 2/14 is day 1, then 2/24 (Tue) is day 2
    expect(formatShanghai(cal.addWorkingDays(at("2026-02-13", "15:00"), 2))).toBe("2026-02-24 18:00");
  });

  it("measures working time between instants (what the SLA pause subtracts)", () => {
    // Fri 16:00 → Mon 10:00 = 2 h + 1 h
    expect(cal.workingMillisBetween(at("2026-03-06", "16:00"), at("2026-03-09", "10:00"))).toBe(3 * HOUR_MS);
    // the whole National Day week is worth nothing
    expect(cal.workingMillisBetween(at("2026-10-01", "00:00"), at("2026-10-08", "00:00"))).toBe(0);
    expect(cal.workingMillisBetween(at("2026-03-09", "12:30"), at("2026-03-09", "13:30"))).toBe(0);
    expect(cal.workingMillisBetween(at("2026-03-09", "18:00"), at("2026-03-09", "09:00"))).toBe(0);
  });

  it("adding the working time between two instants lands on the later one (property)", () => {
    const start = Date.parse("2025-01-01T00:00:00Z");
    const span = Date.parse("2026-12-20T00:00:00Z") - start;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: span }), fc.integer({ min: 1, max: 200 * HOUR_MS }), (offset, ms) => {
        const from = new Date(start + offset);
        const to = cal.addWorkingMillis(from, ms);
        expect(cal.workingMillisBetween(from, to)).toBe(ms);
        // and it ends inside working hours on a working day
        expect(cal.isWorkingDay(shanghaiDate(to))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("a year the table does not cover falls back to Mon–Fri (district admins add it when published)", () => {
    expect(cal.isWorkingDay("2027-10-01")).toBe(true); // a Friday; the 2027 notice is not out
    expect(
      new WorkingCalendar([...CN_PUBLISHED_CALENDAR, { date: "2027-10-01", kind: "HOLIDAY", name: "国庆节" }]).isWorkingDay("2027-10-01"),
    ).toBe(false);
  });
});
