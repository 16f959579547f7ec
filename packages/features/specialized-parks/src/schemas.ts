import { z } from "zod";
import { CultivationTier, defineEnum, labelled, text } from "@qifu/domain";
import { carrierPublicSearch, ZCarrierCount, ZCarrierProgress, carrierDtoFields, carrierFilterFields } from "@qifu/carrier-kit/schemas";

/** 专精特新产业园 (specialized-and-sophisticated industrial parks): schemas safe in the browser and on the server. */
export const SpecializedParkStatus = defineEnum({
  PLANNED: { zh: "规划中", en: "Planned" },
  BUILDING: { zh: "建设中", en: "Under construction" },
  OPERATING: { zh: "运营中", en: "Operating" },
});
export type TSpecializedParkStatus = (typeof SpecializedParkStatus.values)[number];
/** What the public site shows: parks being built or operating. */
export const PUBLIC_PARK_STATUSES: TSpecializedParkStatus[] = ["BUILDING", "OPERATING"];

/** The metric key of the target formula: operating parks (targets are data: scope, year, key, value). */
export const SPECIALIZED_PARKS_COUNT_METRIC = "specializedParks.count";
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
const area = (zh: string, en: string) => labelled(z.number().int().min(1).max(100_000_000), zh, en);

/** The fields a form edits; one set for create and edit. */
const specializedParkFields = {
  name: text("园区名称", "Park name", { min: 4, max: 80 }),
  townId: labelled(z.string().min(1).max(64), "所属镇街", "Town"),
  operatorNodeId: labelled(z.preprocess(blankToNull, z.string().max(64).nullable().optional()), "运营节点", "Operator node"),
  developer: text("开发建设主体", "Developer", { min: 2, max: 100 }),
  leadingIndustry: optionalText("主导产业", "Leading industry", 100),
  address: optionalText("地址", "Address", 200),
  landAreaSqm: area("占地面积（平方米）", "Land area (m²)"),
  floorAreaSqm: area("建筑面积（平方米）", "Floor area (m²)"),
  status: labelled(z.enum(SpecializedParkStatus.values), "状态", "Status"),
  openedOn: isoDate("投入运营日期", "Operating since"),
  description: optionalText("简介", "Description", 2000),
};

export const ZSpecializedParkCreate = z.strictObject({ ...specializedParkFields, status: specializedParkFields.status.default("PLANNED") });
export const ZSpecializedParkUpdate = z.strictObject(specializedParkFields).partial();
export type TSpecializedParkCreate = z.infer<typeof ZSpecializedParkCreate>;
export type TSpecializedParkUpdate = z.infer<typeof ZSpecializedParkUpdate>;

export const ZSpecializedParkFilter = z.object({
  ...carrierFilterFields,
  status: z.enum(SpecializedParkStatus.values).optional(),
});

export const ZSpecializedPark = z.object({
  ...carrierDtoFields,
  developer: z.string(),
  leadingIndustry: z.string().nullable(),
  address: z.string().nullable(),
  landAreaSqm: z.number().int(),
  floorAreaSqm: z.number().int(),
  status: z.enum(SpecializedParkStatus.values),
  openedOn: z.string().nullable(),
  description: z.string().nullable(),
  residentCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TSpecializedPark = z.infer<typeof ZSpecializedPark>;

/** A resident enterprise, a reference to the shared registry with its tier on the cultivation ladder. */
export const ZParkResident = z.object({
  id: z.string(),
  parkId: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  tier: z.enum(CultivationTier.values),
  movedInOn: z.string().nullable(),
});
export type TParkResident = z.infer<typeof ZParkResident>;
export const ZParkResidentAdd = z.strictObject({
  parkId: labelled(z.string().min(1).max(64), "园区", "Park"),
  enterpriseId: labelled(
    z.string().min(1, { message: "请选择入驻企业 / choose the enterprise" }).max(64),
    "入驻企业",
    "Resident enterprise",
  ),
  movedInOn: isoDate("入驻日期", "Moved in on"),
});

export const ZSpecializedParkDetail = ZSpecializedPark.extend({ residents: z.array(ZParkResident) });
export type TSpecializedParkDetail = z.infer<typeof ZSpecializedParkDetail>;

export const ZSpecializedParkPublicSearch = carrierPublicSearch();
export type TSpecializedParkPublicSearch = z.input<typeof ZSpecializedParkPublicSearch>;

export const ZSpecializedParksStats = z.object({
  total: z.number().int(),
  /** operating parks */
  active: z.number().int(),
  byTown: z.array(ZCarrierCount),
  byStatus: z.array(ZCarrierCount),
  /** resident enterprises of building or operating parks by their tier */
  residentsByTier: z.array(ZCarrierCount),
  floorAreaSqm: z.number().int(),
  /** The district's target and the live figure for each target year (target null: none set). */
  progress: ZCarrierProgress,
});
export type TSpecializedParksStats = z.infer<typeof ZSpecializedParksStats>;
