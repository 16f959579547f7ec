import { RecognitionLevel } from "@qifu/domain";
import {
  activeByYearWhere,
  countsByEnum,
  countsByTown,
  districtProgress,
  groupCount,
  townsOfScope,
  type TCarrierStatsKit,
} from "@qifu/carrier-kit/server";
import { defineMetric, type TContext, type TWhere } from "@qifu/trpc-core";
import {
  FinancingKind,
  INNOVATION_BASES_COUNT_METRIC,
  INNOVATION_BASES_GRADUATIONS_METRIC,
  INNOVATION_BASES_GROWN_METRIC,
  InnovationBaseKind,
  TARGET_YEARS,
  type TBaseFigures,
  type TInnovationBasesStats,
} from "../schemas";
import { occupancyOf } from "./resources";
import { aboveSizeConfirmed } from "./residents";

const startOf = (year: number) => new Date(Date.UTC(year, 0, 1));

/** Active bases opened on or before the end of `year` (no opening date: counted from the start). */
export function activeInnovationBasesWhere(year: number): TWhere {
  return activeByYearWhere(year, "ACTIVE", "openedOn");
}

export const innovationBasesCountMetric = defineMetric({
  key: INNOVATION_BASES_COUNT_METRIC,
  label: { zh: "创新创业基地数量", en: "Innovation bases" },
  unit: { zh: "个", en: "bases" },
  compute: (ctx, { year, townId }) =>
    ctx.db.innovationBase.count({ where: { AND: [activeInnovationBasesWhere(year), townId ? { townId } : {}] } }),
});

/** Graduations (毕业企业) of the year, in the bases of the district or of one town. */
export const innovationBasesGraduationsMetric = defineMetric({
  key: INNOVATION_BASES_GRADUATIONS_METRIC,
  label: { zh: "创新创业基地毕业企业", en: "Graduations from innovation bases" },
  unit: { zh: "家", en: "enterprises" },
  compute: (ctx, { year, townId }) =>
    ctx.db.innovationBaseResident.count({
      where: { graduatedOn: { gte: startOf(year), lt: startOf(year + 1) }, ...(townId ? { base: { townId } } : {}) },
    }),
});

/** Residents that moved in by the end of `year` below designated size and are above it now (小升规). */
async function grownAboveSize(ctx: TContext, where: TWhere) {
  const rows = await ctx.db.innovationBaseResident.findMany({
    where: { AND: [where, { aboveSizeAtEntry: false }] },
    select: { enterprise: { select: { industryCode: true, confirmedRevenueWan: true } } },
  });
  return rows.filter((r) => aboveSizeConfirmed(r.enterprise) === true).length;
}

export const innovationBasesGrownMetric = defineMetric({
  key: INNOVATION_BASES_GROWN_METRIC,
  label: { zh: "基地企业成长为规上企业", en: "Residents grown above designated size" },
  unit: { zh: "家", en: "enterprises" },
  compute: (ctx, { year, townId }) =>
    grownAboveSize(ctx, { movedInOn: { lt: startOf(year + 1) }, ...(townId ? { base: { townId } } : {}) }),
});

/** Occupancy, graduations per year, residents grown above size and money raised, over the bases `where` selects. */
export async function baseFigures(ctx: TContext, where: TWhere): Promise<TBaseFigures> {
  const db = ctx.db;
  const [bases, residents, financings, grown] = await Promise.all([
    db.innovationBase.findMany({ where, select: { floorAreaTotal: true, floorAreaAvailable: true } }),
    db.innovationBaseResident.findMany({ where: { base: where }, select: { graduatedOn: true, leftOn: true } }),
    db.innovationBaseFinancing.groupBy({ by: ["kind"], where: { base: where }, _sum: { amountFen: true }, _count: { _all: true } }),
    grownAboveSize(ctx, { base: where }),
  ]);
  const total = bases.reduce((s, b) => s + b.floorAreaTotal, 0);
  const available = bases.reduce((s, b) => s + b.floorAreaAvailable, 0);
  const years = new Map<number, number>();
  for (const r of residents)
    if (r.graduatedOn) years.set(r.graduatedOn.getUTCFullYear(), (years.get(r.graduatedOn.getUTCFullYear()) ?? 0) + 1);
  const byKind = FinancingKind.values.map((kind) => {
    const g = financings.find((f) => f.kind === kind);
    return { kind, amountFen: Number(g?._sum.amountFen ?? 0), count: g?._count._all ?? 0 };
  });
  return {
    occupancy: occupancyOf(total, available),
    inResidence: residents.filter((r) => !r.graduatedOn && !r.leftOn).length,
    graduated: residents.filter((r) => r.graduatedOn).length,
    left: residents.filter((r) => !r.graduatedOn && r.leftOn).length,
    graduationsByYear: [...years.entries()].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count })),
    grownAboveSize: grown,
    financingFen: byKind.reduce((s, k) => s + k.amountFen, 0),
    financingByKind: byKind,
  };
}

/** The board's figures: a town admin sees its own town, an operator its node's bases (`ownNodeStats`), every other staff role the district. */
export async function innovationBasesStats(ctx: TContext, kit: TCarrierStatsKit): Promise<TInnovationBasesStats> {
  const scope = kit.scope;
  const db = ctx.db;
  const [total, active, byTown, byKind, byLevel, towns, figures, progress, graduationProgress] = await Promise.all([
    db.innovationBase.count({ where: scope }),
    db.innovationBase.count({ where: { AND: [scope, { status: "ACTIVE" }] } }),
    db.innovationBase.groupBy({ by: ["townId"], where: { AND: [scope, { status: "ACTIVE" }] }, _count: { _all: true } }),
    db.innovationBase.groupBy({ by: ["kind"], where: { AND: [scope, { status: "ACTIVE" }] }, _count: { _all: true } }),
    db.innovationBase.groupBy({ by: ["recognitionLevel"], where: { AND: [scope, { status: "ACTIVE" }] }, _count: { _all: true } }),
    townsOfScope(ctx, scope),
    baseFigures(ctx, { AND: [scope, { status: "ACTIVE" }] }),
    kit.progress(),
    districtProgress(ctx, innovationBasesGraduationsMetric, TARGET_YEARS),
  ]);
  const areas = await db.innovationBase.aggregate({
    where: { AND: [scope, { status: "ACTIVE" }] },
    _sum: { floorAreaTotal: true, floorAreaAvailable: true },
  });
  return {
    total,
    active,
    byTown: countsByTown(towns, groupCount(byTown, "townId")),
    byKind: countsByEnum(InnovationBaseKind, groupCount(byKind, "kind")),
    byLevel: countsByEnum(RecognitionLevel, groupCount(byLevel, "recognitionLevel")),
    floorAreaTotal: areas._sum.floorAreaTotal ?? 0,
    floorAreaAvailable: areas._sum.floorAreaAvailable ?? 0,
    occupancy: figures.occupancy,
    inResidence: figures.inResidence,
    graduationsByYear: figures.graduationsByYear,
    grownAboveSize: figures.grownAboveSize,
    financingFen: figures.financingFen,
    progress,
    graduationProgress,
  };
}
