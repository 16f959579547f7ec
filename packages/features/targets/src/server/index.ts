import { z } from "zod";
import { AppError, shanghaiYear, STAFF_ROLES } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import {
  defineResource,
  getMetric,
  listMetrics,
  mergeRouters,
  NO_ROWS,
  procedure,
  router,
  type TContext,
  defineServerFeature,
} from "@qifu/trpc-core";
import { ZMetricInfo, ZTarget, ZTargetCreate, ZTargetFilter, ZTargetProgress, ZTargetUpdate } from "../schemas";

const unknownMetricLabel = (key: string) => ({ zh: key, en: key });

function toTargetDto(row: Prisma.TargetGetPayload<object> & { town?: { name: string } | null }) {
  return {
    id: row.id,
    scopeKey: row.scopeKey,
    townId: row.townId,
    townName: row.town?.name ?? null,
    year: row.year,
    metricKey: row.metricKey,
    metricLabel: getMetric(row.metricKey)?.label ?? unknownMetricLabel(row.metricKey),
    value: row.value,
    note: row.note,
    source: row.source ?? null,
  };
}

function checkMetric(key: string | undefined) {
  if (key !== undefined && !getMetric(key)) throw AppError.validation("metricKey", { zh: "没有这个指标", en: "Unknown metric" });
}

/** Targets are data: district admins set them per scope, year and metric (DESIGN.md §2). */
export const targetsResource = defineResource({
  name: "targets",
  label: { zh: "目标", en: "Target" },
  model: (db) => db.target,
  include: { town: true },
  schemas: { create: ZTargetCreate, update: ZTargetUpdate, filter: ZTargetFilter, dto: ZTarget },
  sortable: ["year", "metricKey", "value"],
  defaultSort: { field: "year", order: "ASC" },
  policy: { read: STAFF_ROLES, create: ["DISTRICT_ADMIN"], update: ["DISTRICT_ADMIN"], delete: ["DISTRICT_ADMIN"] },
  scope: { read: () => ({}), write: (u) => (u?.role === "DISTRICT_ADMIN" ? {} : NO_ROWS) },
  filterToWhere: (f) => ({
    ...(f.year ? { year: f.year } : {}),
    ...(f.metricKey ? { metricKey: f.metricKey } : {}),
    ...(f.townId ? { townId: f.townId } : {}),
  }),
  toDto: toTargetDto,
  prepareCreate: async (_ctx, input) => {
    checkMetric(input.metricKey);
    return { id: newId(), ...input, townId: input.townId ?? null, scopeKey: input.townId ?? "DISTRICT" };
  },
  prepareUpdate: async (_ctx, existing, input) => {
    checkMetric(input.metricKey);
    return { ...input, ...(input.townId !== undefined ? { scopeKey: input.townId ?? "DISTRICT" } : {}) };
  },
});

/** Progress of every matching target: the metric's formula over live data. */
export async function targetProgress(ctx: TContext, filter: { year?: number; townId?: string | null; metricKey?: string }) {
  const rows = await ctx.db.target.findMany({
    where: {
      ...(filter.year ? { year: filter.year } : {}),
      ...(filter.metricKey ? { metricKey: filter.metricKey } : {}),
      ...(filter.townId !== undefined ? { townId: filter.townId } : {}),
    },
    include: { town: true },
    orderBy: [{ year: "asc" }, { metricKey: "asc" }],
  });
  const thisYear = shanghaiYear(ctx.now());
  const out = [];
  for (const t of rows) {
    const metric = getMetric(t.metricKey);
    if (!metric) continue; // a target whose feature is not installed
    // a future target is measured as of today
    const actual = await metric.compute(ctx, { year: Math.min(t.year, thisYear), townId: t.townId });
    out.push({
      targetId: t.id,
      metricKey: t.metricKey,
      label: metric.label,
      unit: metric.unit,
      year: t.year,
      scopeKey: t.scopeKey,
      townId: t.townId,
      townName: t.town?.name ?? null,
      target: t.value,
      actual,
      ratio: t.value > 0 ? actual / t.value : 0,
      kind: metric.kind ?? "stock",
      boardOrder: metric.boardOrder ?? null,
      source: t.source ?? null,
      note: t.note ?? null,
    });
  }
  return out;
}

export const targetsRouters = {
  targets: mergeRouters(
    targetsResource.router,
    router({
      progress: procedure("public", { description: "Progress of targets against live data" })
        .input(
          z
            .object({
              year: z.number().int().min(2000).max(2100).optional(),
              townId: z.string().max(64).nullable().optional(),
              metricKey: z.string().max(80).optional(),
            })
            .optional(),
        )
        .output(z.array(ZTargetProgress))
        .query(({ ctx, input }) => targetProgress(ctx, input ?? {})),
      metrics: procedure(STAFF_ROLES, { description: "Metric keys that targets can use" })
        .output(z.array(ZMetricInfo))
        .query(() => listMetrics().map((m) => ({ key: m.key, label: m.label, unit: m.unit, kind: m.kind ?? "stock" }))),
    }),
  ),
};

/** This feature's server manifest (packages/api composes the list). */
export const serverFeature = defineServerFeature({
  name: "targets",
  routers: targetsRouters,
});
