import { dayOrNull, shanghaiDate } from "@qifu/domain";
import type { TDb, TDbTx } from "@qifu/db";
import { notify } from "@qifu/trpc-core";
import { makeContext } from "@qifu/trpc-core";
import { deriveTier, type TRecognitionSpan } from "../ladder";
import { CultivationLevel, EXPIRY_WARNING_MONTHS, type TCultivationLevel } from "../schemas";

type TSpanRow = { id: string; level: string; recognisedOn: Date; validUntil: Date | null; revokedAt: Date | null };
export const spanOf = (r: TSpanRow): TRecognitionSpan => ({
  level: r.level,
  recognisedOn: dayOrNull(r.recognisedOn)!,
  validUntil: dayOrNull(r.validUntil),
  revoked: r.revokedAt !== null,
});

/**
 * Enterprise.tier is a cache of the recognitions: this is the only writer. Called in the same
 * transaction as every change of a recognition (`pending` replaces or adds the row being written,
 * `dropped` leaves one out), and by the daily sweep. A conditional update: a tier already right is not rewritten.
 */
export async function recomputeTier(db: TDbTx, enterpriseId: string, day: string, change: { pending?: TSpanRow; dropped?: string } = {}) {
  const rows = await db.cultivationRecognition.findMany({
    where: { enterpriseId },
    select: { id: true, level: true, recognisedOn: true, validUntil: true, revokedAt: true },
  });
  const kept = rows.filter((r) => r.id !== change.dropped && r.id !== change.pending?.id);
  if (change.pending) kept.push(change.pending);
  const tier = deriveTier(kept.map(spanOf), day);
  await db.enterprise.updateMany({ where: { id: enterpriseId, NOT: { tier } }, data: { tier } });
  return tier;
}

/** The day `months` months after `day` (YYYY-MM-DD), clamped to the month's end. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}
export const expiryWindow = (day: string) => ({
  from: new Date(`${day}T00:00:00Z`),
  to: new Date(`${addMonths(day, EXPIRY_WARNING_MONTHS)}T00:00:00Z`),
});

/**
 * The daily sweep: (1) every enterprise whose cached tier no longer matches its recognitions (one
 * expired yesterday) is recomputed; (2) recognitions whose last valid day falls within 6 months are
 * notified once, to the enterprise and its town's admins.
 */
export async function cultivationSweep(prisma: TDb, now: Date) {
  const day = shanghaiDate(now);
  const today = new Date(`${day}T00:00:00Z`);
  const stale = await prisma.enterprise.findMany({
    where: {
      OR: [
        { tier: { not: "NONE" } },
        { cultivationRecognitions: { some: { revokedAt: null, recognisedOn: { lte: today }, level: { not: "ABOVE_SIZE" } } } },
      ],
    },
    select: { id: true },
  });
  let changed = 0;
  for (const e of stale)
    await prisma.$transaction(async (tx) => {
      const before = await tx.enterprise.findUnique({ where: { id: e.id }, select: { tier: true } });
      const after = await recomputeTier(tx, e.id, day);
      if (before?.tier !== after) changed++;
    });
  const { from, to } = expiryWindow(day);
  const expiring = await prisma.cultivationRecognition.findMany({
    where: { revokedAt: null, expiryNotifiedAt: null, validUntil: { gte: from, lte: to } },
    include: { enterprise: { select: { name: true, townId: true } } },
  });
  let notified = 0;
  for (const r of expiring)
    await prisma.$transaction(async (tx) => {
      // conditional: a parallel sweep (a worker on PostgreSQL) notifies each recognition once
      const claimed = await tx.cultivationRecognition.updateMany({
        where: { id: r.id, expiryNotifiedAt: null },
        data: { expiryNotifiedAt: now },
      });
      if (!claimed.count) return;
      const ctx = makeContext(tx as TDb, null);
      const level = CultivationLevel.labels[r.level as TCultivationLevel];
      const until = dayOrNull(r.validUntil)!;
      const title = { zh: `${level.zh}认定将于 ${until} 到期`, en: `${level.en} recognition expires on ${until}` };
      await notify(ctx, {
        roleScope: { role: "ENTERPRISE", enterpriseId: r.enterpriseId },
        title,
        body: { zh: "请及时准备复核材料，在“梯度培育”中查看。", en: "Please prepare the re-examination material; see Cultivation ladder." },
        link: "/my/cultivation",
        kind: "cultivation.expiring",
      });
      if (r.enterprise.townId)
        await notify(ctx, {
          roleScope: { role: "TOWN_ADMIN", townId: r.enterprise.townId },
          title: { zh: `${r.enterprise.name}：${title.zh}`, en: `${r.enterprise.name}: ${title.en}` },
          body: { zh: "请提醒企业准备复核。", en: "Please remind the enterprise to prepare its re-examination." },
          link: "/cultivationRecognitions?filter=%7B%22expiring%22%3Atrue%7D",
          kind: "cultivation.expiring",
        });
      notified++;
    });
  return { tiersChanged: changed, expiringNotified: notified };
}
