import { z } from "zod";
import { defineEnum, labelled, ServiceCategory, text } from "@qifu/domain";
import {
  carrierPublicSearch,
  ZCarrierCount,
  ZCarrierProgress,
  ZFiguresScope,
  carrierDtoFields,
  carrierFilterFields,
} from "@qifu/carrier-kit/schemas";

/** 中小企业服务站 (SME service station): zod schemas and types, safe in the browser and on the server. */
export const ServiceStationStatus = defineEnum({
  ACTIVE: { zh: "运营中", en: "Active" },
  SUSPENDED: { zh: "暂停", en: "Suspended" },
  CLOSED: { zh: "已关闭", en: "Closed" },
});
export type TServiceStationStatus = (typeof ServiceStationStatus.values)[number];

/** Who runs a station (Huadu plan 四.2: associations, park operators, clusters, demonstration platforms…). */
export const StationOperatorKind = defineEnum({
  GOVERNMENT: { zh: "镇街企业服务部门", en: "Town service department" },
  ASSOCIATION: { zh: "行业协会商会", en: "Industry association" },
  PARK_OPERATOR: { zh: "园区运营方", en: "Park operator" },
  CLUSTER: { zh: "产业集群", en: "Industrial cluster" },
  DEMONSTRATION_PLATFORM: { zh: "公共服务示范平台", en: "Demonstration platform" },
  SERVICE_INSTITUTION: { zh: "专业服务机构", en: "Service institution" },
});
export type TStationOperatorKind = (typeof StationOperatorKind.values)[number];

/** Metric keys of this feature's target formulas (targets are data: scope, year, key, value). */
export const SERVICE_STATIONS_COUNT_METRIC = "serviceStations.count";
/** Town units with at least one active station (the plan: one in every town unit). */
export const SERVICE_STATIONS_COVERAGE_METRIC = "serviceStations.townsCovered";
/** The target years the board shows. */
export const TARGET_YEARS = [2025, 2026, 2027] as const;

const blankToNull = (v: unknown) => (v === "" ? null : v);
const optionalText = (zh: string, en: string, max: number) =>
  labelled(z.preprocess(blankToNull, text(zh, en, { max }).nullable().optional()), zh, en);
const isoDate = (zh: string, en: string) =>
  labelled(
    z.preprocess(blankToNull, z.iso.date({ message: "日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD" }).nullable().optional()),
    zh,
    en,
  );

/** The fields a form edits; one set for create and edit. */
const phone = (zh: string, en: string) =>
  labelled(
    z
      .string()
      .trim()
      .regex(/^[0-9+\-() ]{5,30}$/, { message: "电话号码格式不正确 / invalid phone number" }),
    zh,
    en,
  );

const serviceStationFields = {
  name: text("服务站名称", "Station name", { min: 4, max: 80 }),
  townId: labelled(z.string().min(1).max(64), "所属镇街", "Town"),
  operatorNodeId: labelled(z.preprocess(blankToNull, z.string().max(64).nullable().optional()), "依托节点", "Host node"),
  operatorKind: labelled(z.enum(StationOperatorKind.values), "运营主体类型", "Operator type"),
  operatorName: text("运营主体", "Operator organisation", { min: 2, max: 100 }),
  address: optionalText("地址", "Address", 200),
  openingHours: text("开放时间", "Opening hours", { min: 2, max: 100 }),
  serviceCategories: labelled(z.array(z.enum(ServiceCategory.values)).min(1).max(13), "服务类别", "Services offered"),
  staffOnDuty: labelled(z.number().int().min(0).max(500), "在岗人数", "Staff on duty"),
  officePhone: labelled(
    z.preprocess(
      (v) => (v === "" ? null : v),
      z
        .string()
        .trim()
        .regex(/^[0-9+\-() ]{5,30}$/, { message: "电话号码格式不正确 / invalid phone number" })
        .nullable()
        .optional(),
    ),
    "办公电话（公开）",
    "Office phone (public)",
  ),
  onCallName: optionalText("全时响应联系人", "On-call contact", 50),
  onCallPhone: phone("全时响应电话", "On-call phone"),
  status: labelled(z.enum(ServiceStationStatus.values), "状态", "Status"),
  openedOn: isoDate("启用日期", "Opened on"),
  description: optionalText("简介", "Description", 2000),
};

export const ZServiceStationCreate = z.strictObject({
  ...serviceStationFields,
  status: serviceStationFields.status.default("ACTIVE"),
  staffOnDuty: serviceStationFields.staffOnDuty.default(0),
});
export const ZServiceStationUpdate = z.strictObject(serviceStationFields).partial();
export type TServiceStationCreate = z.infer<typeof ZServiceStationCreate>;
export type TServiceStationUpdate = z.infer<typeof ZServiceStationUpdate>;

export const ZServiceStationFilter = z.object({
  ...carrierFilterFields,
  status: z.enum(ServiceStationStatus.values).optional(),
  operatorKind: z.enum(StationOperatorKind.values).optional(),
  serviceCategory: z.enum(ServiceCategory.values).optional(),
});

/** A station as the screens see it: its node's fields (name, town, address, phone, staff…) and its own details, one record. */
export const ZServiceStation = z.object({
  ...carrierDtoFields,
  /** the station itself in the network: its node of kind SERVICE_STATION */
  nodeId: z.string(),
  operatorKind: z.enum(StationOperatorKind.values),
  operatorName: z.string(),
  address: z.string().nullable(),
  openingHours: z.string(),
  serviceCategories: z.array(z.enum(ServiceCategory.values)),
  staffOnDuty: z.number().int(),
  officePhone: z.string().nullable(),
  onCallName: z.string().nullable(),
  onCallPhone: z.string(),
  status: z.enum(ServiceStationStatus.values),
  openedOn: z.string().nullable(),
  description: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TServiceStation = z.infer<typeof ZServiceStation>;
/**
 * What the public site shows of a station (issue 11 point 12): the office number, never the
 * on-call person's name or personal mobile (signed-in staff see those in the console).
 */
export const ZServiceStationPublic = ZServiceStation.omit({ onCallName: true, onCallPhone: true });
export type TServiceStationPublic = z.infer<typeof ZServiceStationPublic>;

export const ZServiceStationPublicSearch = carrierPublicSearch();
export type TServiceStationPublicSearch = z.input<typeof ZServiceStationPublicSearch>;

export const ZServiceStationsStats = z.object({
  /** what the counts cover ("狮岭镇范围"); empty: the whole district. The target rows are always the district's. */
  scope: ZFiguresScope,
  total: z.number().int(),
  /** operating stations now (the one metric: operatingStationsWhere) */
  active: z.number().int(),
  /** town units with at least one operating station now */
  townsCovered: z.number().int(),
  byTown: z.array(ZCarrierCount),
  byStatus: z.array(ZCarrierCount),
  /** The district's target and the live figure for each target year (target null: none set). */
  progress: ZCarrierProgress,
  /** Towns with at least one active station, against the coverage target of each year. */
  coverageProgress: ZCarrierProgress,
  /** Every town unit in scope with its active stations; `count` 0 is a town without one. */
  coverage: z.array(
    z.object({ townId: z.string(), name: z.string(), nameEn: z.string(), count: z.number().int(), stations: z.array(z.string()) }),
  ),
  byOperatorKind: z.array(ZCarrierCount),
});
export type TServiceStationsStats = z.infer<typeof ZServiceStationsStats>;
