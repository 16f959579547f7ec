import { AppError, isAboveDesignatedSize, searchTextFor, type TLabel, isoOrNull, dayOrNull, dateOfDay } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import {
  assertCarrierTown,
  CARRIER_PLACE_INCLUDE,
  carrierPlaceOf,
  carrierPlaceWhere,
  carrierScope,
  checkCarrierLink,
  checkCarrierPlace,
} from "@qifu/carrier-kit/server";
import { CARRIER_EDITORS, CARRIER_POLICY } from "@qifu/carrier-kit/schemas";
import { defineResource, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import {
  BASE_ADMIN_ONLY_FIELDS,
  InnovationBaseKind,
  ZFinancing,
  ZFinancingCreate,
  ZFinancingFilter,
  ZFinancingUpdate,
  ZInnovationBase,
  ZInnovationBaseCreate,
  ZInnovationBaseFilter,
  ZInnovationBaseUpdate,
  ZResident,
  ZResidentCreate,
  ZResidentFilter,
  ZResidentUpdate,
  type TFinancing,
  type TFinancingCreate,
  type TFinancingUpdate,
  type TInnovationBase,
  type TInnovationBaseCreate,
  type TInnovationBaseUpdate,
  type TResident,
  type TResidentCreate,
  type TResidentUpdate,
  type TResidencyStatus,
} from "../schemas";

export const INNOVATION_BASE_LABEL = { zh: "创新创业基地", en: "Innovation base" };
const RESIDENT_LABEL = { zh: "入驻企业", en: "Resident enterprise" };
const FINANCING_LABEL = { zh: "融资记录", en: "Financing" };
export const INNOVATION_BASE_EDITORS = CARRIER_EDITORS;

/**
 * Who reaches which bases, for reads and writes alike: the district all, a town admin those in
 * its town, a node operator those its node operates; nobody else any.
 */
export const innovationBaseScope = carrierScope;
/** Residents and financings follow their base. */
const throughBase = (user: TSessionUser | null): TWhere => ({ base: innovationBaseScope(user) });

export const occupancyOf = (total: number, available: number) => (total > 0 ? Math.max(0, Math.min(1, (total - available) / total)) : 0);

// ---- bases ------------------------------------------------------------------------------------

export const INNOVATION_BASE_INCLUDE = {
  ...CARRIER_PLACE_INCLUDE,
  _count: { select: { residents: { where: { graduatedOn: null, leftOn: null } } } },
  residents: { where: { graduatedOn: { not: null } }, select: { id: true } },
} as const;

/** A base as read by its resource (`INNOVATION_BASE_INCLUDE`). */
export type TInnovationBaseRow = Prisma.InnovationBaseGetPayload<{ include: typeof INNOVATION_BASE_INCLUDE }>;

export function toInnovationBaseDto(row: TInnovationBaseRow): TInnovationBase {
  return {
    id: row.id,
    name: row.name,
    // enum-like text columns, written only through the schemas' enums
    kind: row.kind as TInnovationBase["kind"],
    recognitionLevel: row.recognitionLevel as TInnovationBase["recognitionLevel"],
    ...carrierPlaceOf(row),
    operatorName: row.operatorName,
    address: row.address,
    floorAreaTotal: row.floorAreaTotal,
    floorAreaAvailable: row.floorAreaAvailable,
    occupancy: occupancyOf(row.floorAreaTotal, row.floorAreaAvailable),
    sharedFacilities: row.sharedFacilities ?? [],
    serviceTeamSize: row.serviceTeamSize,
    mentorCount: row.mentorCount,
    serviceTeamNote: row.serviceTeamNote,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    status: row.status as TInnovationBase["status"],
    openedOn: dayOrNull(row.openedOn),
    description: row.description,
    residentCount: row._count?.residents ?? 0,
    graduatedCount: row.residents?.length ?? 0,
    createdAt: isoOrNull(row.createdAt)!,
    updatedAt: isoOrNull(row.updatedAt)!,
  };
}

/** The town must exist; the operator node, if any, must be in that town (or district-level). */
const checkPlace = (ctx: TContext, townId: string, operatorNodeId: string | null | undefined) =>
  checkCarrierPlace(ctx, townId, operatorNodeId, { zh: "基地", en: "Base" });

function checkArea(p: { floorAreaTotal: number; floorAreaAvailable: number }) {
  if (p.floorAreaAvailable > p.floorAreaTotal)
    throw AppError.validation("floorAreaAvailable", {
      zh: "可用面积不能大于总面积",
      en: "The available area cannot exceed the total floor area",
    });
}

const baseSearchText = (
  p: {
    name: string;
    kind: string;
    operatorName: string;
    address?: string | null;
    description?: string | null;
    sharedFacilities?: string[];
  },
  townName: string,
) =>
  searchTextFor(
    p.name,
    InnovationBaseKind.label(p.kind as never),
    p.operatorName,
    p.address,
    p.description,
    (p.sharedFacilities ?? []).join(" "),
    townName,
  );

export async function prepareInnovationBaseCreate(ctx: TContext, input: TInnovationBaseCreate) {
  assertCarrierTown(ctx, input.townId, OUT_OF_SCOPE);
  const town = await checkPlace(ctx, input.townId, input.operatorNodeId);
  checkArea(input);
  return {
    id: newId(),
    ...input,
    operatorNodeId: input.operatorNodeId ?? null,
    openedOn: dateOfDay(input.openedOn) ?? null,
    searchText: baseSearchText(input, town.name),
  };
}

export async function prepareInnovationBaseUpdate(ctx: TContext, existing: TInnovationBaseRow, input: TInnovationBaseUpdate) {
  if (ctx.user?.role === "NODE_OPERATOR") {
    const locked = BASE_ADMIN_ONLY_FIELDS.filter((f) => input[f] !== undefined && input[f] !== existing[f]);
    if (locked.length)
      throw new AppError(
        "FORBIDDEN",
        {
          zh: "运营节点不能修改基地的所属镇街、运营节点、类型、认定级别和状态",
          en: "An operator node cannot change the base's town, operator node, kind, recognition level or status",
        },
        locked.map((f) => ({ path: f, message: { zh: "由管理员维护", en: "Maintained by the administrators" } })),
      );
  }
  const merged = { ...existing, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
  assertCarrierTown(ctx, merged.townId, OUT_OF_SCOPE);
  const town = await checkPlace(ctx, merged.townId, merged.operatorNodeId);
  checkArea(merged);
  return {
    ...input,
    ...(input.openedOn !== undefined ? { openedOn: dateOfDay(input.openedOn) } : {}),
    searchText: baseSearchText(merged, town.name),
  };
}

export const innovationBasesResource = defineResource({
  name: "innovationBases",
  label: INNOVATION_BASE_LABEL,
  model: (db) => db.innovationBase,
  searchTable: "innovation_base",
  include: INNOVATION_BASE_INCLUDE,
  schemas: { create: ZInnovationBaseCreate, update: ZInnovationBaseUpdate, filter: ZInnovationBaseFilter, dto: ZInnovationBase },
  sortable: ["name", "kind", "recognitionLevel", "townId", "status", "floorAreaTotal", "openedOn", "createdAt", "updatedAt"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  // the district creates and configures; a town admin manages its town's; the operator node edits its own
  policy: CARRIER_POLICY,
  scope: { read: innovationBaseScope, write: innovationBaseScope },
  outOfScope: {
    zh: "只能在本镇街（运营节点：本节点）范围内操作创新创业基地",
    en: "You can only manage innovation bases of your own town (operators: of your own node)",
  },
  filterToWhere: (f) => ({
    ...carrierPlaceWhere(f),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.recognitionLevel ? { recognitionLevel: f.recognitionLevel } : {}),
    ...(f.status ? { status: f.status } : {}),
  }),
  toDto: toInnovationBaseDto,
  prepareCreate: prepareInnovationBaseCreate,
  prepareUpdate: prepareInnovationBaseUpdate,
});

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

const problem = (path: string, message: TLabel) => AppError.validation(path, message);
const OUT_OF_SCOPE = {
  zh: "只能管理本镇街（运营节点：本节点）的创新创业基地",
  en: "You can only manage innovation bases of your own town (operators: of your own node)",
};
const outOfScope = () => new AppError("FORBIDDEN", OUT_OF_SCOPE);

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

// ---- financings -------------------------------------------------------------------------------

export const FINANCING_INCLUDE = {
  base: { select: { name: true } },
  resident: { select: { enterpriseId: true, enterprise: { select: { name: true } } } },
} as const;

/** A financing as read by its resource (`FINANCING_INCLUDE`). */
export type TFinancingRow = Prisma.InnovationBaseFinancingGetPayload<{ include: typeof FINANCING_INCLUDE }>;

export function toFinancingDto(row: TFinancingRow): TFinancing {
  return {
    id: row.id,
    baseId: row.baseId,
    baseName: row.base?.name ?? "",
    residentId: row.residentId,
    enterpriseId: row.resident?.enterpriseId ?? "",
    enterpriseName: row.resident?.enterprise?.name ?? "",
    // an enum-like text column, written only through the schema's enum
    kind: row.kind as TFinancing["kind"],
    amountFen: Number(row.amountFen),
    investor: row.investor,
    receivedOn: dayOrNull(row.receivedOn)!,
    note: row.note,
    createdAt: isoOrNull(row.createdAt)!,
    updatedAt: isoOrNull(row.updatedAt)!,
  };
}

/** Money raised while resident: on or after move-in, and not after graduating or leaving. */
function checkReceivedOn(resident: { movedInOn: Date; graduatedOn: Date | null; leftOn: Date | null }, receivedOn: string) {
  if (receivedOn < dayOrNull(resident.movedInOn)!)
    throw problem("receivedOn", {
      zh: "到位日期不能早于企业入驻日期（只统计在孵期间获得的融资）",
      en: "The date cannot be before the move-in date (only money raised while resident counts)",
    });
  const out = resident.graduatedOn ?? resident.leftOn;
  if (out && receivedOn > dayOrNull(out)!)
    throw problem("receivedOn", {
      zh: "到位日期不能晚于企业毕业或迁出日期",
      en: "The date cannot be after the enterprise graduated or left",
    });
}

export async function prepareFinancingCreate(ctx: TContext, input: TFinancingCreate) {
  const resident = await ctx.db.innovationBaseResident.findUnique({
    where: { id: input.residentId },
    select: { baseId: true, movedInOn: true, graduatedOn: true, leftOn: true },
  });
  if (!resident) throw problem("residentId", { zh: "入驻企业不存在", en: "The resident does not exist" });
  if (
    !(await ctx.db.innovationBase.findFirst({
      where: { AND: [{ id: resident.baseId }, innovationBaseScope(ctx.user)] },
      select: { id: true },
    }))
  )
    throw outOfScope();
  checkReceivedOn(resident, input.receivedOn);
  return { id: newId(), ...input, baseId: resident.baseId, amountFen: BigInt(input.amountFen), receivedOn: dateOfDay(input.receivedOn)! };
}

export async function prepareFinancingUpdate(ctx: TContext, existing: TFinancingRow, input: TFinancingUpdate) {
  if (input.receivedOn !== undefined) {
    const resident = await ctx.db.innovationBaseResident.findUniqueOrThrow({
      where: { id: existing.residentId },
      select: { movedInOn: true, graduatedOn: true, leftOn: true },
    });
    checkReceivedOn(resident, input.receivedOn);
  }
  return {
    ...input,
    ...(input.amountFen !== undefined ? { amountFen: BigInt(input.amountFen) } : {}),
    ...(input.receivedOn !== undefined ? { receivedOn: dateOfDay(input.receivedOn) } : {}),
  };
}

export const financingsResource = defineResource({
  name: "innovationBaseFinancings",
  label: FINANCING_LABEL,
  model: (db) => db.innovationBaseFinancing,
  include: FINANCING_INCLUDE,
  schemas: { create: ZFinancingCreate, update: ZFinancingUpdate, filter: ZFinancingFilter, dto: ZFinancing },
  sortable: ["receivedOn", "amountFen", "kind", "createdAt", "updatedAt"],
  defaultSort: { field: "receivedOn", order: "DESC" },
  policy: {
    read: INNOVATION_BASE_EDITORS,
    create: INNOVATION_BASE_EDITORS,
    update: INNOVATION_BASE_EDITORS,
    delete: INNOVATION_BASE_EDITORS,
  },
  scope: { read: throughBase, write: throughBase },
  outOfScope: {
    zh: "只能管理本镇街（运营节点：本节点）基地的融资记录",
    en: "You can only manage financings of your own town's bases (operators: of your own base)",
  },
  filterToWhere: (f) => ({
    ...(f.baseId ? { baseId: f.baseId } : {}),
    ...(f.residentId ? { residentId: f.residentId } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
  }),
  toDto: toFinancingDto,
  prepareCreate: prepareFinancingCreate,
  prepareUpdate: prepareFinancingUpdate,
});
