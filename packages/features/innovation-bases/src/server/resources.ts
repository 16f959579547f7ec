import { AppError, searchTextFor, isoOrNull, dayOrNull, dateOfDay } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import {
  assertCarrierTown,
  CARRIER_PLACE_INCLUDE,
  carrierPlaceOf,
  carrierPlaceWhere,
  carrierScope,
  checkCarrierPlace,
} from "@qifu/carrier-kit/server";
import { CARRIER_EDITORS, CARRIER_POLICY } from "@qifu/carrier-kit/schemas";
import { defineResource, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import {
  BASE_ADMIN_ONLY_FIELDS,
  InnovationBaseKind,
  ZInnovationBase,
  ZInnovationBaseCreate,
  ZInnovationBaseFilter,
  ZInnovationBaseUpdate,
  type TInnovationBase,
  type TInnovationBaseCreate,
  type TInnovationBaseUpdate,
} from "../schemas";

export const INNOVATION_BASE_LABEL = { zh: "创新创业基地", en: "Innovation base" };
export const RESIDENT_LABEL = { zh: "入驻企业", en: "Resident enterprise" };
export const FINANCING_LABEL = { zh: "融资记录", en: "Financing" };
/** What a staff member outside the base's town (or node) is told. */
export const OUT_OF_SCOPE = {
  zh: "只能管理本镇街（运营节点：本节点）的创新创业基地",
  en: "You can only manage innovation bases of your own town (operators: of your own node)",
};
export const INNOVATION_BASE_EDITORS = CARRIER_EDITORS;

/**
 * Who reaches which bases, for reads and writes alike: the district all, a town admin those in
 * its town, a node operator those its node operates; nobody else any.
 */
export const innovationBaseScope = carrierScope;
/** Residents and financings follow their base. */
export const throughBase = (user: TSessionUser | null): TWhere => ({ base: innovationBaseScope(user) });

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
