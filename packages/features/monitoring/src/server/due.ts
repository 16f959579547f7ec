import { addCalendarDays, shanghaiDate, type WorkingCalendar } from "@qifu/domain";

/** A report for month M is due on this working day of M+1 (Sichuan notice 六(十八): monthly monitoring). */
export const DUE_WORKING_DAY = 3;

/** "2026-12" → "2027-01". */
export function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** The twelve months of a year, "YYYY-01" … "YYYY-12". */
export const monthsOf = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);

/** The Shanghai month of an instant. */
export const monthOf = (at: Date) => shanghaiDate(at).slice(0, 7);

/**
 * The due day of month M's report: the 3rd working day of M+1 on the working calendar, so a
 * holiday or a weekend is skipped and an adjusted working Saturday counts.
 */
export function reportDueOn(calendar: WorkingCalendar, month: string, nth = DUE_WORKING_DAY): string {
  let day = `${nextMonth(month)}-01`;
  let seen = calendar.isWorkingDay(day) ? 1 : 0;
  // 31 days always hold three working days unless the calendar says otherwise; the bound guards a broken table
  for (let i = 0; seen < nth && i < 400; i++) {
    day = addCalendarDays(day, 1);
    if (calendar.isWorkingDay(day)) seen++;
  }
  return day;
}

/** Filed after the due day (Shanghai dates): late. */
export const isLate = (submittedAt: Date, dueOn: string) => shanghaiDate(submittedAt) > dueOn;
