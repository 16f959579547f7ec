import { AppError, type TLabel, type TRole } from "@qifu/domain";
import { newId, type TDb, type TDbTx } from "@qifu/db";
import type { TContext } from "../context";
import { channelFor, type TChannelKind } from "./channels";

/** "All users of this role (within this town / department / enterprise / node)". */
export type TRoleScope = {
  role: TRole;
  townId?: string | null;
  departmentId?: string | null;
  enterpriseId?: string | null;
  nodeId?: string | null;
};

export type TNotifyInput = {
  userIds?: readonly (string | null | undefined)[];
  roleScope?: TRoleScope | readonly TRoleScope[];
  title: TLabel;
  body: TLabel;
  /** A path on this server where the recipient sees the matter (e.g. "/admin/#/appeals/x/show"). */
  link?: string | null;
  /** A short key of what happened ("appeal.status"), kept on the row for filtering. */
  kind?: string;
  /** Outside channels besides the inbox; delivered after commit by dispatchNotifications(). */
  channels?: readonly TChannelKind[];
  /** Leave out these users (typically the actor, who knows what they just did). */
  exclude?: readonly (string | null | undefined)[];
};

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The active accounts a message goes to: the union of `userIds` and the users matching
 * `roleScope`, minus `exclude` — in one query. Exposed so a caller can resolve recipients
 * before it takes a lock and write the messages after (see writeNotifications).
 */
export async function resolveRecipients(db: TDbTx, input: Pick<TNotifyInput, "userIds" | "roleScope" | "exclude">): Promise<string[]> {
  const ids = [...new Set(input.userIds?.filter((x): x is string => !!x) ?? [])];
  const scopes = input.roleScope ? (Array.isArray(input.roleScope) ? input.roleScope : [input.roleScope as TRoleScope]) : [];
  const KEYS = ["townId", "departmentId", "enterpriseId", "nodeId"] as const;
  const or: Record<string, unknown>[] = ids.length ? [{ id: { in: ids } }] : [];
  for (const s of scopes) {
    // a scope naming a town etc. that is null matches nobody rather than everybody
    if (KEYS.some((k) => s[k] === null)) continue;
    const where: Record<string, unknown> = { role: s.role };
    for (const k of KEYS) if (s[k] !== undefined) where[k] = s[k];
    or.push(where);
  }
  if (!or.length) return [];
  const exclude = new Set(input.exclude?.filter(Boolean));
  const rows = await db.user.findMany({ where: { active: true, OR: or }, select: { id: true }, orderBy: { id: "asc" } });
  return rows.map((r) => r.id).filter((id) => !exclude.has(id));
}

/** Write one inbox row per recipient (already resolved), in the caller's transaction. */
export async function writeNotifications(
  ctx: Pick<TContext, "db" | "now">,
  userIds: readonly string[],
  input: Omit<TNotifyInput, "userIds" | "roleScope" | "exclude">,
) {
  if (!userIds.length) return;
  if (!input.title.zh || !input.title.en) throw new AppError("INTERNAL", { zh: "通知缺少标题", en: "Notification without a title" });
  const createdAt = ctx.now();
  await ctx.db.notification.createMany({
    data: userIds.map((userId) => ({
      id: newId(),
      userId,
      kind: input.kind ?? "",
      titleZh: cut(input.title.zh, 200),
      titleEn: cut(input.title.en, 300),
      bodyZh: cut(input.body.zh, 2000),
      bodyEn: cut(input.body.en, 4000),
      link: input.link ?? null,
      channels: [...new Set(input.channels ?? [])],
      createdAt,
    })),
  });
}

/**
 * Put a message in the in-app inbox of each recipient, inside the caller's transaction (a
 * rolled-back step notifies nobody). Recipients are the union of `userIds` and the active
 * users matching `roleScope`, minus `exclude`; duplicates get one message. Returns the
 * recipients' ids.
 */
export async function notify(ctx: Pick<TContext, "db" | "now">, input: TNotifyInput): Promise<string[]> {
  const ids = await resolveRecipients(ctx.db, input);
  await writeNotifications(ctx, ids, input);
  return ids;
}

/**
 * The outbox: send the email/SMS copies of committed notifications through the configured
 * channels. Each row is claimed with a conditional write, so concurrent runs never send one
 * twice; a failing channel leaves the row claimed and logs (no endless retries of a bad gateway).
 */
export async function dispatchNotifications(prisma: TDb | TDbTx, now = new Date(), limit = 200): Promise<number> {
  const rows = await prisma.notification.findMany({
    where: { dispatchedAt: null, NOT: { channels: { isEmpty: true } } },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  let sent = 0;
  for (const n of rows) {
    const { count } = await prisma.notification.updateMany({ where: { id: n.id, dispatchedAt: null }, data: { dispatchedAt: now } });
    if (count !== 1) continue;
    const user = await prisma.user.findUnique({ where: { id: n.userId }, select: { username: true, displayName: true } });
    if (!user) continue;
    for (const kind of n.channels as TChannelKind[]) {
      if (kind !== "email" && kind !== "sms") continue;
      try {
        await channelFor(kind).send({
          notificationId: n.id,
          userId: n.userId,
          username: user.username,
          displayName: user.displayName,
          title: { zh: n.titleZh, en: n.titleEn },
          body: { zh: n.bodyZh, en: n.bodyEn },
          link: n.link,
        });
        sent++;
      } catch (err) {
        console.error(
          JSON.stringify({ level: "error", msg: "notification channel failed", channel: kind, notificationId: n.id, err: String(err) }),
        );
      }
    }
  }
  return sent;
}

/** The jobs entry: dispatch every `intervalMs` (default 10 s). */
export function startNotificationDispatcher(prisma: TDb, opts: { intervalMs?: number } = {}) {
  let running: Promise<unknown> | null = null;
  const run = () =>
    (running ??= dispatchNotifications(prisma)
      .catch(() => 0)
      .finally(() => (running = null)));
  const timer = setInterval(run, opts.intervalMs ?? 10_000);
  timer.unref?.();
  return {
    runNow: run,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
