import { z } from "zod";
import { formatShanghai, fromShanghai, shanghaiDate, type WorkingCalendar } from "@qifu/domain";
import { newId } from "@qifu/db";
import { loadCalendar, procedure, router, type TContext } from "@qifu/trpc-core";
import { SIGNAL_RULES, ZReviewSignal, ZSignal, type TSignal } from "../schemas";
import { DISTRICT, EVIDENCE_FILES } from "./access";

type TRow = {
  id: string;
  enterpriseId: string;
  nodeId: string;
  amountFen: number;
  servedAt: Date;
  status: string;
  createdAt: Date;
  enterprise: { name: string };
  node: { name: string };
};

/**
 * A node's opening hours: the nodes' data holds none (only service stations keep a free-text line),
 * so the working calendar of `domain` decides: a working day (holidays and make-up days included),
 * from the start of its first working period to the end of its last (09:00–18:00 by default).
 */
export function isWithinOpeningHours(calendar: WorkingCalendar, at: Date): boolean {
  const day = shanghaiDate(at);
  if (!calendar.isWorkingDay(day)) return false;
  const minutes = (at.getTime() - fromShanghai(day).getTime()) / 60_000;
  const first = calendar.periods[0]?.start ?? 9 * 60;
  const last = calendar.periods.at(-1)?.end ?? 18 * 60;
  return minutes >= first && minutes < last;
}

/** The four signals over the given redemptions (pure but for the evidence hashes passed in). */
export function computeSignals(
  rows: TRow[],
  evidence: { sha256: string; ownerId: string }[],
  calendar: WorkingCalendar,
  now: Date,
): Omit<TSignal, "verdict" | "note">[] {
  const out: Omit<TSignal, "verdict" | "note">[] = [];
  const byId = new Map(rows.map((r) => [r.id, r]));

  // 1. one enterprise at one node far above the norm: the pair's count against the mean of all pairs
  const pairs = new Map<string, TRow[]>();
  for (const r of rows) pairs.set(`${r.enterpriseId}:${r.nodeId}`, [...(pairs.get(`${r.enterpriseId}:${r.nodeId}`) ?? []), r]);
  const mean = pairs.size ? rows.length / pairs.size : 0;
  for (const [key, list] of [...pairs].sort(([a], [b]) => a.localeCompare(b))) {
    if (list.length < SIGNAL_RULES.highFrequencyMin || list.length < SIGNAL_RULES.highFrequencyFactor * mean) continue;
    out.push({
      key: `HIGH_FREQUENCY:${key}`,
      kind: "HIGH_FREQUENCY",
      detail: {
        zh: `${list.length} 笔，平均每对企业与节点 ${mean.toFixed(1)} 笔`,
        en: `${list.length} redemptions against a mean of ${mean.toFixed(1)} per enterprise and node`,
      },
      redemptionIds: list.map((r) => r.id),
      enterpriseName: list[0].enterprise.name,
      nodeName: list[0].node.name,
      amountFen: list.reduce((s, r) => s + r.amountFen, 0),
    });
  }

  // 2. no confirmation by the enterprise after the grace period
  const due = now.getTime() - SIGNAL_RULES.unconfirmedDays * 86_400_000;
  for (const r of rows)
    if (r.status === "PENDING" && r.createdAt.getTime() < due)
      out.push({
        key: `UNCONFIRMED:${r.id}`,
        kind: "UNCONFIRMED",
        detail: {
          zh: `核销于 ${formatShanghai(r.createdAt)}，超过 ${SIGNAL_RULES.unconfirmedDays} 天未经企业确认`,
          en: `Redeemed ${formatShanghai(r.createdAt)}, not confirmed within ${SIGNAL_RULES.unconfirmedDays} days`,
        },
        redemptionIds: [r.id],
        enterpriseName: r.enterprise.name,
        nodeName: r.node.name,
        amountFen: r.amountFen,
      });

  // 3. one evidence file (same bytes) on several redemptions
  const owners = new Map<string, Set<string>>();
  for (const f of evidence) if (byId.has(f.ownerId)) owners.set(f.sha256, (owners.get(f.sha256) ?? new Set()).add(f.ownerId));
  for (const [sha, ids] of [...owners].sort(([a], [b]) => a.localeCompare(b))) {
    if (ids.size < 2) continue;
    const list = [...ids].sort().map((id) => byId.get(id)!);
    out.push({
      key: `DUPLICATE_EVIDENCE:${sha}`,
      kind: "DUPLICATE_EVIDENCE",
      detail: {
        zh: `同一文件（SHA-256 ${sha.slice(0, 12)}…）出现在 ${ids.size} 笔核销中`,
        en: `The same file (SHA-256 ${sha.slice(0, 12)}…) on ${ids.size} redemptions`,
      },
      redemptionIds: list.map((r) => r.id),
      enterpriseName: [...new Set(list.map((r) => r.enterprise.name))].join("、"),
      nodeName: [...new Set(list.map((r) => r.node.name))].join("、"),
      amountFen: list.reduce((s, r) => s + r.amountFen, 0),
    });
  }

  // 4. a service dated outside the node's opening hours
  for (const r of rows)
    if (!isWithinOpeningHours(calendar, r.servedAt))
      out.push({
        key: `OUTSIDE_HOURS:${r.id}`,
        kind: "OUTSIDE_HOURS",
        detail: {
          zh: `服务时间 ${formatShanghai(r.servedAt)} 不在服务时间内`,
          en: `Served ${formatShanghai(r.servedAt)}, outside opening hours`,
        },
        redemptionIds: [r.id],
        enterpriseName: r.enterprise.name,
        nodeName: r.node.name,
        amountFen: r.amountFen,
      });
  return out;
}

export async function listSignals(ctx: TContext, period?: string): Promise<TSignal[]> {
  const rows = await ctx.db.voucherRedemption.findMany({
    where: period ? { period } : {},
    select: {
      id: true,
      enterpriseId: true,
      nodeId: true,
      amountFen: true,
      servedAt: true,
      status: true,
      createdAt: true,
      enterprise: { select: { name: true } },
      node: { select: { name: true } },
    },
  });
  const [evidence, calendar, reviews] = await Promise.all([
    ctx.db.storedFile.findMany({ where: { ownerKind: EVIDENCE_FILES }, select: { sha256: true, ownerId: true } }),
    loadCalendar(ctx.db),
    ctx.db.voucherSignalReview.findMany(),
  ]);
  const byKey = new Map(reviews.map((r) => [r.signalKey, r]));
  return computeSignals(
    rows,
    evidence.map((f) => ({ sha256: f.sha256, ownerId: f.ownerId! })),
    calendar,
    ctx.now(),
  ).map((s) => ({
    ...s,
    verdict: (byKey.get(s.key)?.verdict as TSignal["verdict"]) ?? null,
    note: byKey.get(s.key)?.note ?? null,
  }));
}

export const signalsRouter = router({
  /** 异常线索: the four fraud signals over live data, each with the district's review if any. */
  list: procedure(DISTRICT, { description: "Fraud signals over the redemptions, with their reviews" })
    .input(z.object({ period: z.string().max(7).optional() }).optional())
    .output(z.array(ZSignal))
    .query(({ ctx, input }) => listSignals(ctx, input?.period)),

  /** 核查: the district's verdict on one signal. */
  review: procedure(DISTRICT, { description: "Record the district's verdict on a fraud signal" })
    .input(ZReviewSignal)
    .output(z.object({ key: z.string(), verdict: ZReviewSignal.shape.verdict }))
    .mutation(async ({ ctx, input }) => {
      const data = { verdict: input.verdict, note: input.note ?? null, reviewedById: ctx.user!.id, reviewedAt: ctx.now() };
      await ctx.db.voucherSignalReview.upsert({
        where: { signalKey: input.key },
        create: { id: newId(), signalKey: input.key, ...data },
        update: data,
      });
      return { key: input.key, verdict: input.verdict };
    }),
});
