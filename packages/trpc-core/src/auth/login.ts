import { AppError, LOCKOUT_AFTER_FAILURES, LOCKOUT_MINUTES } from "@qifu/domain";
import type { TDb } from "@qifu/db";
import { DUMMY_HASH_PROMISE, verifyPassword } from "./password-hash";
import { createSession, toSessionUser } from "./sessions";

const BAD_CREDENTIALS = new AppError("UNAUTHENTICATED", { zh: "用户名或密码错误", en: "Wrong username or password" });

function lockedError(until: Date) {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return new AppError("LOCKED", {
    zh: `登录失败次数过多，账号已锁定，请 ${minutes} 分钟后再试`,
    en: `Too many failed sign-ins: the account is locked, try again in ${minutes} minute(s)`,
  });
}

/**
 * Check a username and password. Five failures in a row lock the account for 15 minutes;
 * while locked even the right password is refused. The counters are updated atomically so
 * parallel attempts cannot slip past the limit.
 */
export async function login(prisma: TDb, input: { username: string; password: string }, meta: { ip: string | null; userAgent: string | null }, now = new Date()) {
  const user = await prisma.user.findUnique({ where: { username: input.username } });
  if (!user || !user.active) {
    await verifyPassword(input.password, await DUMMY_HASH_PROMISE);
    throw BAD_CREDENTIALS;
  }
  if (user.lockedUntil && user.lockedUntil > now) throw lockedError(user.lockedUntil);

  const ok = await verifyPassword(input.password, user.passwordHash);
  if (!ok) {
    const updated = await prisma.user.update({
      where: { id: user.id },
      data: { failedLoginCount: { increment: 1 } },
    });
    if (updated.failedLoginCount >= LOCKOUT_AFTER_FAILURES) {
      const until = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
      await prisma.user.update({ where: { id: user.id }, data: { lockedUntil: until, failedLoginCount: 0 } });
      throw lockedError(until);
    }
    throw BAD_CREDENTIALS;
  }
  await prisma.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } });
  const session = await createSession(prisma, user.id, meta, now);
  return { ...session, user: toSessionUser(user) };
}
