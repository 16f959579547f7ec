import { z } from "zod";
import { fromShanghai, HOUR_MS, shareInPercent, STAFF_ROLES } from "@qifu/domain";
import { newId, type TDbTx } from "@qifu/db";
import { defineMetric, defineResource, loadCalendar, NO_ROWS, procedure, router } from "@qifu/trpc-core";
import {
  APPEALS_ON_TIME_METRIC,
  DEFAULT_MIN_CASES,
  ZAssessment,
  ZPeriod,
  ZWeights,
  ZWeightsCreate,
  ZWeightsFilter,
  ZWeightsUpdate,
  type TAssessment,
  type TRankingRow,
  type TWeights,
} from "../schemas";
import { unitOf } from "./appeal-access";

/** Used when neither the period nor its year has weights of its own. */
export const DEFAULT_WEIGHTS: Omit<TWeights, "id" | "period"> = {
  responseTime: 0.15,
  onTime: 0.25,
  resolution: 0.25,
  satisfaction: 0.25,
  reopen: 0.1,
  bonus: 1,
  hardBonePoints: 5,
  responseZeroHours: 16,
  minCases: DEFAULT_MIN_CASES,
};

/** `assessmentWeights`: the weights per period, data edited by district admins. */
export const weightsResource = defineResource({
  name: "assessmentWeights",
  label: { zh: "考核权重", en: "Assessment weights" },
  model: (db) => db.assessmentWeights,
  schemas: { create: ZWeightsCreate, update: ZWeightsUpdate, filter: ZWeightsFilter, dto: ZWeights },
  sortable: ["period"],
  defaultSort: { field: "period", order: "DESC" },
  policy: { read: STAFF_ROLES, create: ["DISTRICT_ADMIN"], update: ["DISTRICT_ADMIN"], delete: ["DISTRICT_ADMIN"] },
  scope: { read: () => ({}), write: (u) => (u?.role === "DISTRICT_ADMIN" ? {} : NO_ROWS) },
  filterToWhere: () => ({}),
  toDto: (r) => ({
    id: r.id,
    period: r.period,
    responseTime: r.responseTime,
    onTime: r.onTime,
    resolution: r.resolution,
    satisfaction: r.satisfaction,
    reopen: r.reopen,
    bonus: r.bonus,
    hardBonePoints: r.hardBonePoints,
    responseZeroHours: r.responseZeroHours,
    minCases: r.minCases,
  }),
  prepareCreate: async (_ctx, input) => ({ id: newId(), ...input }),
  prepareUpdate: async (_ctx, _existing, input) => input,
});

/** A period's bounds in Shanghai time: "2026" a year, "2026-Q2" a quarter, "2026-03" a month. */
export function periodBounds(period: string): { from: Date; to: Date } {
  const [y, part] = period.split("-");
  const year = Number(y);
  let m0 = 1;
  let months = 12;
  if (part?.startsWith("Q")) {
    m0 = (Number(part.slice(1)) - 1) * 3 + 1;
    months = 3;
  } else if (part) {
    m0 = Number(part);
    months = 1;
  }
  const ymd = (yy: number, mm: number) => `${yy + Math.floor((mm - 1) / 12)}-${String(((mm - 1) % 12) + 1).padStart(2, "0")}-01`;
  return { from: fromShanghai(ymd(year, m0)), to: fromShanghai(ymd(year, m0 + months)) };
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const rate = (n: number, of: number) => (of ? n / of : null);

type TAppealFacts = {
  submittedAt: Date;
  acceptedAt: Date | null;
  answeredAt: Date | null;
  resolveDueAt: Date;
  resolved: boolean | null;
  satisfaction: number | null;
  reopenCount: number;
  hardBone: boolean;
};

/** The ranking's on time: appeals answered by the resolution limit, of those answered or past their limit. */
export function onTimeOf(rows: Pick<TAppealFacts, "answeredAt" | "resolveDueAt">[], now: Date) {
  const due = rows.filter((r) => r.answeredAt || r.resolveDueAt < now);
  return { due, onTime: due.filter((r) => r.answeredAt && r.answeredAt <= r.resolveDueAt).length };
}

/** 诉求按时办结率 for evaluation schemes and targets: the year's appeals of the district or handled by one town, in %. */
export const appealsOnTimeMetric = defineMetric({
  key: APPEALS_ON_TIME_METRIC,
  kind: "rate",
  label: { zh: "诉求按时办结率", en: "Appeals answered on time" },
  unit: { zh: "%", en: "%" },
  compute: async (ctx, { year, townId }) => {
    const { from, to } = periodBounds(String(year));
    const rows = await ctx.db.appeal.findMany({
      where: { submittedAt: { gte: from, lt: to }, status: { not: "WITHDRAWN" }, ...(townId ? { unitTownId: townId } : {}) },
      select: { answeredAt: true, resolveDueAt: true },
    });
    const { due, onTime } = onTimeOf(rows, ctx.now());
    return shareInPercent(onTime, due.length);
  },
});

/**
 * The figures behind one line of the ranking and its score:
 * - response: average working hours from filing to acceptance → 100 at 0 h, 0 at `responseZeroHours`, linear;
 * - on time: answered by the resolution limit / appeals answered or past their limit;
 * - resolution: actually solved / answered; satisfaction: average rating (1–5) × 20;
 * - reopen: 100 × (1 − reopened / answered);
 * - bonus: hard-bone appeals solved × points each.
 * total = Σ weight × score (rates with no data score 0).
 */
export function scoreGroup(rows: TAppealFacts[], w: Omit<TWeights, "id" | "period">, workingMs: (a: Date, b: Date) => number, now: Date) {
  const accepted = rows.filter((r) => r.acceptedAt);
  const avgResponseHours = accepted.length
    ? accepted.reduce((s, r) => s + workingMs(r.submittedAt, r.acceptedAt!), 0) / accepted.length / HOUR_MS
    : null;
  const { due: dueRows, onTime } = onTimeOf(rows, now);
  const answered = rows.filter((r) => r.answeredAt);
  const resolved = answered.filter((r) => r.resolved === true).length;
  const ratedRows = rows.filter((r) => r.satisfaction !== null);
  const satisfactionAvg = ratedRows.length ? ratedRows.reduce((s, r) => s + r.satisfaction!, 0) / ratedRows.length : null;
  const reopened = answered.filter((r) => r.reopenCount > 0).length;
  const hardBoneSolved = rows.filter((r) => r.hardBone && r.resolved === true).length;
  const onTimeRate = rate(onTime, dueRows.length);
  const resolutionRate = rate(resolved, answered.length);
  const reopenRate = rate(reopened, answered.length);
  const bonusPoints = hardBoneSolved * w.hardBonePoints;
  const scores = {
    responseTime: avgResponseHours === null ? 0 : 100 * Math.max(0, 1 - avgResponseHours / w.responseZeroHours),
    onTime: (onTimeRate ?? 0) * 100,
    resolution: (resolutionRate ?? 0) * 100,
    satisfaction: (satisfactionAvg ?? 0) * 20,
    reopen: reopenRate === null ? 0 : (1 - reopenRate) * 100,
    bonus: bonusPoints,
  };
  const total =
    w.responseTime * scores.responseTime +
    w.onTime * scores.onTime +
    w.resolution * scores.resolution +
    w.satisfaction * scores.satisfaction +
    w.reopen * scores.reopen +
    w.bonus * scores.bonus;
  return {
    appeals: rows.length,
    accepted: accepted.length,
    avgResponseHours: avgResponseHours === null ? null : round(avgResponseHours),
    due: dueRows.length,
    onTime,
    onTimeRate: onTimeRate === null ? null : round(onTimeRate, 4),
    answered: answered.length,
    resolved,
    resolutionRate: resolutionRate === null ? null : round(resolutionRate, 4),
    rated: ratedRows.length,
    satisfactionAvg: satisfactionAvg === null ? null : round(satisfactionAvg),
    reopened,
    reopenRate: reopenRate === null ? null : round(reopenRate, 4),
    hardBoneSolved,
    bonusPoints: round(bonusPoints),
    scores: Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, round(v)])) as typeof scores,
    total: round(total),
  };
}

function ranked(
  groups: Map<string, { name: string; rows: TAppealFacts[] }>,
  w: Omit<TWeights, "id" | "period">,
  workingMs: (a: Date, b: Date) => number,
  now: Date,
): TRankingRow[] {
  const lines = [...groups].map(([key, g]) => ({ key, name: g.name, ...scoreGroup(g.rows, w, workingMs, now) }));
  // too few appeals say little about a unit: such lines are listed after the ranked ones, without a rank
  const enough = (l: { appeals: number }) => l.appeals >= w.minCases;
  lines.sort(
    (a, b) => Number(enough(b)) - Number(enough(a)) || b.total - a.total || b.appeals - a.appeals || a.name.localeCompare(b.name, "zh"),
  );
  return lines.map((l, i) => ({ rank: enough(l) ? i + 1 : null, ...l }));
}

export async function computeAssessment(db: TDbTx, period: string, now: Date): Promise<TAssessment> {
  const { from, to } = periodBounds(period);
  const own = await db.assessmentWeights.findUnique({ where: { period } });
  const yearly = own ? null : await db.assessmentWeights.findUnique({ where: { period: period.slice(0, 4) } });
  const wRow = own ?? yearly;
  const w = wRow
    ? ({
        ...DEFAULT_WEIGHTS,
        ...Object.fromEntries((Object.keys(DEFAULT_WEIGHTS) as (keyof typeof DEFAULT_WEIGHTS)[]).map((k) => [k, wRow[k]])),
      } as typeof DEFAULT_WEIGHTS)
    : DEFAULT_WEIGHTS;
  const cal = await loadCalendar(db);
  const rows = await db.appeal.findMany({
    where: { submittedAt: { gte: from, lt: to }, status: { not: "WITHDRAWN" } },
    select: {
      enterpriseId: true,
      unitTownId: true,
      unitDepartmentId: true,
      submittedAt: true,
      acceptedAt: true,
      answeredAt: true,
      resolveDueAt: true,
      resolved: true,
      satisfaction: true,
      reopenCount: true,
      hardBone: true,
    },
  });
  const units = new Map<string, { name: string; rows: TAppealFacts[] }>();
  for (const r of rows) {
    const key = r.unitTownId ? `TOWN:${r.unitTownId}` : r.unitDepartmentId ? `DEPARTMENT:${r.unitDepartmentId}` : "DISTRICT";
    if (!units.has(key)) units.set(key, { name: (await unitOf(db, r)).name, rows: [] });
    units.get(key)!.rows.push(r);
  }
  const assignments = await db.commissionerAssignment.findMany({ include: { commissioner: { select: { displayName: true } } } });
  const byEnterprise = new Map(assignments.map((a) => [a.enterpriseId, a]));
  const commissioners = new Map<string, { name: string; rows: TAppealFacts[] }>();
  for (const a of assignments)
    if (!commissioners.has(a.commissionerId)) commissioners.set(a.commissionerId, { name: a.commissioner.displayName, rows: [] });
  for (const r of rows) {
    const a = byEnterprise.get(r.enterpriseId);
    if (a) commissioners.get(a.commissionerId)!.rows.push(r);
  }
  const workingMs = (a: Date, b: Date) => cal.workingMillisBetween(a, b);
  return {
    period,
    from: from.toISOString(),
    to: to.toISOString(),
    weights: { period, ...w, source: own ? "PERIOD" : yearly ? "YEAR" : "DEFAULT" },
    units: ranked(units, w, workingMs, now),
    commissioners: ranked(commissioners, w, workingMs, now),
  };
}

export const assessmentRouter = router({
  ranking: procedure(STAFF_ROLES, { description: "Assessment ranking of units and commissioners for a period, with the figures behind it" })
    .input(z.object({ period: ZPeriod }))
    .output(ZAssessment)
    .query(({ ctx, input }) => computeAssessment(ctx.db, input.period, ctx.now())),
});
