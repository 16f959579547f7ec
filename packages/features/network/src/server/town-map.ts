import { z } from "zod";
import { AppError, checkTownBoundaries, shanghaiYear, STAFF_ROLES, type TBoundaryGeometry } from "@qifu/domain";
import { getMetric, listMetrics, procedure, router, type TContext } from "@qifu/trpc-core";
import { ZBoundaryResult, ZBoundaryUpload, ZTownMap, ZTownProfile, type TTownMap, type TTownProfile } from "../schemas";

/** What the map shows until someone chooses: enterprise-times, the plan's headline flow. */
export const DEFAULT_MAP_METRIC = "ledger.enterpriseTimes";

/** Each town unit's service point (its TOWN_UNIT node), for the schematic map and the upload's check. */
async function townPoints(ctx: TContext) {
  const [towns, units] = await Promise.all([
    ctx.db.town.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], include: { boundary: true } }),
    ctx.db.node.findMany({ where: { kind: "TOWN_UNIT" }, select: { townId: true, longitude: true, latitude: true } }),
  ]);
  const pointOf = new Map<string, { lng: number; lat: number }>();
  for (const u of units)
    if (u.townId && u.longitude != null && u.latitude != null) pointOf.set(u.townId, { lng: u.longitude, lat: u.latitude });
  return towns.map((t) => ({ ...t, point: pointOf.get(t.id) ?? null }));
}

/**
 * The map of the 12 town units coloured by one metric (issue 13 point 5): every town's figure by
 * the metric's own formula (the same number the targets and rankings show) and the district's.
 * Staff of any town see every town's figure, as the public target progress and the published
 * rankings already show them side by side.
 */
export async function townMap(ctx: TContext, input: { metricKey?: string; year: number }): Promise<TTownMap> {
  // no choice yet: enterprise-times (or the first metric, where the ledger is not installed)
  const metric = input.metricKey ? getMetric(input.metricKey) : (getMetric(DEFAULT_MAP_METRIC) ?? listMetrics()[0]);
  if (!metric) throw AppError.validation("metricKey", { zh: "没有这个指标", en: "Unknown metric" });
  const year = Math.min(input.year, shanghaiYear(ctx.now()));
  const [towns, centre] = await Promise.all([
    townPoints(ctx),
    ctx.db.node.findFirst({ where: { kind: "DISTRICT_CENTRE" }, select: { longitude: true, latitude: true } }),
  ]);
  const [district, ...values] = await Promise.all([
    metric.compute(ctx, { year, townId: null }),
    ...towns.map((t) => metric.compute(ctx, { year, townId: t.id })),
  ]);
  const uploaded = towns.find((t) => t.boundary)?.boundary ?? null;
  const kindOf = (m: { kind?: "stock" | "flow" | "rate" }) => m.kind ?? "stock";
  return {
    year,
    metric: { key: metric.key, label: metric.label, unit: metric.unit, kind: kindOf(metric) },
    metrics: listMetrics().map((m) => ({ key: m.key, label: m.label, unit: m.unit, kind: kindOf(m) })),
    district,
    centre: centre?.longitude != null && centre.latitude != null ? { lng: centre.longitude, lat: centre.latitude } : null,
    boundaries: uploaded ? { sourceName: uploaded.sourceName, uploadedAt: uploaded.uploadedAt.toISOString() } : null,
    towns: towns.map((t, i) => ({
      townId: t.id,
      code: t.code,
      name: t.name,
      nameEn: t.nameEn,
      point: t.point,
      geometry: (t.boundary?.geometry as TBoundaryGeometry | undefined) ?? null,
      value: values[i],
    })),
  };
}

/** The district's boundary file: checked whole (domain checkTownBoundaries), then all towns replaced at once. */
async function uploadBoundaries(ctx: TContext, input: z.infer<typeof ZBoundaryUpload>) {
  const towns = await townPoints(ctx);
  const { boundaries, problems } = checkTownBoundaries(
    input.geojson,
    towns.map((t) => ({ id: t.id, code: t.code, name: t.name, point: t.point })),
  );
  if (problems.length)
    throw AppError.validation("geojson", {
      zh: `边界文件未导入：${problems.map((p) => p.zh).join("；")}`,
      en: `The boundary file was not imported: ${problems.map((p) => p.en).join("; ")}`,
    });
  // a mutation is one transaction: the old boundaries go only if all the new ones are written
  await ctx.db.townBoundary.deleteMany({});
  await ctx.db.townBoundary.createMany({
    data: boundaries.map((b) => ({
      townId: b.townId,
      geometry: b.geometry,
      sourceName: input.fileName,
      uploadedById: ctx.user?.id ?? null,
    })),
  });
  return { towns: boundaries.length, sourceName: input.fileName };
}

/** One town unit's every figure beside the district's: the page a town opens on from the map. */
export async function townProfile(ctx: TContext, input: { townId: string; year: number }): Promise<TTownProfile> {
  const town = await ctx.db.town.findUnique({ where: { id: input.townId } });
  if (!town) throw AppError.notFound({ zh: "镇街", en: "Town" });
  const year = Math.min(input.year, shanghaiYear(ctx.now()));
  const [nodes, figures] = await Promise.all([
    ctx.db.node.groupBy({ by: ["kind"], where: { townId: town.id, status: "ACTIVE" }, _count: { _all: true } }),
    Promise.all(
      listMetrics().map(async (m) => {
        const [value, district] = await Promise.all([m.compute(ctx, { year, townId: town.id }), m.compute(ctx, { year, townId: null })]);
        return { key: m.key, label: m.label, unit: m.unit, kind: m.kind ?? "stock", value, district };
      }),
    ),
  ]);
  return {
    townId: town.id,
    name: town.name,
    nameEn: town.nameEn,
    year,
    activeNodes: nodes.map((n) => ({ kind: n.kind, count: n._count._all })),
    figures,
  };
}

export const townMapRouter = router({
  townProfile: procedure(STAFF_ROLES, { description: "One town unit's figures for every metric beside the district's" })
    .input(z.object({ townId: z.string().max(64), year: z.number().int().min(2000).max(2100) }))
    .output(ZTownProfile)
    .query(({ ctx, input }) => townProfile(ctx, input)),
  townMap: procedure(STAFF_ROLES, { description: "The town units with one metric's figure each, for the board's map" })
    .input(z.object({ metricKey: z.string().max(80).optional(), year: z.number().int().min(2000).max(2100) }))
    .output(ZTownMap)
    .query(({ ctx, input }) => townMap(ctx, input)),
  uploadBoundaries: procedure(["DISTRICT_ADMIN"], { description: "Replace the town units' boundaries with a validated GeoJSON file" })
    .input(ZBoundaryUpload)
    .output(ZBoundaryResult)
    .mutation(({ ctx, input }) => uploadBoundaries(ctx, input)),
  clearBoundaries: procedure(["DISTRICT_ADMIN"], {
    description: "Remove the uploaded boundaries (the map returns to its schematic layout)",
  })
    .output(z.object({ removed: z.number().int() }))
    .mutation(async ({ ctx }) => ({ removed: (await ctx.db.townBoundary.deleteMany({})).count })),
});
