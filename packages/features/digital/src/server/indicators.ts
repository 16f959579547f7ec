import { AppError, isoOrNull } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineResource, mergeRouters, procedure, router } from "@qifu/trpc-core";
import { z } from "zod";
import {
  ZIndicator,
  ZIndicatorCreate,
  ZIndicatorFilter,
  ZIndicatorSet,
  ZIndicatorUpdate,
  ZSetCreate,
  ZSetFilter,
  ZSetUpdate,
  type TIndicator,
  type TIndicatorSet,
  type TOption,
  type TSetUpdate,
} from "../schemas";
import { maxPoints } from "../scoring";
import { INDICATOR_LABEL, NODE_STAFF, SET_LABEL, STAFF } from "./access";

/** The indicator set is configuration: everyone signed in reads it (the questionnaire), the district edits it. */
const READERS = [...STAFF, ...NODE_STAFF, "ENTERPRISE"] as const;
const EDITORS = ["DISTRICT_ADMIN"] as const;

const SET_INCLUDE = { _count: { select: { indicators: true } } } satisfies Prisma.DigitalIndicatorSetInclude;
type TSetRow = Prisma.DigitalIndicatorSetGetPayload<{ include: typeof SET_INCLUDE }>;
type TIndicatorRow = Prisma.DigitalIndicatorGetPayload<object>;

export function toSetDto(r: TSetRow): TIndicatorSet {
  return {
    id: r.id,
    name: r.name,
    industry: r.industry as TIndicatorSet["industry"],
    edition: r.edition,
    source: r.source,
    level1Min: r.level1Min,
    level2Min: r.level2Min,
    level3Min: r.level3Min,
    level4Min: r.level4Min,
    thresholdsPlaceholder: r.thresholdsPlaceholder,
    active: r.active,
    indicatorCount: r._count.indicators,
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}
export const optionsOf = (r: Pick<TIndicatorRow, "options">): TOption[] => (Array.isArray(r.options) ? (r.options as TOption[]) : []);
export function toIndicatorDto(r: TIndicatorRow): TIndicator {
  const options = optionsOf(r);
  return {
    id: r.id,
    setId: r.setId,
    dimension: r.dimension as TIndicator["dimension"],
    code: r.code,
    name: r.name,
    question: r.question,
    scenario: r.scenario as TIndicator["scenario"],
    options,
    maxPoints: maxPoints({ ...r, options }),
    sortOrder: r.sortOrder,
    placeholder: r.placeholder,
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

/** The four level minimums must rise: 一级 < 二级 < 三级 < 四级. */
function checkThresholds(t: { level1Min: number; level2Min: number; level3Min: number; level4Min: number }) {
  if (!(t.level1Min < t.level2Min && t.level2Min < t.level3Min && t.level3Min < t.level4Min))
    throw AppError.validation("level2Min", {
      zh: "等级分数线应逐级升高：一级 < 二级 < 三级 < 四级",
      en: "Level thresholds must rise: level 1 < level 2 < level 3 < level 4",
    });
}

export const setsResource = defineResource({
  name: "digitalSets",
  label: SET_LABEL,
  model: (db) => db.digitalIndicatorSet,
  include: SET_INCLUDE,
  schemas: { create: ZSetCreate, update: ZSetUpdate, filter: ZSetFilter, dto: ZIndicatorSet },
  sortable: ["name", "industry", "edition", "updatedAt"],
  defaultSort: { field: "industry", order: "ASC" },
  policy: { read: READERS, create: EDITORS, update: EDITORS, delete: EDITORS },
  scope: { read: () => ({}), write: () => ({}) },
  filterToWhere: (f) => ({
    ...(f.industry ? { industry: f.industry } : {}),
    ...(f.q?.trim() ? { name: { contains: f.q.trim() } } : {}),
  }),
  toDto: toSetDto,
  prepareCreate: async (_ctx, input) => {
    checkThresholds(input);
    return { id: newId(), ...input };
  },
  prepareUpdate: async (_ctx, existing: TSetRow, input: TSetUpdate) => {
    checkThresholds({ ...existing, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) });
    return input;
  },
  beforeDelete: async (ctx, existing: TSetRow) => {
    if (await ctx.db.digitalDiagnosis.count({ where: { setId: existing.id } }))
      throw new AppError("CONFLICT", {
        zh: "该指标表已有诊断使用，不能删除：请停用它",
        en: "Diagnoses use this set: deactivate it instead of deleting",
      });
  },
});

export const indicatorsResource = defineResource({
  name: "digitalIndicators",
  label: INDICATOR_LABEL,
  model: (db) => db.digitalIndicator,
  schemas: { create: ZIndicatorCreate, update: ZIndicatorUpdate, filter: ZIndicatorFilter, dto: ZIndicator },
  sortable: ["sortOrder", "code", "dimension", "updatedAt"],
  defaultSort: { field: "sortOrder", order: "ASC" },
  policy: { read: READERS, create: EDITORS, update: EDITORS, delete: EDITORS },
  scope: { read: () => ({}), write: () => ({}) },
  filterToWhere: (f) => ({
    ...(f.setId ? { setId: f.setId } : {}),
    ...(f.dimension ? { dimension: f.dimension } : {}),
    ...(f.q?.trim() ? { name: { contains: f.q.trim() } } : {}),
  }),
  toDto: toIndicatorDto,
  prepareCreate: async (ctx, input) => {
    if (!(await ctx.db.digitalIndicatorSet.findUnique({ where: { id: input.setId }, select: { id: true } })))
      throw AppError.validation("setId", { zh: "指标表不存在", en: "The indicator set does not exist" });
    return { id: newId(), ...input };
  },
  prepareUpdate: async (_ctx, _existing, input) => input,
  beforeDelete: async (ctx, existing: TIndicatorRow) => {
    if (await ctx.db.digitalDiagnosis.count({ where: { setId: existing.setId, status: "COMMITTED" } }))
      throw new AppError("CONFLICT", {
        zh: "该指标表已有提交的诊断，不能删除指标：可修改或新建指标表",
        en: "Committed diagnoses use this set: edit it or make a new set instead",
      });
  },
});

export const setsRouter = mergeRouters(
  setsResource.router,
  router({
    /** A set with its indicators in questionnaire order (the admin's show page and the phone form). */
    questions: procedure(READERS, { description: "An indicator set's indicators in questionnaire order" })
      .input(z.object({ setId: z.string().min(1).max(64) }))
      .output(z.array(ZIndicator))
      .query(async ({ ctx, input }) =>
        (await ctx.db.digitalIndicator.findMany({ where: { setId: input.setId }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] })).map(
          toIndicatorDto,
        ),
      ),
  }),
);
