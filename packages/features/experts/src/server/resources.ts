import { dateOfDay, dayOrNull, isoOrNull, searchTextFor } from "@qifu/domain";
import { newId } from "@qifu/db";
import { CARRIER_PLACE_INCLUDE, carrierPlaceOf, carrierPlaceWhere, carrierScope, checkCarrierPlace } from "@qifu/carrier-kit/server";
import { CARRIER_POLICY } from "@qifu/carrier-kit/schemas";
import { defineResource, type TContext } from "@qifu/trpc-core";
import { ZExpert, ZExpertCreate, ZExpertFilter, ZExpertUpdate, type TExpert, type TExpertCreate, type TExpertUpdate } from "../schemas";

export const EXPERTS_LABEL = { zh: "专家库", en: "expert" };
export const EXPERTS_INCLUDE = CARRIER_PLACE_INCLUDE;

/** Who reaches which rows, for reads and writes alike (the carrier kit's scope: district, own town, own node). */
export const expertScope = carrierScope;

export function toExpertDto(row: any): TExpert {
  return {
    id: row.id,
    name: row.name,
    ...carrierPlaceOf(row),
    status: row.status,
    openedOn: dayOrNull(row.openedOn),
    description: row.description,
    createdAt: isoOrNull(row.createdAt)!,
    updatedAt: isoOrNull(row.updatedAt)!,
  };
}

const searchText = (p: { name: string; description?: string | null }, townName: string) => searchTextFor(p.name, p.description, townName);

export async function prepareExpertCreate(ctx: TContext, input: TExpertCreate) {
  const town = await checkCarrierPlace(ctx, input.townId, input.operatorNodeId);
  return {
    id: newId(),
    ...input,
    operatorNodeId: input.operatorNodeId ?? null,
    openedOn: dateOfDay(input.openedOn) ?? null,
    searchText: searchText(input, town.name),
  };
}

export async function prepareExpertUpdate(ctx: TContext, existing: any, input: TExpertUpdate) {
  const merged = { ...existing, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
  const town = await checkCarrierPlace(ctx, merged.townId, merged.operatorNodeId);
  return {
    ...input,
    ...(input.openedOn !== undefined ? { openedOn: dateOfDay(input.openedOn) } : {}),
    searchText: searchText(merged, town.name),
  };
}

export const expertsResource = defineResource({
  name: "experts",
  label: EXPERTS_LABEL,
  model: (db) => db.expert,
  searchTable: "expert",
  include: EXPERTS_INCLUDE,
  schemas: { create: ZExpertCreate, update: ZExpertUpdate, filter: ZExpertFilter, dto: ZExpert },
  sortable: ["name", "townId", "status", "openedOn", "createdAt", "updatedAt"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  // the district creates and configures; a town admin manages its town's; the operator node edits its own
  policy: CARRIER_POLICY,
  scope: { read: expertScope, write: expertScope },
  outOfScope: {
    zh: "只能在本镇街（运营节点：本节点）范围内操作专家库",
    en: "You can only manage experts of your own town (operators: of your own node)",
  },
  filterToWhere: (f) => ({
    ...carrierPlaceWhere(f),
    ...(f.status ? { status: f.status } : {}),
  }),
  toDto: toExpertDto,
  prepareCreate: prepareExpertCreate,
  prepareUpdate: prepareExpertUpdate,
});
