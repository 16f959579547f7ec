import crypto from "node:crypto";
import { newId, type TDb } from "@qifu/db";
import { SESSION_IDLE_MINUTES, type TRole } from "@qifu/domain";
import type { TSessionUser } from "../context";

export const SESSION_COOKIE = "qifu_session";
/** Absolute limit, whatever the activity. */
export const SESSION_MAX_HOURS = 12;
const IDLE_MS = SESSION_IDLE_MINUTES * 60_000;

/** Only a hash of the token is stored: a stolen database does not yield live sessions. */
export const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

export async function createSession(prisma: TDb, userId: string, meta: { ip: string | null; userAgent: string | null }, now = new Date()) {
  const token = crypto.randomBytes(32).toString("base64url");
  await prisma.session.create({
    data: {
      id: newId(),
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_HOURS * 3600_000),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
  });
  return { token, maxAgeSeconds: SESSION_MAX_HOURS * 3600 };
}

export function toSessionUser(u: {
  id: string;
  username: string;
  displayName: string;
  role: string;
  townId: string | null;
  nodeId: string | null;
  enterpriseId: string | null;
  departmentId: string | null;
}): TSessionUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as TRole,
    townId: u.townId,
    nodeId: u.nodeId,
    enterpriseId: u.enterpriseId,
    departmentId: u.departmentId,
  };
}

/**
 * The user behind a session token, or null when the token is unknown, revoked, past its
 * absolute limit or idle for more than 30 minutes (then it is revoked for good).
 */
export async function resolveSession(prisma: TDb, token: string | undefined, now = new Date()) {
  if (!token || token.length > 200) return null;
  const session = await prisma.session.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!session || session.revokedAt || !session.user.active) return null;
  const idleFor = now.getTime() - session.lastSeenAt.getTime();
  if (session.expiresAt <= now || idleFor > IDLE_MS) {
    await prisma.session.update({ where: { id: session.id }, data: { revokedAt: now } });
    return null;
  }
  // Touch at most once a minute: the idle clock needs no finer grain, the database fewer writes.
  if (idleFor > 60_000) await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  return { sessionId: session.id, user: toSessionUser(session.user) };
}

export async function revokeSession(prisma: TDb, sessionId: string, now = new Date()) {
  await prisma.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}
