import { dateOfDay, dayOrNull, isoOrNull, searchTextFor } from "@qifu/domain";
import { newId } from "@qifu/db";
import { CARRIER_PLACE_INCLUDE, carrierPlaceOf, carrierPlaceWhere, carrierScope, checkCarrierPlace } from "@qifu/carrier-kit/server";
import { CARRIER_POLICY } from "@qifu/carrier-kit/schemas";
import { defineResource, type TContext } from "@qifu/trpc-core";
import {
  ZEvaluationScheme,
  ZEvaluationSchemeCreate,
  ZEvaluationSchemeFilter,
  ZEvaluationSchemeUpdate,
  type TEvaluationScheme,
  type TEvaluationSchemeCreate,
  type TEvaluationSchemeUpdate,
} from "../schemas";

export const EVALUATION_LABEL = { zh: "评价考核", en: "evaluation scheme" };
export const EVALUATION_INCLUDE = CARRIER_PLACE_INCLUDE;

/** Who reaches which rows, for reads and writes alike (the carrier kit's scope: district, own town, own node). */
export const evaluationSchemeScope = carrierScope;

export function toEvaluationSchemeDto(row: any): TEvaluationScheme {
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

export async function prepareEvaluationSchemeCreate(ctx: TContext, input: TEvaluationSchemeCreate) {
  const town = await checkCarrierPlace(ctx, input.townId, input.operatorNodeId);
  return {
    id: newId(),
    ...input,
    operatorNodeId: input.operatorNodeId ?? null,
    openedOn: dateOfDay(input.openedOn) ?? null,
    searchText: searchText(input, town.name),
  };
}

export async function prepareEvaluationSchemeUpdate(ctx: TContext, existing: any, input: TEvaluationSchemeUpdate) {
  const merged = { ...existing, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
  const town = await checkCarrierPlace(ctx, merged.townId, merged.operatorNodeId);
  return {
    ...input,
    ...(input.openedOn !== undefined ? { openedOn: dateOfDay(input.openedOn) } : {}),
    searchText: searchText(merged, town.name),
  };
}

export const evaluationResource = defineResource({
  name: "evaluation",
  label: EVALUATION_LABEL,
  model: (db) => db.evaluationScheme,
  searchTable: "evaluation_scheme",
  include: EVALUATION_INCLUDE,
  schemas: { create: ZEvaluationSchemeCreate, update: ZEvaluationSchemeUpdate, filter: ZEvaluationSchemeFilter, dto: ZEvaluationScheme },
  sortable: ["name", "townId", "status", "openedOn", "createdAt", "updatedAt"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  // the district creates and configures; a town admin manages its town's; the operator node edits its own
  policy: CARRIER_POLICY,
  scope: { read: evaluationSchemeScope, write: evaluationSchemeScope },
  outOfScope: {
    zh: "只能在本镇街（运营节点：本节点）范围内操作评价考核",
    en: "You can only manage evaluation schemes of your own town (operators: of your own node)",
  },
  filterToWhere: (f) => ({
    ...carrierPlaceWhere(f),
    ...(f.status ? { status: f.status } : {}),
  }),
  toDto: toEvaluationSchemeDto,
  prepareCreate: prepareEvaluationSchemeCreate,
  prepareUpdate: prepareEvaluationSchemeUpdate,
});
