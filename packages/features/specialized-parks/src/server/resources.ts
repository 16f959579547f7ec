import { AppError, searchTextFor, isoOrNull, dayOrNull, dateOfDay } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { CARRIER_PLACE_INCLUDE, carrierPlaceOf, carrierPlaceWhere, carrierScope, checkCarrierPlace } from "@qifu/carrier-kit/server";
import { CARRIER_EDITORS, CARRIER_POLICY } from "@qifu/carrier-kit/schemas";
import { defineResource, type TContext } from "@qifu/trpc-core";
import {
  ZSpecializedPark,
  ZSpecializedParkCreate,
  ZSpecializedParkFilter,
  ZSpecializedParkUpdate,
  type TSpecializedPark,
  type TSpecializedParkCreate,
  type TSpecializedParkUpdate,
} from "../schemas";

export const SPECIALIZED_PARKS_LABEL = { zh: "专精特新产业园", en: "specialized park" };
export const SPECIALIZED_PARKS_INCLUDE = { ...CARRIER_PLACE_INCLUDE, _count: { select: { residents: true } } } as const;
export const SPECIALIZED_PARKS_EDITORS = CARRIER_EDITORS;

/** Who reaches which rows, for reads and writes alike (the carrier kit's scope). */
export const specializedParkScope = carrierScope;

/** A park as read by its resource (`SPECIALIZED_PARKS_INCLUDE`). */
export type TSpecializedParkRow = Prisma.SpecializedParkGetPayload<{ include: typeof SPECIALIZED_PARKS_INCLUDE }>;

export function toSpecializedParkDto(row: TSpecializedParkRow): TSpecializedPark {
  return {
    id: row.id,
    name: row.name,
    ...carrierPlaceOf(row),
    developer: row.developer,
    leadingIndustry: row.leadingIndustry,
    address: row.address,
    landAreaSqm: row.landAreaSqm,
    floorAreaSqm: row.floorAreaSqm,
    // an enum-like text column, written only through the schemas' enum
    status: row.status as TSpecializedPark["status"],
    openedOn: dayOrNull(row.openedOn),
    description: row.description,
    residentCount: row._count?.residents ?? 0,
    createdAt: isoOrNull(row.createdAt)!,
    updatedAt: isoOrNull(row.updatedAt)!,
  };
}

type TSearchable = {
  name: string;
  developer: string;
  leadingIndustry?: string | null;
  address?: string | null;
  description?: string | null;
};
const searchText = (p: TSearchable, townName: string) =>
  searchTextFor(p.name, p.developer, p.leadingIndustry, p.address, p.description, townName);

/** A park's floor area cannot exceed what its land carries at a plot ratio of 10; an operating park has its opening date. */
function checkFigures(p: { landAreaSqm: number; floorAreaSqm: number; status: string; openedOn?: string | Date | null }) {
  if (p.floorAreaSqm > p.landAreaSqm * 10)
    throw AppError.validation("floorAreaSqm", {
      zh: "建筑面积不应超过占地面积的10倍，请核对单位（平方米）",
      en: "Floor area above 10× the land area: check the unit (m²)",
    });
  if (p.status === "OPERATING" && !p.openedOn)
    throw AppError.validation("openedOn", { zh: "运营中的园区须填写投入运营日期", en: "An operating park needs its operating-since date" });
}

export async function prepareSpecializedParkCreate(ctx: TContext, input: TSpecializedParkCreate) {
  const town = await checkCarrierPlace(ctx, input.townId, input.operatorNodeId);
  checkFigures(input);
  return {
    id: newId(),
    ...input,
    operatorNodeId: input.operatorNodeId ?? null,
    openedOn: dateOfDay(input.openedOn) ?? null,
    searchText: searchText(input, town.name),
  };
}

export async function prepareSpecializedParkUpdate(ctx: TContext, existing: TSpecializedParkRow, input: TSpecializedParkUpdate) {
  const merged = { ...existing, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
  const town = await checkCarrierPlace(ctx, merged.townId, merged.operatorNodeId);
  checkFigures(merged);
  return {
    ...input,
    ...(input.openedOn !== undefined ? { openedOn: dateOfDay(input.openedOn) } : {}),
    searchText: searchText(merged, town.name),
  };
}

export const specializedParksResource = defineResource({
  name: "specializedParks",
  label: SPECIALIZED_PARKS_LABEL,
  model: (db) => db.specializedPark,
  searchTable: "specialized_park",
  include: SPECIALIZED_PARKS_INCLUDE,
  schemas: { create: ZSpecializedParkCreate, update: ZSpecializedParkUpdate, filter: ZSpecializedParkFilter, dto: ZSpecializedPark },
  sortable: ["name", "townId", "status", "landAreaSqm", "floorAreaSqm", "openedOn", "createdAt", "updatedAt"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  // the district creates and configures; a town admin manages its town's; the operator node edits its own
  policy: CARRIER_POLICY,
  scope: { read: specializedParkScope, write: specializedParkScope },
  outOfScope: {
    zh: "只能在本镇街范围内操作产业园（园区运营节点人员：只能维护本节点运营的园区）",
    en: "You can only manage parks of your own town (operator staff: the parks your node runs)",
  },
  filterToWhere: (f) => ({
    ...carrierPlaceWhere(f),
    ...(f.status ? { status: f.status } : {}),
  }),
  toDto: toSpecializedParkDto,
  prepareCreate: prepareSpecializedParkCreate,
  prepareUpdate: prepareSpecializedParkUpdate,
});
