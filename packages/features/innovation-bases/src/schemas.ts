import { z } from "zod";
import { CultivationTier, defineEnum, labelled, RecognitionLevel, SizeClass, text } from "@qifu/domain";
import { carrierPublicSearch, ZCarrierCount, ZCarrierProgress, carrierDtoFields, carrierFilterFields } from "@qifu/carrier-kit/schemas";

/** 创新创业基地 (innovation and entrepreneurship bases): zod schemas and types, safe in the browser and on the server. */
export const InnovationBaseKind = defineEnum({
  MAKERSPACE: { zh: "众创空间", en: "Makerspace" },
  INCUBATOR: { zh: "科技企业孵化器", en: "Incubator" },
  ACCELERATOR: { zh: "科技企业加速器", en: "Accelerator" },
});
export type TInnovationBaseKind = (typeof InnovationBaseKind.values)[number];

export const InnovationBaseStatus = defineEnum({
  ACTIVE: { zh: "运营中", en: "Active" },
  SUSPENDED: { zh: "暂停", en: "Suspended" },
  CLOSED: { zh: "已关闭", en: "Closed" },
});
export type TInnovationBaseStatus = (typeof InnovationBaseStatus.values)[number];

export const ResidencyStatus = defineEnum({
  IN_RESIDENCE: { zh: "在孵", en: "In residence" },
  GRADUATED: { zh: "已毕业", en: "Graduated" },
  LEFT: { zh: "已迁出", en: "Left" },
});
export type TResidencyStatus = (typeof ResidencyStatus.values)[number];

export const FinancingKind = defineEnum({
  EQUITY: { zh: "股权投资", en: "Equity investment" },
  LOAN: { zh: "银行贷款", en: "Bank loan" },
  GRANT: { zh: "政府资助", en: "Government grant" },
  OTHER: { zh: "其他融资", en: "Other financing" },
});
export type TFinancingKind = (typeof FinancingKind.values)[number];

/** Metric keys of this feature's target formulas (targets are data: scope, year, key, value). */
export const INNOVATION_BASES_COUNT_METRIC = "innovationBases.count";
export const INNOVATION_BASES_GRADUATIONS_METRIC = "innovationBases.graduations";
export const INNOVATION_BASES_GROWN_METRIC = "innovationBases.grownAboveSize";
/** The target years the board shows. */
export const TARGET_YEARS = [2025, 2026, 2027] as const;

const blankToNull = (v: unknown) => (v === "" ? null : v);
const optionalText = (zh: string, en: string, max: number) =>
  labelled(z.preprocess(blankToNull, text(zh, en, { max }).nullable().optional()), zh, en);
const ZDate = z.iso.date({ message: "日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD" });
const isoDate = (zh: string, en: string) => labelled(z.preprocess(blankToNull, ZDate.nullable().optional()), zh, en);
const count = (zh: string, en: string, max: number) => labelled(z.number().int().min(0).max(max), zh, en);
const ZPhone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{5,30}$/, { message: "电话号码格式不正确 / invalid phone number" });

/** The fields a form edits; one set for create and edit. Areas are square metres. */
const baseFields = {
  name: text("基地名称", "Name", { min: 2, max: 80 }),
  kind: labelled(z.enum(InnovationBaseKind.values), "基地类型", "Kind"),
  recognitionLevel: labelled(z.enum(RecognitionLevel.values), "认定级别", "Recognition level"),
  townId: labelled(z.string().min(1).max(64), "所属镇街", "Town"),
  operatorNodeId: labelled(z.preprocess(blankToNull, z.string().max(64).nullable().optional()), "运营节点", "Operator node"),
  operatorName: text("运营主体", "Operating organisation", { min: 2, max: 100 }),
  address: optionalText("地址", "Address", 200),
  floorAreaTotal: labelled(z.number().int().min(1).max(10_000_000), "总面积（㎡）", "Floor area (m²)"),
  floorAreaAvailable: count("可用面积（㎡）", "Available area (m²)", 10_000_000),
  sharedFacilities: labelled(z.array(text("共享设施", "Shared facility", { max: 40 })).max(30), "共享设施", "Shared facilities"),
  serviceTeamSize: count("服务团队人数", "Service team size", 10_000),
  mentorCount: count("创业导师人数", "Mentors", 10_000),
  serviceTeamNote: optionalText("服务团队说明", "About the service team", 1000),
  contactName: optionalText("联系人", "Contact person", 50),
  contactPhone: labelled(z.preprocess(blankToNull, ZPhone.nullable().optional()), "联系电话", "Contact phone"),
  status: labelled(z.enum(InnovationBaseStatus.values), "状态", "Status"),
  openedOn: isoDate("开业日期", "Opened on"),
  description: optionalText("基地简介", "Description", 2000),
};

export const ZInnovationBaseCreate = z.strictObject({
  ...baseFields,
  recognitionLevel: baseFields.recognitionLevel.default("NONE"),
  sharedFacilities: baseFields.sharedFacilities.default([]),
  serviceTeamSize: baseFields.serviceTeamSize.default(0),
  mentorCount: baseFields.mentorCount.default(0),
  status: baseFields.status.default("ACTIVE"),
});
export const ZInnovationBaseUpdate = z.strictObject(baseFields).partial();
export type TInnovationBaseCreate = z.infer<typeof ZInnovationBaseCreate>;
export type TInnovationBaseUpdate = z.infer<typeof ZInnovationBaseUpdate>;
/** What a node operator may not change on its own base: where it is, who runs it, what it is. */
export const BASE_ADMIN_ONLY_FIELDS = ["townId", "operatorNodeId", "kind", "recognitionLevel", "status"] as const;

export const ZInnovationBaseFilter = z.object({
  ...carrierFilterFields,
  kind: z.enum(InnovationBaseKind.values).optional(),
  recognitionLevel: z.enum(RecognitionLevel.values).optional(),
  status: z.enum(InnovationBaseStatus.values).optional(),
});

export const ZInnovationBase = z.object({
  ...carrierDtoFields,
  kind: z.enum(InnovationBaseKind.values),
  recognitionLevel: z.enum(RecognitionLevel.values),
  operatorName: z.string(),
  address: z.string().nullable(),
  floorAreaTotal: z.number().int(),
  floorAreaAvailable: z.number().int(),
  /** (total − available) / total */
  occupancy: z.number(),
  sharedFacilities: z.array(z.string()),
  serviceTeamSize: z.number().int(),
  mentorCount: z.number().int(),
  serviceTeamNote: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  status: z.enum(InnovationBaseStatus.values),
  openedOn: z.string().nullable(),
  description: z.string().nullable(),
  /** residents in residence now, and all who ever graduated */
  residentCount: z.number().int(),
  graduatedCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TInnovationBase = z.infer<typeof ZInnovationBase>;

// ---- residents: enterprises of the shared registry ------------------------------------------

const residentFields = {
  movedInOn: labelled(ZDate, "入驻日期", "Moved in on"),
  graduatedOn: isoDate("毕业日期", "Graduated on"),
  leftOn: isoDate("迁出日期（未毕业）", "Left on (not graduated)"),
  areaUsed: labelled(
    z.preprocess(blankToNull, z.number().int().min(0).max(1_000_000).nullable().optional()),
    "使用面积（㎡）",
    "Area used (m²)",
  ),
  note: optionalText("备注", "Note", 500),
};
export const ZResidentCreate = z.strictObject({
  baseId: labelled(z.string().min(1).max(64), "创新创业基地", "Innovation base"),
  enterpriseId: labelled(z.string().min(1).max(64), "入驻企业", "Resident enterprise"),
  ...residentFields,
});
export const ZResidentUpdate = z.strictObject(residentFields).partial();
export type TResidentCreate = z.infer<typeof ZResidentCreate>;
export type TResidentUpdate = z.infer<typeof ZResidentUpdate>;
export const ZResidentFilter = z.object({
  baseId: z.string().max(64).optional(),
  enterpriseId: z.string().max(64).optional(),
  status: z.enum(ResidencyStatus.values).optional(),
});

export const ZResident = z.object({
  id: z.string(),
  baseId: z.string(),
  baseName: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  enterpriseTier: z.enum(CultivationTier.values),
  enterpriseSizeClass: z.enum(SizeClass.values).nullable(),
  /** 规上 now (null: the registry cannot tell), at move-in, and the step between (小升规) */
  aboveSizeNow: z.boolean().nullable(),
  aboveSizeAtEntry: z.boolean(),
  grownAboveSize: z.boolean(),
  tierAtEntry: z.enum(CultivationTier.values),
  movedInOn: z.string(),
  graduatedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  status: z.enum(ResidencyStatus.values),
  areaUsed: z.number().int().nullable(),
  note: z.string().nullable(),
  /** investment and financing obtained while resident, integer fen */
  financingFen: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TResident = z.infer<typeof ZResident>;

// ---- investment and financing obtained by residents -----------------------------------------

const financingFields = {
  kind: labelled(z.enum(FinancingKind.values), "融资类型", "Kind"),
  /** Money in integer fen (分): ¥5,000,000.00 is 500000000. */
  amountFen: labelled(z.number().int().min(1).max(10_000_000_000_000), "金额（分）", "Amount (fen)"),
  investor: text("投资方 / 资金来源", "Investor / source", { min: 2, max: 100 }),
  receivedOn: labelled(ZDate, "到位日期", "Received on"),
  note: optionalText("备注", "Note", 500),
};
export const ZFinancingCreate = z.strictObject({
  residentId: labelled(z.string().min(1).max(64), "入驻企业", "Resident"),
  ...financingFields,
});
export const ZFinancingUpdate = z.strictObject(financingFields).partial();
export type TFinancingCreate = z.infer<typeof ZFinancingCreate>;
export type TFinancingUpdate = z.infer<typeof ZFinancingUpdate>;
export const ZFinancingFilter = z.object({
  baseId: z.string().max(64).optional(),
  residentId: z.string().max(64).optional(),
  kind: z.enum(FinancingKind.values).optional(),
});
export const ZFinancing = z.object({
  id: z.string(),
  baseId: z.string(),
  baseName: z.string(),
  residentId: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  kind: z.enum(FinancingKind.values),
  amountFen: z.number().int(),
  investor: z.string(),
  receivedOn: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TFinancing = z.infer<typeof ZFinancing>;

// ---- figures ----------------------------------------------------------------------------------

const ZYearCount = z.object({ year: z.number().int(), count: z.number().int() });
/** One base's figures: occupancy, graduations per year, residents grown above size, money raised. */
export const ZBaseFigures = z.object({
  occupancy: z.number(),
  inResidence: z.number().int(),
  graduated: z.number().int(),
  left: z.number().int(),
  graduationsByYear: z.array(ZYearCount),
  grownAboveSize: z.number().int(),
  financingFen: z.number().int(),
  financingByKind: z.array(z.object({ kind: z.enum(FinancingKind.values), amountFen: z.number().int(), count: z.number().int() })),
});
export type TBaseFigures = z.infer<typeof ZBaseFigures>;

export const ZPublicBase = ZInnovationBase.extend({
  figures: ZBaseFigures,
  residents: z.array(
    z.object({
      enterpriseId: z.string(),
      name: z.string(),
      tier: z.enum(CultivationTier.values),
      movedInOn: z.string(),
      status: z.enum(ResidencyStatus.values),
      graduatedOn: z.string().nullable(),
    }),
  ),
});
export type TPublicBase = z.infer<typeof ZPublicBase>;

export const ZInnovationBasePublicSearch = carrierPublicSearch({ kind: z.enum(InnovationBaseKind.values).optional() });
export type TInnovationBasePublicSearch = z.input<typeof ZInnovationBasePublicSearch>;

export const ZInnovationBasesStats = z.object({
  total: z.number().int(),
  active: z.number().int(),
  byTown: z.array(ZCarrierCount),
  byKind: z.array(ZCarrierCount),
  byLevel: z.array(ZCarrierCount),
  floorAreaTotal: z.number().int(),
  floorAreaAvailable: z.number().int(),
  occupancy: z.number(),
  inResidence: z.number().int(),
  graduationsByYear: z.array(ZYearCount),
  grownAboveSize: z.number().int(),
  financingFen: z.number().int(),
  /** The district's targets and the live figures for each target year (target null: none set). */
  progress: ZCarrierProgress,
  graduationProgress: ZCarrierProgress,
});
export type TInnovationBasesStats = z.infer<typeof ZInnovationBasesStats>;
