import { AppError, searchTextFor, ServiceCategory, isoOrNull, dayOrNull, dateOfDay } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { checkCarrierPlace } from "@qifu/carrier-kit/server";
import { CARRIER_EDITORS, CARRIER_POLICY } from "@qifu/carrier-kit/schemas";
import { defineResource, NO_ROWS, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import {
  StationOperatorKind,
  ZServiceStationPublic,
  type TServiceStationPublic,
  ZServiceStation,
  ZServiceStationCreate,
  ZServiceStationFilter,
  ZServiceStationUpdate,
  type TServiceStation,
  type TServiceStationCreate,
  type TServiceStationUpdate,
} from "../schemas";

export const SERVICE_STATIONS_LABEL = { zh: "中小企业服务站", en: "SME service station" };
/** A station row with its node (the station's name, town, address, phone, staff, status…). */
export const SERVICE_STATIONS_INCLUDE = {
  node: { include: { town: { select: { name: true, nameEn: true } } } },
  operatorNode: { select: { name: true } },
} as const;
export const SERVICE_STATIONS_EDITORS = CARRIER_EDITORS;

/**
 * Who reaches which stations, for reads and writes alike: the district all, a town admin those
 * whose node is in its town, a node operator its own station node's and those its node hosts.
 */
export function serviceStationScope(user: TSessionUser | null): TWhere {
  if (user?.role === "DISTRICT_ADMIN") return {};
  if (user?.role === "TOWN_ADMIN") return user.townId ? { node: { townId: user.townId } } : NO_ROWS;
  if (user?.role === "NODE_OPERATOR" && user.nodeId) return { OR: [{ nodeId: user.nodeId }, { operatorNodeId: user.nodeId }] };
  return NO_ROWS;
}

/** A station as read by its resource (`SERVICE_STATIONS_INCLUDE`). */
export type TServiceStationRow = Prisma.ServiceStationGetPayload<{ include: typeof SERVICE_STATIONS_INCLUDE }>;

export function toServiceStationDto(row: TServiceStationRow): TServiceStation {
  const n = row.node;
  return {
    id: row.id,
    nodeId: row.nodeId,
    name: n.name,
    townId: n.townId ?? "",
    townName: n.town?.name ?? "",
    townNameEn: n.town?.nameEn ?? "",
    operatorNodeId: row.operatorNodeId,
    operatorNodeName: row.operatorNode?.name ?? null,
    // enum-like text columns, written only through the schemas' enums
    operatorKind: row.operatorKind as TServiceStation["operatorKind"],
    operatorName: row.operatorName,
    address: n.address,
    openingHours: row.openingHours,
    serviceCategories: n.serviceCategories as TServiceStation["serviceCategories"],
    staffOnDuty: n.staffCount,
    officePhone: n.officePhone ?? null,
    onCallName: n.contactName,
    onCallPhone: n.contactPhone ?? "",
    status: n.status as TServiceStation["status"],
    openedOn: dayOrNull(row.openedOn),
    description: n.description,
    createdAt: isoOrNull(row.createdAt)!,
    updatedAt: isoOrNull(row.updatedAt)!,
  };
}

const STATION_KIND = { zh: "中小企业服务站", en: "SME service station" };
type TSearchable = {
  name: string;
  operatorName: string;
  operatorKind: string;
  address?: string | null;
  serviceCategories: string[];
  description?: string | null;
};
const stationSearchText = (p: TSearchable, townName: string) =>
  searchTextFor(
    p.name,
    p.operatorName,
    StationOperatorKind.label(p.operatorKind as never),
    p.address,
    p.serviceCategories.map((c) => ServiceCategory.label(c as never)).join(" "),
    p.description,
    townName,
  );
const nodeSearchText = (p: Omit<TSearchable, "operatorName" | "operatorKind">, townName: string) =>
  searchTextFor(
    p.name,
    p.address,
    p.description,
    townName,
    STATION_KIND.zh,
    p.serviceCategories.map((c) => ServiceCategory.label(c as never)).join(" "),
  );

/** The fields a station form edits that are its node's: one place to edit them (the network's node). */
function nodeFields(input: TServiceStationUpdate) {
  const out = {
    name: input.name,
    townId: input.townId,
    address: input.address,
    officePhone: input.officePhone,
    contactName: input.onCallName,
    contactPhone: input.onCallPhone,
    staffCount: input.staffOnDuty,
    serviceCategories: input.serviceCategories,
    status: input.status,
    description: input.description,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

export async function prepareServiceStationCreate(ctx: TContext, input: TServiceStationCreate) {
  const town = await checkCarrierPlace(ctx, input.townId, input.operatorNodeId);
  const unit = await ctx.db.node.findFirst({
    where: { kind: "TOWN_UNIT", townId: input.townId },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const openedOn = dateOfDay(input.openedOn) ?? null;
  return {
    id: newId(),
    operatorKind: input.operatorKind,
    operatorName: input.operatorName,
    openingHours: input.openingHours,
    openedOn,
    searchText: stationSearchText(input, town.name),
    ...(input.operatorNodeId ? { operatorNode: { connect: { id: input.operatorNodeId } } } : {}),
    // the station is a node of the network: created with it, in its town, under the town's unit
    node: {
      create: {
        id: newId(),
        kind: "SERVICE_STATION",
        parentId: unit?.id ?? null,
        linkedAt: openedOn ?? new Date(`${ctx.now().toISOString().slice(0, 10)}T00:00:00Z`),
        ...nodeFields(input),
        name: input.name,
        townId: input.townId,
        serviceCategories: input.serviceCategories,
        status: input.status,
        staffCount: input.staffOnDuty,
        searchText: nodeSearchText(input, town.name),
      },
    },
  };
}

export async function prepareServiceStationUpdate(ctx: TContext, existing: TServiceStationRow, input: TServiceStationUpdate) {
  const current = toServiceStationDto(existing);
  // the status (a suspension by the district or town above all) is the admins' to set, not the host node's
  if (ctx.user?.role === "NODE_OPERATOR" && input.status !== undefined && input.status !== current.status)
    throw new AppError(
      "FORBIDDEN",
      {
        zh: "服务站状态（如暂停）由区、镇街管理员设置，依托节点人员不能修改",
        en: "A station's status (a suspension above all) is set by district or town admins, not by its host node's staff",
      },
      [{ path: "status", message: { zh: "仅管理员可修改", en: "Only admins may change this" } }],
    );
  const merged = { ...current, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as TServiceStation;
  const town = await checkCarrierPlace(ctx, merged.townId, merged.operatorNodeId);
  const own = {
    ...(input.operatorKind !== undefined ? { operatorKind: input.operatorKind } : {}),
    ...(input.operatorName !== undefined ? { operatorName: input.operatorName } : {}),
    ...(input.openingHours !== undefined ? { openingHours: input.openingHours } : {}),
    ...(input.openedOn !== undefined ? { openedOn: dateOfDay(input.openedOn) } : {}),
    ...(input.operatorNodeId !== undefined
      ? { operatorNode: input.operatorNodeId ? { connect: { id: input.operatorNodeId } } : { disconnect: true } }
      : {}),
  };
  return {
    ...own,
    searchText: stationSearchText(merged, town.name),
    node: { update: { ...nodeFields(input), searchText: nodeSearchText(merged, town.name) } },
  };
}

const NODE_SORT: Record<string, string> = { name: "name", townId: "townId", status: "status", staffOnDuty: "staffCount" };

export const serviceStationsResource = defineResource({
  name: "serviceStations",
  label: SERVICE_STATIONS_LABEL,
  model: (db) => db.serviceStation,
  searchTable: "service_station",
  // the station's own words and its node's (name, address, description: edited on the node)
  alsoSearch: { table: "node", key: "nodeId" },
  include: SERVICE_STATIONS_INCLUDE,
  schemas: { create: ZServiceStationCreate, update: ZServiceStationUpdate, filter: ZServiceStationFilter, dto: ZServiceStation },
  sortable: ["name", "townId", "status", "operatorKind", "staffOnDuty", "openedOn", "createdAt", "updatedAt"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  orderBy: (field, order) => (NODE_SORT[field] ? { node: { [NODE_SORT[field]]: order } } : { [field]: order }),
  // the district creates and configures; a town admin manages its town's; the operator node edits its own
  policy: CARRIER_POLICY,
  scope: { read: serviceStationScope, write: serviceStationScope },
  outOfScope: {
    zh: "只能在本镇街范围内操作服务站（依托节点人员：只能维护本节点的服务站）",
    en: "You can only manage stations of your own town (node staff: the stations your node hosts)",
  },
  filterToWhere: (f) => ({
    ...(f.townId ? { node: { townId: f.townId } } : {}),
    ...(f.operatorNodeId ? { operatorNodeId: f.operatorNodeId } : {}),
    ...(f.status || f.serviceCategory
      ? {
          node: {
            ...(f.townId ? { townId: f.townId } : {}),
            ...(f.status ? { status: f.status } : {}),
            ...(f.serviceCategory ? { serviceCategories: { has: f.serviceCategory } } : {}),
          },
        }
      : {}),
    ...(f.operatorKind ? { operatorKind: f.operatorKind } : {}),
  }),
  toDto: toServiceStationDto,
  prepareCreate: prepareServiceStationCreate,
  prepareUpdate: prepareServiceStationUpdate,
});

/** The public DTO: built by its own schema, so the on-call person's name and mobile never leave. */
export const toServiceStationPublicDto = (row: TServiceStationRow): TServiceStationPublic =>
  ZServiceStationPublic.parse(toServiceStationDto(row));
