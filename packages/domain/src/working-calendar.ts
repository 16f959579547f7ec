import { defineEnum } from "./labels";

/**
 * The working calendar of DESIGN.md §6: working-day and working-hour arithmetic over a table
 * of statutory holidays (法定节假日) and make-up working days (调休上班日). Pure: the table is
 * passed in, so the same rules serve appeal time limits, report reminders and catalogue limits.
 *
 * Choices (documented, not hidden):
 * - Working hours are those of a Guangdong government office: 09:00–12:00 and 14:00–18:00
 *   Asia/Shanghai, 7 hours a day. A deployment may pass other periods.
 * - Asia/Shanghai has had no daylight-saving time since 1991, so it is UTC+8 all year;
 *   converting with a fixed offset is exact and needs no time-zone database.
 * - "Within N working days" ends at the close of the N-th working day after the day of
 *   receipt (the day of receipt does not count), the usual reading in administrative rules.
 */

export const CalendarDayKind = defineEnum({
  HOLIDAY: { zh: "放假", en: "Holiday" },
  WORKDAY: { zh: "调休上班", en: "Make-up working day" },
});
export type TCalendarDayKind = (typeof CalendarDayKind.values)[number];

/** One row of the calendar table: a date (Shanghai, YYYY-MM-DD) that differs from Mon–Fri. */
export type TCalendarEntry = { date: string; kind: TCalendarDayKind; name: string };

/** A working period of a day, in minutes after Shanghai midnight. */
export type TWorkingPeriod = { start: number; end: number };
export const DEFAULT_WORKING_PERIODS: readonly TWorkingPeriod[] = [
  { start: 9 * 60, end: 12 * 60 },
  { start: 14 * 60, end: 18 * 60 },
];

export const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
export const HOUR_MS = 3600_000;
/** Guard against a calendar that has no working day at all (e.g. every day a holiday). */
const MAX_DAYS_SCANNED = 3700;

/** The Shanghai calendar date (YYYY-MM-DD) of an instant. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The Shanghai year of an instant (appeal numbers restart each Shanghai year). */
export function shanghaiYear(at: Date): number {
  return Number(shanghaiDate(at).slice(0, 4));
}

/** The UTC instant of a Shanghai wall-clock time on a date: `fromShanghai("2026-10-09", 9*60)`. */
export function fromShanghai(date: string, minutesAfterMidnight = 0): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d) - SHANGHAI_OFFSET_MS + minutesAfterMidnight * MINUTE_MS);
}

/** A Shanghai calendar year as UTC instants, for a Prisma range on a timestamp column. */
export const shanghaiYearSpan = (year: number) => ({ gte: fromShanghai(`${year}-01-01`), lt: fromShanghai(`${year + 1}-01-01`) });

/** "2026-10-09 09:30" in Shanghai, for messages and tests. */
export function formatShanghai(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ");
}

export function addCalendarDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, of a Shanghai date. */
function weekday(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export class WorkingCalendar {
  private readonly byDate: Map<string, TCalendarEntry>;
  readonly periods: readonly TWorkingPeriod[];

  constructor(entries: readonly TCalendarEntry[], periods: readonly TWorkingPeriod[] = DEFAULT_WORKING_PERIODS) {
    this.byDate = new Map(entries.map((e) => [e.date, e]));
    this.periods = [...periods].sort((a, b) => a.start - b.start);
  }

  /** Working time in one working day, in milliseconds (7 h by default). */
  get dayMs(): number {
    return this.periods.reduce((s, p) => s + (p.end - p.start) * MINUTE_MS, 0);
  }

  /** Mon–Fri unless the table says holiday; Sat/Sun only when the table says make-up day. */
  isWorkingDay(date: string): boolean {
    const entry = this.byDate.get(date);
    if (entry) return entry.kind === "WORKDAY";
    const w = weekday(date);
    return w !== 0 && w !== 6;
  }

  /** The table entry of a date, if the date is a holiday or make-up day. */
  entryOf(date: string): TCalendarEntry | undefined {
    return this.byDate.get(date);
  }

  /** The working periods of a date as UTC [start, end) millisecond pairs; none on days off. */
  private periodsOf(date: string): [number, number][] {
    if (!this.isWorkingDay(date)) return [];
    const midnight = fromShanghai(date).getTime();
    return this.periods.map((p) => [midnight + p.start * MINUTE_MS, midnight + p.end * MINUTE_MS]);
  }

  /** The instant reached after `ms` of working time from `from` (pauses outside working hours). */
  addWorkingMillis(from: Date, ms: number): Date {
    if (ms < 0) throw new RangeError("addWorkingMillis: negative duration");
    let remaining = ms;
    let date = shanghaiDate(from);
    const start = from.getTime();
    for (let i = 0; i < MAX_DAYS_SCANNED; i++, date = addCalendarDays(date, 1)) {
      for (const [s, e] of this.periodsOf(date)) {
        const begin = Math.max(s, start);
        if (begin >= e) continue;
        // ms = 0 still moves a time outside working hours to the next moment work starts
        if (remaining <= e - begin) return new Date(begin + remaining);
        remaining -= e - begin;
      }
    }
    throw new RangeError("addWorkingMillis: no working time in the calendar");
  }

  /** `from` plus N working hours (7 per day by default). */
  addWorkingHours(from: Date, hours: number): Date {
    return this.addWorkingMillis(from, hours * HOUR_MS);
  }

  /** The close of business on the N-th working day after the day of `from`. */
  addWorkingDays(from: Date, days: number): Date {
    let date = shanghaiDate(from);
    let left = days;
    for (let i = 0; left > 0 && i < MAX_DAYS_SCANNED; i++) {
      date = addCalendarDays(date, 1);
      if (this.isWorkingDay(date)) left--;
    }
    if (left > 0) throw new RangeError("addWorkingDays: no working day in the calendar");
    const close = this.periods[this.periods.length - 1]?.end ?? 18 * 60;
    return fromShanghai(date, close);
  }

  /** Working time between two instants, in milliseconds (0 when `to` is not after `from`). */
  workingMillisBetween(from: Date, to: Date): number {
    const a = from.getTime();
    const b = to.getTime();
    if (b <= a) return 0;
    let total = 0;
    const last = shanghaiDate(to);
    for (let date = shanghaiDate(from), i = 0; date <= last && i < MAX_DAYS_SCANNED; date = addCalendarDays(date, 1), i++) {
      for (const [s, e] of this.periodsOf(date)) total += Math.max(0, Math.min(e, b) - Math.max(s, a));
    }
    return total;
  }
}

/** Expand "first–last" ranges of a notice into one entry per day. */
function days(kind: TCalendarDayKind, name: string, first: string, last = first): TCalendarEntry[] {
  const out: TCalendarEntry[] = [];
  for (let d = first; d <= last; d = addCalendarDays(d, 1)) out.push({ date: d, kind, name });
  return out;
}

/**
 * The State Council's holiday arrangements as published (国务院办公厅关于部分节假日安排的通知):
 * 2025 (国办发明电〔2024〕12号) and 2026 (notice of 2025-11-04). Seeded into the calendar
 * table; district admins add later years when they are published.
 */
export const CN_PUBLISHED_CALENDAR: readonly TCalendarEntry[] = [
  // 2025
  ...days("HOLIDAY", "元旦", "2025-01-01"),
  ...days("HOLIDAY", "春节", "2025-01-28", "2025-02-04"),
  ...days("WORKDAY", "春节调休", "2025-01-26"),
  ...days("WORKDAY", "春节调休", "2025-02-08"),
  ...days("HOLIDAY", "清明节", "2025-04-04", "2025-04-06"),
  ...days("HOLIDAY", "劳动节", "2025-05-01", "2025-05-05"),
  ...days("WORKDAY", "劳动节调休", "2025-04-27"),
  ...days("HOLIDAY", "端午节", "2025-05-31", "2025-06-02"),
  ...days("HOLIDAY", "国庆节、中秋节", "2025-10-01", "2025-10-08"),
  ...days("WORKDAY", "国庆节调休", "2025-09-28"),
  ...days("WORKDAY", "国庆节调休", "2025-10-11"),
  // 2026
  ...days("HOLIDAY", "元旦", "2026-01-01", "2026-01-03"),
  ...days("WORKDAY", "元旦调休", "2026-01-04"),
  ...days("HOLIDAY", "春节", "2026-02-15", "2026-02-23"),
  ...days("WORKDAY", "春节调休", "2026-02-14"),
  ...days("WORKDAY", "春节调休", "2026-02-28"),
  ...days("HOLIDAY", "清明节", "2026-04-04", "2026-04-06"),
  ...days("HOLIDAY", "劳动节", "2026-05-01", "2026-05-05"),
  ...days("WORKDAY", "劳动节调休", "2026-05-09"),
  ...days("HOLIDAY", "端午节", "2026-06-19", "2026-06-21"),
  ...days("HOLIDAY", "中秋节", "2026-09-25", "2026-09-27"),
  ...days("HOLIDAY", "国庆节", "2026-10-01", "2026-10-07"),
  ...days("WORKDAY", "国庆节调休", "2026-09-20"),
  ...days("WORKDAY", "国庆节调休", "2026-10-10"),
];

/** From this month (Shanghai) district admins are reminded to enter next year's holidays. */
export const CALENDAR_REMINDER_MONTH = 11;

/**
 * Is next year's calendar due? From November (Shanghai time) until the year ends, next year's
 * statutory holidays should be entered (the State Council publishes them in the autumn);
 * without them every time limit of next year would count holidays as working days.
 */
export function nextYearCalendarDue(now: Date, nextYearHolidays: number): { year: number; due: boolean } {
  const [y, m] = shanghaiDate(now).split("-").map(Number);
  return { year: y + 1, due: m >= CALENDAR_REMINDER_MONTH && nextYearHolidays === 0 };
}
