import { shanghaiYear, WorkingCalendar, type TCalendarEntry } from "@qifu/domain";
import type { TDbTx } from "@qifu/db";

/**
 * Case numbers shared by every kind of case (appeals "HD", service requests "FW", …): one
 * counter row per prefix and Shanghai year in `case_counter`, taken in the caller's
 * transaction. The upsert locks the row until commit, so concurrent submissions queue on it
 * and a rolled-back one gives its number back: numbers stay unique and gapless per prefix.
 * Take the number as late as possible in the transaction (the row stays locked until commit).
 */
export async function nextCaseNumber(db: TDbTx, prefix: string, now: Date): Promise<{ number: string; year: number; seq: number }> {
  const year = shanghaiYear(now);
  const rows = await db.$queryRaw<{ last: number }[]>`
    INSERT INTO case_counter (id, last) VALUES (${`${prefix}-${year}`}, 1)
    ON CONFLICT (id) DO UPDATE SET last = case_counter.last + 1
    RETURNING last`;
  const seq = Number(rows[0].last);
  return { number: formatCaseNumber(prefix, year, seq), year, seq };
}

/** "HD-2026-000123": prefix, Shanghai year, six-digit sequence. */
export const formatCaseNumber = (prefix: string, year: number, seq: number) => `${prefix}-${year}-${String(seq).padStart(6, "0")}`;

/** The working calendar (holidays and make-up days) as the database holds it now; every time limit counts on it. */
export async function loadCalendar(db: TDbTx): Promise<WorkingCalendar> {
  const rows = await db.calendarDay.findMany({ select: { date: true, kind: true, name: true } });
  return new WorkingCalendar(rows as TCalendarEntry[]);
}
