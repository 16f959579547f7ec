import { LOCKOUT_AFTER_FAILURES, LOCKOUT_MAX_MINUTES, LOCKOUT_MINUTES } from "@qifu/domain";
import type { TDb } from "@qifu/db";

/** Failures older than this no longer count towards a lockout; lockouts older than a day are forgotten. */
const WINDOW_MS = 15 * 60_000;
const DAY_MS = 24 * 3600_000;

/** The wait after the n-th lockout (n from 1) of one username and source: 1, 2, 4 … 60 minutes. */
export const lockoutMinutes = (n: number) => Math.min(LOCKOUT_MAX_MINUTES, LOCKOUT_MINUTES * 2 ** Math.max(0, n - 1));

export type TAttempt = { allowed: true; attempt: number; lockouts: number } | { allowed: false; until: Date };

/**
 * Take one sign-in attempt for (username, source) in ONE statement, before the password is
 * checked: parallel attempts each get their own number, so no more than
 * LOCKOUT_AFTER_FAILURES are ever checked between two lockouts, however many are in flight.
 * While the pair is blocked the statement changes nothing and returns no row: refused, whatever
 * the password.
 */
export async function takeAttempt(prisma: TDb, username: string, source: string, now: Date): Promise<TAttempt> {
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  const dayStart = new Date(now.getTime() - DAY_MS);
  const rows = await prisma.$queryRaw<{ attempts: number; lockouts: number }[]>`
    INSERT INTO login_throttle AS t ("username", "source", "attempts", "lockouts", "blockedUntil", "updatedAt")
    VALUES (${username}, ${source}, 1, 0, NULL, ${now})
    ON CONFLICT ("username", "source") DO UPDATE SET
      "attempts" = CASE WHEN t."updatedAt" < ${windowStart} THEN 1 ELSE t."attempts" + 1 END,
      "lockouts" = CASE WHEN t."updatedAt" < ${dayStart} THEN 0 ELSE t."lockouts" END,
      "blockedUntil" = NULL,
      "updatedAt" = ${now}
    WHERE t."blockedUntil" IS NULL OR t."blockedUntil" <= ${now}
    RETURNING "attempts", "lockouts"`;
  const row = rows[0];
  if (!row) {
    const blocked = await prisma.loginThrottle.findUnique({
      where: { username_source: { username, source } },
      select: { blockedUntil: true },
    });
    return { allowed: false, until: blocked?.blockedUntil ?? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) };
  }
  const attempt = Number(row.attempts);
  const lockouts = Number(row.lockouts);
  // attempts in flight past the limit are refused without a look at the password
  if (attempt > LOCKOUT_AFTER_FAILURES) return { allowed: false, until: new Date(now.getTime() + lockoutMinutes(lockouts + 1) * 60_000) };
  return { allowed: true, attempt, lockouts };
}

/**
 * A failed attempt. The one that used up the allowance (exactly one, by takeAttempt's
 * numbering) blocks the pair for a growing time and returns the lockout's end and the
 * number of lockouts of this username (all sources) in the last day.
 */
export async function failAttempt(prisma: TDb, username: string, source: string, taken: { attempt: number; lockouts: number }, now: Date) {
  if (taken.attempt < LOCKOUT_AFTER_FAILURES) return null;
  const until = new Date(now.getTime() + lockoutMinutes(taken.lockouts + 1) * 60_000);
  await prisma.loginThrottle.update({
    where: { username_source: { username, source } },
    data: { attempts: 0, lockouts: { increment: 1 }, blockedUntil: until, updatedAt: now },
  });
  const all = await prisma.loginThrottle.aggregate({
    where: { username, updatedAt: { gte: new Date(now.getTime() - DAY_MS) } },
    _sum: { lockouts: true },
  });
  return { until, lockoutsToday: all._sum.lockouts ?? 0 };
}

/** A successful sign-in clears the pair's record (other sources keep theirs). */
export async function clearAttempts(prisma: TDb, username: string, source: string) {
  await prisma.loginThrottle.deleteMany({ where: { username, source } });
}

/** Rows nobody has touched for a day are of no use any more (run by the jobs). */
export async function pruneThrottle(prisma: TDb, now: Date) {
  return (
    await prisma.loginThrottle.deleteMany({
      where: { updatedAt: { lt: new Date(now.getTime() - DAY_MS) }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }] },
    })
  ).count;
}
