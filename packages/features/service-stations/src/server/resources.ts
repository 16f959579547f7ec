import { AppError, searchTextFor, ServiceCategory, type TRole } from "@qifu/domain";
import { newId } from "@qifu/db";
import { carrierScope, checkCarrierPlace, defineResource, type TContext } from "@qifu/trpc-core";
import { StationOperatorKind, ZServiceStationPublic, type TServiceStationPublic, ZServiceStation, ZServiceStationCreate, ZServiceStationFilter, ZServiceStationUpdate, type TServiceStation, type TServiceStationCreate, type TServiceStationUpdate } from "../schemas";

export const SERVICE_STATIONS_LABEL = { zh: "中小企业服务站", en: "SME service station" };
export const SERVICE_STATIONS_INCLUDE = { town: { select: { name: true, nameEn: true } }, operatorNode: { select: { name: true } } } as const;
export const SERVICE_STATIONS_EDITORS: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"];

/** Who reaches which rows, for reads and writes alike (trpc-core's carrier scope). */
export const serviceStationScope = carrierScope;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

export function toServiceStationDto(row: any): TServiceStation {
  return {
    id: row.id, name: row.name, townId: row.townId, townName: row.town?.name ?? "", townNameEn: row.town?.nameEn ?? "",
    operatorNodeId: row.operatorNodeId, operatorNodeName: row.operatorNode?.name ?? null, operatorKind: row.operatorKind, operatorName: row.operatorName,
    address: row.address, openingHours: row.openingHours, serviceCategories: row.serviceCategories, staffOnDuty: row.staffOnDuty,
    officePhone: row.officePhone ?? null, onCallName: row.onCallName, onCallPhone: row.onCallPhone, status: row.status, openedOn: day(row.openedOn), description: row.description,
    createdAt: iso(row.createdAt)!, updatedAt: iso(row.updatedAt)!,
  };
}

const toDate = (v: string | null | undefined) => (v === undefined ? undefined : v === null ? null : new Date(`${v}T00:00:00Z`));
type TSearchable = { name: string; operatorName: string; operatorKind: string; address?: string | null; serviceCategories: string[]; description?: string | null };
const searchText = (p: TSearchable, townName: string) =>
  searchTextFor(p.name, p.operatorName, StationOperatorKind.label(p.operatorKind as never), p.address, p.serviceCategories.map((c) => ServiceCategory.label(c as never)).join(" "), p.description, townName);

export async function prepareServiceStationCreate(ctx: TContext, input: TServiceStationCreate) {
  const town = await checkCarrierPlace(ctx, input.townId, input.operatorNodeId);
  return { id: newId(), ...input, operatorNodeId: input.operatorNodeId ?? null, openedOn: toDate(input.openedOn) ?? null, searchText: searchText(input, town.name) };
}

export async function prepareServiceStationUpdate(ctx: TContext, existing: any, input: TServiceStationUpdate) {
  // the status (a suspension by the district or town above all) is the admins' to set, not the host node's
  if (ctx.user?.role === "NODE_OPERATOR" && input.status !== undefined && input.status !== existing.status)
    throw new AppError("FORBIDDEN", { zh: "服务站状态（如暂停）由区、镇街管理员设置，依托节点人员不能修改", en: "A station's status (a suspension above all) is set by district or town admins, not by its host node's staff" }, [
      { path: "status", message: { zh: "仅管理员可修改", en: "Only admins may change this" } },
    ]);
  const merged = { ...existing, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
  const town = await checkCarrierPlace(ctx, merged.townId, merged.operatorNodeId);
  return { ...input, ...(input.openedOn !== undefined ? { openedOn: toDate(input.openedOn) } : {}), searchText: searchText(merged, town.name) };
}

export const serviceStationsResource = defineResource({
  name: "serviceStations",
  label: SERVICE_STATIONS_LABEL,
  model: (db) => db.serviceStation,
  searchTable: "service_station",
  include: SERVICE_STATIONS_INCLUDE,
  schemas: { create: ZServiceStationCreate, update: ZServiceStationUpdate, filter: ZServiceStationFilter, dto: ZServiceStation },
  sortable: ["name", "townId", "status", "operatorKind", "staffOnDuty", "openedOn", "createdAt", "updatedAt"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  // the district creates and configures; a town admin manages its town's; the operator node edits its own
  policy: { read: SERVICE_STATIONS_EDITORS, create: ["DISTRICT_ADMIN", "TOWN_ADMIN"], update: SERVICE_STATIONS_EDITORS, delete: ["DISTRICT_ADMIN"] },
  scope: { read: serviceStationScope, write: serviceStationScope },
  outOfScope: { zh: "只能在本镇街范围内操作服务站（依托节点人员：只能维护本节点的服务站）", en: "You can only manage stations of your own town (node staff: the stations your node hosts)" },
  filterToWhere: (f) => ({
    ...(f.townId ? { townId: f.townId } : {}),
    ...(f.operatorNodeId ? { operatorNodeId: f.operatorNodeId } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.operatorKind ? { operatorKind: f.operatorKind } : {}),
    ...(f.serviceCategory ? { serviceCategories: { has: f.serviceCategory } } : {}),
  }),
  toDto: toServiceStationDto,
  prepareCreate: prepareServiceStationCreate,
  prepareUpdate: prepareServiceStationUpdate,
});

/** The public DTO: built by its own schema, so the on-call person's name and mobile never leave. */
export const toServiceStationPublicDto = (row: any): TServiceStationPublic => ZServiceStationPublic.parse(toServiceStationDto(row));
