import { AppError, LOCKOUT_ALERT_AFTER, type TLabel } from "@qifu/domain";
import type { TDb } from "@qifu/db";
import { notify } from "../notifications/notify";
import { DUMMY_HASH_PROMISE, verifyPassword } from "./password-hash";
import { createSession, toSessionUser } from "./sessions";
import { clearAttempts, failAttempt, takeAttempt } from "./throttle";

const BAD_CREDENTIALS: TLabel = { zh: "用户名或密码错误", en: "Wrong username or password" };

function lockedError(until: Date, now: Date) {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AppError("LOCKED", {
    zh: `登录失败次数过多，请 ${minutes} 分钟后再试`,
    en: `Too many failed sign-ins, try again in ${minutes} minute(s)`,
  });
}

/**
 * Check a username and password (issue 11, points 1 and 3).
 * - Attempts are throttled per username AND source address (throttle.ts): five failures
 *   from one address make that address wait 1, 2, 4 … 60 minutes, while the owner signs in
 *   from elsewhere. The attempt is taken in one statement before the password is checked, so
 *   guesses in flight cannot slip past, and a waiting pair is refused even the right password.
 * - The answer depends only on what the caller did, never on whether the account exists: an
 *   unknown username is throttled the same way, and every path checks exactly one scrypt hash
 *   (a dummy one when there is no account or the pair is waiting), so the time is the same too.
 * - The third lockout of a real account in a day (and every third after) alerts the district admins.
 */
export async function login(
  prisma: TDb,
  input: { username: string; password: string },
  meta: { ip: string | null; userAgent: string | null },
  now = new Date(),
) {
  const source = meta.ip ?? "unknown";
  const taken = await takeAttempt(prisma, input.username, source, now);
  const user = taken.allowed ? await prisma.user.findUnique({ where: { username: input.username } }) : null;
  const usable = user && user.active ? user : null;
  const ok = await verifyPassword(input.password, usable?.passwordHash ?? (await DUMMY_HASH_PROMISE));
  if (!taken.allowed) throw lockedError(taken.until, now);
  if (!ok || !usable) {
    const locked = await failAttempt(prisma, input.username, source, taken, now);
    if (locked) {
      if (user && locked.lockoutsToday > 0 && locked.lockoutsToday % LOCKOUT_ALERT_AFTER === 0)
        await alertLockouts(prisma, user, locked.lockoutsToday, source, now);
      throw lockedError(locked.until, now);
    }
    throw new AppError("UNAUTHENTICATED", BAD_CREDENTIALS);
  }
  await clearAttempts(prisma, input.username, source);
  await prisma.user.update({ where: { id: usable.id }, data: { lastLoginAt: now } });
  const session = await createSession(prisma, usable.id, meta, now);
  return { ...session, user: toSessionUser(usable) };
}

async function alertLockouts(
  prisma: TDb,
  user: { id: string; username: string; displayName: string },
  count: number,
  source: string,
  now: Date,
) {
  await notify(
    { db: prisma, now: () => now },
    {
      roleScope: { role: "DISTRICT_ADMIN" },
      kind: "auth.lockout",
      title: { zh: `账号 ${user.username} 多次登录失败被暂停`, en: `Repeated sign-in lockouts of account ${user.username}` },
      body: {
        zh: `账号“${user.displayName}”（${user.username}）24 小时内已 ${count} 次因密码错误过多被暂停登录，最近一次来自 ${source}。如非本人操作，可能有人在猜测密码。`,
        en: `The account "${user.displayName}" (${user.username}) has been locked ${count} times in 24 hours for too many wrong passwords, most recently from ${source}. If it was not its owner, someone may be guessing the password.`,
      },
      link: null,
    },
  );
}
