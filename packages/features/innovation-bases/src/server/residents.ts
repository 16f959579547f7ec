// The residents of a base: who moved in when, graduated or left, and whether they grew above designated size.
import { AppError, isAboveDesignatedSize, type TLabel, isoOrNull, dayOrNull, dateOfDay } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { checkCarrierLink } from "@qifu/carrier-kit/server";
import { defineResource, type TContext } from "@qifu/trpc-core";
import {
  ZResident,
  ZResidentCreate,
  ZResidentFilter,
  ZResidentUpdate,
  type TResident,
  type TResidentCreate,
  type TResidentUpdate,
  type TResidencyStatus,
} from "../schemas";
import { RESIDENT_LABEL, throughBase, innovationBaseScope, INNOVATION_BASE_EDITORS, OUT_OF_SCOPE } from "./resources";

// ---- residents --------------------------------------------------------------------------------

export const RESIDENT_INCLUDE = {
  base: { select: { name: true } },
  enterprise: { select: { name: true, tier: true, sizeClass: true, industryCode: true, confirmedRevenueWan: true } },
  financings: { select: { amountFen: true } },
} as const;

export const residencyStatusOf = (r: { graduatedOn: Date | null; leftOn: Date | null }): TResidencyStatus =>
  r.graduatedOn ? "GRADUATED" : r.leftOn ? "LEFT" : "IN_RESIDENCE";
/** 小升规 while resident: above designated size now, not at move-in. */
export const grewAboveSize = (r: { aboveSizeAtEntry: boolean; enterprise?: TConfirmedRevenue | null }) =>
  !r.aboveSizeAtEntry && !!r.enterprise && aboveSizeConfirmed(r.enterprise) === true;
/** Above designated size by the revenue a town admin confirmed (self-reported figures do not count, issue 11 point 11). */
type TConfirmedRevenue = { industryCode: string | null; confirmedRevenueWan: number | null };
export const aboveSizeConfirmed = (e: TConfirmedRevenue) =>
  isAboveDesignatedSize({ industryCode: e.industryCode, revenueWan: e.confirmedRevenueWan });

/** A residency as read by its resource (`RESIDENT_INCLUDE`). */
export type TResidentRow = Prisma.InnovationBaseResidentGetPayload<{ include: typeof RESIDENT_INCLUDE }>;

export function toResidentDto(row: TResidentRow): TResident {
  const aboveSizeNow = row.enterprise ? aboveSizeConfirmed(row.enterprise) : null;
  return {
    id: row.id,
    baseId: row.baseId,
    baseName: row.base?.name ?? "",
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterprise?.name ?? "",
    // enum-like text columns, written only through the schemas' enums
    enterpriseTier: (row.enterprise?.tier ?? "NONE") as TResident["enterpriseTier"],
    enterpriseSizeClass: (row.enterprise?.sizeClass ?? null) as TResident["enterpriseSizeClass"],
    aboveSizeNow,
    aboveSizeAtEntry: row.aboveSizeAtEntry,
    grownAboveSize: grewAboveSize(row),
    tierAtEntry: row.tierAtEntry as TResident["tierAtEntry"],
    movedInOn: dayOrNull(row.movedInOn)!,
    graduatedOn: dayOrNull(row.graduatedOn),
    leftOn: dayOrNull(row.leftOn),
    status: residencyStatusOf(row),
    areaUsed: row.areaUsed,
    note: row.note,
    financingFen: (row.financings ?? []).reduce((s, f) => s + Number(f.amountFen), 0),
    createdAt: isoOrNull(row.createdAt)!,
    updatedAt: isoOrNull(row.updatedAt)!,
  };
}

export const problem = (path: string, message: TLabel) => AppError.validation(path, message);
export const outOfScope = () => new AppError("FORBIDDEN", OUT_OF_SCOPE);

/** The dates of a residency make sense: out after in, not both graduated and left. */
function checkResidencyDates(r: { movedInOn: string | Date; graduatedOn?: string | Date | null; leftOn?: string | Date | null }) {
  const d = (v: string | Date | null | undefined) => (v == null ? null : typeof v === "string" ? v : v.toISOString().slice(0, 10));
  const movedIn = d(r.movedInOn)!;
  const graduated = d(r.graduatedOn);
  const left = d(r.leftOn);
  if (graduated && left)
    throw problem("leftOn", {
      zh: "已毕业的企业不能再填写迁出日期（二者只填其一）",
      en: "A graduated enterprise has no separate leaving date (fill in one of the two)",
    });
  if (graduated && graduated < movedIn)
    throw problem("graduatedOn", { zh: "毕业日期不能早于入驻日期", en: "The graduation date cannot be before the move-in date" });
  if (left && left < movedIn)
    throw problem("leftOn", { zh: "迁出日期不能早于入驻日期", en: "The leaving date cannot be before the move-in date" });
}

export async function prepareResidentCreate(ctx: TContext, input: TResidentCreate) {
  if (!(await ctx.db.innovationBase.findUnique({ where: { id: input.baseId }, select: { id: true } })))
    throw problem("baseId", { zh: "创新创业基地不存在", en: "The innovation base does not exist" });
  const enterprise = await checkCarrierLink(ctx, {
    enterpriseId: input.enterpriseId,
    outOfScope: OUT_OF_SCOPE,
    inScope: () =>
      ctx.db.innovationBase.findFirst({ where: { AND: [{ id: input.baseId }, innovationBaseScope(ctx.user)] }, select: { id: true } }),
    loadEnterprise: () =>
      ctx.db.enterprise.findUnique({
        where: { id: input.enterpriseId },
        select: { name: true, tier: true, sizeClass: true, industryCode: true, confirmedRevenueWan: true },
      }),
    existing: () =>
      ctx.db.innovationBaseResident.findUnique({
        where: { baseId_enterpriseId: { baseId: input.baseId, enterpriseId: input.enterpriseId } },
        select: { id: true },
      }),
    already: (name) => ({ zh: `${name} 已是该基地的入驻企业`, en: `${name} is already a resident of this base` }),
    alreadyShort: { zh: "已入驻", en: "Already resident" },
  });
  checkResidencyDates(input);
  return {
    id: newId(),
    ...input,
    movedInOn: dateOfDay(input.movedInOn)!,
    graduatedOn: dateOfDay(input.graduatedOn) ?? null,
    leftOn: dateOfDay(input.leftOn) ?? null,
    areaUsed: input.areaUsed ?? null,
    // the registry's figures at move-in: "grown above size" compares with them
    sizeClassAtEntry: enterprise.sizeClass,
    tierAtEntry: enterprise.tier,
    aboveSizeAtEntry: aboveSizeConfirmed(enterprise) === true,
  };
}

export async function prepareResidentUpdate(_ctx: TContext, existing: TResidentRow, input: TResidentUpdate) {
  const merged = { ...existing, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
  checkResidencyDates(merged);
  return {
    ...input,
    ...(input.movedInOn !== undefined ? { movedInOn: dateOfDay(input.movedInOn) } : {}),
    ...(input.graduatedOn !== undefined ? { graduatedOn: dateOfDay(input.graduatedOn) } : {}),
    ...(input.leftOn !== undefined ? { leftOn: dateOfDay(input.leftOn) } : {}),
  };
}

export const residentsResource = defineResource({
  name: "innovationBaseResidents",
  label: RESIDENT_LABEL,
  model: (db) => db.innovationBaseResident,
  include: RESIDENT_INCLUDE,
  schemas: { create: ZResidentCreate, update: ZResidentUpdate, filter: ZResidentFilter, dto: ZResident },
  sortable: ["movedInOn", "graduatedOn", "leftOn", "createdAt", "updatedAt"],
  defaultSort: { field: "movedInOn", order: "DESC" },
  policy: {
    read: INNOVATION_BASE_EDITORS,
    create: INNOVATION_BASE_EDITORS,
    update: INNOVATION_BASE_EDITORS,
    delete: INNOVATION_BASE_EDITORS,
  },
  scope: { read: throughBase, write: throughBase },
  outOfScope: {
    zh: "只能管理本镇街（运营节点：本节点）基地的入驻企业",
    en: "You can only manage the residents of your own town's bases (operators: of your own base)",
  },
  filterToWhere: (f) => ({
    ...(f.baseId ? { baseId: f.baseId } : {}),
    ...(f.enterpriseId ? { enterpriseId: f.enterpriseId } : {}),
    ...(f.status === "IN_RESIDENCE"
      ? { graduatedOn: null, leftOn: null }
      : f.status === "GRADUATED"
        ? { graduatedOn: { not: null } }
        : f.status === "LEFT"
          ? { leftOn: { not: null } }
          : {}),
  }),
  toDto: toResidentDto,
  prepareCreate: prepareResidentCreate,
  prepareUpdate: prepareResidentUpdate,
});
