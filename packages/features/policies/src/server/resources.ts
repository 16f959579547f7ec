import { dateOfDay, dayOrNull, isoOrNull, searchTextFor } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { CARRIER_PLACE_INCLUDE, carrierPlaceOf, carrierPlaceWhere, carrierScope, checkCarrierPlace } from "@qifu/carrier-kit/server";
import { CARRIER_POLICY } from "@qifu/carrier-kit/schemas";
import { defineResource, type TContext } from "@qifu/trpc-core";
import { ZPolicy, ZPolicyCreate, ZPolicyFilter, ZPolicyUpdate, type TPolicy, type TPolicyCreate, type TPolicyUpdate } from "../schemas";

export const POLICIES_LABEL = { zh: "政策直享", en: "Policy" };
export const POLICIES_INCLUDE = CARRIER_PLACE_INCLUDE;

/** Who reaches which rows, for reads and writes alike (the carrier kit's scope: district, own town, own node). */
export const policyScope = carrierScope;

/** A row as read by the resource (`POLICIES_INCLUDE`). */
export type TPolicyRow = Prisma.PolicyGetPayload<{ include: typeof POLICIES_INCLUDE }>;

export function toPolicyDto(row: TPolicyRow): TPolicy {
  return {
    id: row.id,
    name: row.name,
    ...carrierPlaceOf(row),
    status: row.status as TPolicy["status"],
    openedOn: dayOrNull(row.openedOn),
    description: row.description,
    createdAt: isoOrNull(row.createdAt)!,
    updatedAt: isoOrNull(row.updatedAt)!,
  };
}

const searchText = (p: { name: string; description?: string | null }, townName: string) => searchTextFor(p.name, p.description, townName);

export async function preparePolicyCreate(ctx: TContext, input: TPolicyCreate) {
  const town = await checkCarrierPlace(ctx, input.townId, input.operatorNodeId);
  return {
    id: newId(),
    ...input,
    operatorNodeId: input.operatorNodeId ?? null,
    openedOn: dateOfDay(input.openedOn) ?? null,
    searchText: searchText(input, town.name),
  };
}

export async function preparePolicyUpdate(ctx: TContext, existing: TPolicyRow, input: TPolicyUpdate) {
  const merged = { ...existing, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
  const town = await checkCarrierPlace(ctx, merged.townId, merged.operatorNodeId);
  return {
    ...input,
    ...(input.openedOn !== undefined ? { openedOn: dateOfDay(input.openedOn) } : {}),
    searchText: searchText(merged, town.name),
  };
}

export const policiesResource = defineResource({
  name: "policies",
  label: POLICIES_LABEL,
  model: (db) => db.policy,
  searchTable: "policy",
  include: POLICIES_INCLUDE,
  schemas: { create: ZPolicyCreate, update: ZPolicyUpdate, filter: ZPolicyFilter, dto: ZPolicy },
  sortable: ["name", "townId", "status", "openedOn", "createdAt", "updatedAt"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  // the district creates and configures; a town admin manages its town's; the operator node edits its own
  policy: CARRIER_POLICY,
  scope: { read: policyScope, write: policyScope },
  outOfScope: {
    zh: "只能在本镇街（运营节点：本节点）范围内操作政策直享",
    en: "You can only manage Policys of your own town (operators: of your own node)",
  },
  filterToWhere: (f) => ({
    ...carrierPlaceWhere(f),
    ...(f.status ? { status: f.status } : {}),
  }),
  toDto: toPolicyDto,
  prepareCreate: preparePolicyCreate,
  prepareUpdate: preparePolicyUpdate,
});
