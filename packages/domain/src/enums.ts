import { defineEnum } from "./labels";

/** Roles of DESIGN.md §1. Scope fields on the account say which rows each may reach. */
export const Role = defineEnum({
  DISTRICT_ADMIN: { zh: "区级管理员", en: "District admin" },
  TOWN_ADMIN: { zh: "镇街管理员", en: "Town admin" },
  NODE_OPERATOR: { zh: "服务节点人员", en: "Node operator" },
  COMMISSIONER: { zh: "暖企专员", en: "Enterprise commissioner" },
  DEPARTMENT_HANDLER: { zh: "部门经办人", en: "Department handler" },
  EVALUATOR: { zh: "评审专家", en: "Evaluator" },
  ENTERPRISE: { zh: "企业用户", en: "Enterprise" },
});
export type TRole = (typeof Role.values)[number];
/** Roles that work in the admin console. */
export const STAFF_ROLES: TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR", "COMMISSIONER", "DEPARTMENT_HANDLER", "EVALUATOR"];

export const NodeKind = defineEnum({
  DISTRICT_CENTRE: { zh: "区级服务中心", en: "District service centre" },
  TOWN_UNIT: { zh: "镇街服务单元", en: "Town service unit" },
  SERVICE_STATION: { zh: "中小企业服务站", en: "SME service station" },
  DEMONSTRATION_PLATFORM: { zh: "公共服务示范平台", en: "Demonstration platform" },
  TECH_SERVICE_INSTITUTION: { zh: "科技服务机构", en: "S&T service institution" },
  ASSOCIATION: { zh: "行业协会商会", en: "Association" },
  COLLEGE: { zh: "高等院校", en: "College" },
  FINANCIAL_INSTITUTION: { zh: "金融机构", en: "Financial institution" },
  INCUBATOR: { zh: "孵化载体", en: "Incubator" },
  PARK_OPERATOR: { zh: "园区运营机构", en: "Park operator" },
  OTHER: { zh: "其他", en: "Other" },
});
export type TNodeKind = (typeof NodeKind.values)[number];

export const RecognitionLevel = defineEnum({
  NATIONAL: { zh: "国家级示范", en: "National demonstration" },
  PROVINCIAL: { zh: "省级示范", en: "Provincial demonstration" },
  MUNICIPAL: { zh: "市级示范", en: "Municipal demonstration" },
  DISTRICT: { zh: "区级示范", en: "District demonstration" },
  NONE: { zh: "未认定", en: "None" },
});
export type TRecognitionLevel = (typeof RecognitionLevel.values)[number];

/** Rank of a recognition level, highest first: 国家级 0 > 省级 1 > 市级 2 > 区级 3 > 未认定 4 (unknown: last). */
export function recognitionRank(level: string): number {
  const i = (RecognitionLevel.values as readonly string[]).indexOf(level);
  return i < 0 ? RecognitionLevel.values.length : i;
}

export const NodeStatus = defineEnum({
  ACTIVE: { zh: "运营中", en: "Active" },
  SUSPENDED: { zh: "暂停服务", en: "Suspended" },
  CLOSED: { zh: "已关闭", en: "Closed" },
});
export type TNodeStatus = (typeof NodeStatus.values)[number];

/** The 13 service categories of the Sichuan notice (四(九)). */
export const ServiceCategory = defineEnum({
  INFO_CONSULTING: { zh: "信息咨询", en: "Information consulting" },
  STARTUP_COACHING: { zh: "创业辅导", en: "Start-up coaching" },
  TECH_SUPPORT: { zh: "技术支持", en: "Technical support" },
  FINANCING: { zh: "投资融资", en: "Investment and financing" },
  INTELLECTUAL_PROPERTY: { zh: "知识产权", en: "Intellectual property" },
  ACCOUNTING_TAX: { zh: "财会税务", en: "Accounting and tax" },
  LEGAL: { zh: "法律咨询", en: "Legal consulting" },
  SCI_TECH: { zh: "科技服务", en: "S&T services" },
  MARKET_EXPANSION: { zh: "市场开拓", en: "Market expansion" },
  MANAGEMENT_CONSULTING: { zh: "管理咨询", en: "Management consulting" },
  TALENT: { zh: "人才引进", en: "Talent attraction" },
  INTERNATIONAL: { zh: "对外合作", en: "International cooperation" },
  INDUSTRY_ACADEMIA: { zh: "产学研协同", en: "Industry–academia collaboration" },
});
export type TServiceCategory = (typeof ServiceCategory.values)[number];

/**
 * Where a ledger record came from. Staff write DIRECT and IMPORT records and a delivered request
 * writes REQUEST; the programmes write theirs through `recordLedgerEntry()` (trpc-core), one
 * record per enterprise and origin (the activity attended, the financing need answered, …).
 */
export const RecordSource = defineEnum({
  REQUEST: { zh: "企业申请", en: "Enterprise request" },
  DIRECT: { zh: "节点登记", en: "Recorded by the node" },
  IMPORT: { zh: "Excel 导入", en: "Excel import" },
  ACTIVITY: { zh: "活动培训", en: "Activity or training" },
  CULTIVATION: { zh: "梯度培育", en: "Cultivation" },
  FINANCING: { zh: "融资对接", en: "Financing" },
  TECH_TRANSFER: { zh: "成果转化", en: "Technology transfer" },
  SUPPLY_CHAIN: { zh: "配套协作", en: "Supply-chain matching" },
  DIAGNOSIS: { zh: "数字化诊断", en: "Digital diagnosis" },
  POLICY: { zh: "政策兑现", en: "Policy grant" },
  VOUCHER: { zh: "服务券核销", en: "Voucher redemption" },
});
export type TRecordSource = (typeof RecordSource.values)[number];

export const TownKind = defineEnum({
  STREET: { zh: "街道", en: "Street" },
  TOWN: { zh: "镇", en: "Town" },
  MANAGEMENT_COMMITTEE: { zh: "管委会", en: "Management committee" },
  CITY: { zh: "市（州）", en: "City" },
  COUNTY: { zh: "县（市、区）", en: "County" },
});
export type TTownKind = (typeof TownKind.values)[number];
