import { AppError, dateOfDay, dayOrNull, shanghaiDate } from "@qifu/domain";
import { newId, type Prisma, type TDbTx } from "@qifu/db";
import { defineResource, NO_ROWS, type TSessionUser } from "@qifu/trpc-core";
import { evaluateLevel, type TCriterionRule } from "../ladder";
import {
  FigureKey,
  REGISTRY_FIGURES,
  ZCriterion,
  ZCriterionCreate,
  ZCriterionFilter,
  ZCriterionUpdate,
  type TCriterion,
  type TCultivationLevel,
  type TEvaluation,
  type TFigureKey,
} from "../schemas";
import { LADDER_STAFF } from "./access";

type TCriterionRow = Prisma.CultivationCriterionGetPayload<object>;
export const toCriterionDto = (r: TCriterionRow): TCriterion => ({
  id: r.id,
  level: r.level as TCriterion["level"],
  figureKey: r.figureKey as TCriterion["figureKey"],
  op: r.op as TCriterion["op"],
  threshold: r.threshold,
  source: r.source,
  sourceDate: dayOrNull(r.sourceDate),
  placeholder: r.placeholder,
  sortOrder: r.sortOrder,
});

const districtOnly = (u: TSessionUser | null) => (u?.role === "DISTRICT_ADMIN" ? {} : NO_ROWS);

/** 认定条件: each level's criteria as data; the district edits thresholds and confirms placeholders. */
export const criteriaResource = defineResource({
  name: "cultivationCriteria",
  label: { zh: "认定条件", en: "Criterion" },
  model: (db) => db.cultivationCriterion,
  schemas: { create: ZCriterionCreate, update: ZCriterionUpdate, filter: ZCriterionFilter, dto: ZCriterion },
  sortable: ["sortOrder", "level"],
  defaultSort: { field: "sortOrder", order: "ASC" },
  policy: { read: LADDER_STAFF, create: ["DISTRICT_ADMIN"], update: ["DISTRICT_ADMIN"], delete: ["DISTRICT_ADMIN"] },
  scope: { read: () => ({}), write: districtOnly },
  filterToWhere: (f) => (f.level ? { level: f.level } : {}),
  toDto: toCriterionDto,
  prepareCreate: async (ctx, input) => {
    if (await ctx.db.cultivationCriterion.findUnique({ where: { level_figureKey: { level: input.level, figureKey: input.figureKey } } }))
      throw AppError.validation("figureKey", {
        zh: `该层级已有「${FigureKey.labels[input.figureKey].zh}」条件，请修改原条件`,
        en: `This level already has a criterion on ${FigureKey.labels[input.figureKey].en}; edit it instead`,
      });
    const last = await ctx.db.cultivationCriterion.aggregate({ _max: { sortOrder: true } });
    return { id: newId(), ...input, sourceDate: dateOfDay(input.sourceDate ?? null), sortOrder: (last._max.sortOrder ?? 0) + 1 };
  },
  prepareUpdate: async (_ctx, _existing, input) => ({
    ...input,
    ...(input.sourceDate !== undefined ? { sourceDate: dateOfDay(input.sourceDate) } : {}),
  }),
});

/** Every level's rules, in order. */
export async function loadRules(db: TDbTx): Promise<Map<string, TCriterionRule[]>> {
  const rows = await db.cultivationCriterion.findMany({ orderBy: [{ sortOrder: "asc" }] });
  const byLevel = new Map<string, TCriterionRule[]>();
  for (const r of rows) byLevel.set(r.level, [...(byLevel.get(r.level) ?? []), r]);
  return byLevel;
}

type TRegistryRow = { id: string; foundedOn: Date | null; confirmedRevenueWan: number | null };

/**
 * The confirmed figures of enterprises, by enterprise: years in business from the registry's founding
 * date, revenue from the registry's confirmed revenue, the rest from this feature's figures a town or
 * district admin confirmed. A figure reported but not confirmed is left out (its criterion is unknown).
 */
export async function confirmedFigures(db: TDbTx, enterprises: readonly TRegistryRow[], day = shanghaiDate(new Date())) {
  const reported = await db.cultivationFigure.findMany({
    where: { enterpriseId: { in: enterprises.map((e) => e.id) }, confirmedAt: { not: null } },
    select: { enterpriseId: true, figureKey: true, value: true },
  });
  const out = new Map<string, Partial<Record<TFigureKey, number>>>();
  for (const e of enterprises) {
    const f: Partial<Record<TFigureKey, number>> = {};
    if (e.foundedOn) f.YEARS = Math.floor(yearsBetween(dayOrNull(e.foundedOn)!, day) * 10) / 10;
    if (e.confirmedRevenueWan !== null) f.REVENUE_WAN = e.confirmedRevenueWan;
    out.set(e.id, f);
  }
  // 数字化水平: the level of the enterprise's latest committed digital diagnosis (data of the digital
  // programme's table, read here as data; a draft never counts)
  const diagnoses = await db.digitalDiagnosis.findMany({
    where: { enterpriseId: { in: enterprises.map((e) => e.id) }, status: "COMMITTED", level: { not: null } },
    select: { enterpriseId: true, level: true },
    orderBy: [{ committedAt: "desc" }, { id: "asc" }],
  });
  for (const d of diagnoses) {
    const f = out.get(d.enterpriseId)!;
    if (f.DIGITAL_LEVEL === undefined) f.DIGITAL_LEVEL = d.level!;
  }
  for (const r of reported) {
    if ((REGISTRY_FIGURES as readonly string[]).includes(r.figureKey)) continue;
    out.get(r.enterpriseId)![r.figureKey as TFigureKey] = r.value;
  }
  return out;
}

function yearsBetween(from: string, to: string) {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (365.25 * 86_400_000);
}

export const REGISTRY_SELECT = { id: true, foundedOn: true, confirmedRevenueWan: true } as const;

/** One enterprise against one level, with its confirmed figures. */
export async function evaluateEnterprise(db: TDbTx, enterpriseId: string, level: TCultivationLevel): Promise<TEvaluation> {
  const e = await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId }, select: REGISTRY_SELECT });
  const rules = (await loadRules(db)).get(level) ?? [];
  return evaluateLevel(level, rules, (await confirmedFigures(db, [e])).get(e.id)!);
}
