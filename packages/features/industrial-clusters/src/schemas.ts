import { z } from "zod";
import { CultivationTier, defineEnum, labelled, RecognitionLevel, text } from "@qifu/domain";
import { carrierPublicSearch, ZCarrierCount, ZCarrierProgress, carrierDtoFields, carrierFilterFields } from "@qifu/carrier-kit/schemas";

/** 中小企业特色产业集群 (SME characteristic industrial clusters): zod schemas and types, safe in the browser and on the server. */

/** Huadu's key industrial chains (重点产业链) a cluster can serve. */
export const KeyChain = defineEnum({
  AUTO: { zh: "汽车及零部件", en: "Automobiles and parts" },
  NEW_ENERGY_VEHICLE: { zh: "新能源汽车", en: "New-energy vehicles" },
  LEATHER: { zh: "皮具箱包", en: "Leather goods and luggage" },
  JEWELLERY: { zh: "珠宝首饰", en: "Jewellery" },
  AIRPORT_ECONOMY: { zh: "空港经济", en: "Airport economy" },
  SMART_EQUIPMENT: { zh: "智能装备", en: "Smart equipment" },
  BIOMEDICINE: { zh: "生物医药", en: "Biomedicine" },
  DIGITAL_ECONOMY: { zh: "数字经济", en: "Digital economy" },
  GREEN_FOOD: { zh: "绿色食品", en: "Green food" },
  OTHER: { zh: "其他", en: "Other" },
});
export type TKeyChain = (typeof KeyChain.values)[number];

export const ChainSegment = defineEnum({
  UPSTREAM: { zh: "上游", en: "Upstream" },
  MIDSTREAM: { zh: "中游", en: "Midstream" },
  DOWNSTREAM: { zh: "下游", en: "Downstream" },
});
export type TChainSegment = (typeof ChainSegment.values)[number];

export const MemberRole = defineEnum({
  LEADER: { zh: "链主企业", en: "Chain leader" },
  CORE: { zh: "骨干企业", en: "Core member" },
  MEMBER: { zh: "成员企业", en: "Member" },
});
export type TMemberRole = (typeof MemberRole.values)[number];

export const IndustrialClusterStatus = defineEnum({
  ACTIVE: { zh: "培育中", en: "Active" },
  SUSPENDED: { zh: "暂停", en: "Suspended" },
  CLOSED: { zh: "已撤销", en: "Closed" },
});
export type TIndustrialClusterStatus = (typeof IndustrialClusterStatus.values)[number];

/** The metric key of this feature's target formula (targets are data: scope, year, key, value). */
export const INDUSTRIAL_CLUSTERS_COUNT_METRIC = "industrialClusters.count";
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
const ZPhone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{5,30}$/, { message: "电话号码格式不正确 / invalid phone number" });

/** One link of the chain. A new link has no key yet: the server gives it one. */
export const ZChainLinkInput = z.strictObject({
  key: labelled(z.preprocess(blankToNull, z.string().max(64).nullable().optional()), "环节标识", "Link key"),
  segment: labelled(z.enum(ChainSegment.values), "链段", "Segment"),
  name: text("环节名称", "Link name", { min: 2, max: 30 }),
});
export type TChainLinkInput = z.infer<typeof ZChainLinkInput>;
export const ZChainLink = z.object({ key: z.string(), segment: z.enum(ChainSegment.values), name: z.string() });
export type TChainLink = z.infer<typeof ZChainLink>;

/** The fields a form edits; one set for create and edit. */
const clusterFields = {
  name: text("集群名称", "Name", { min: 2, max: 80 }),
  chain: labelled(z.enum(KeyChain.values), "服务的重点产业链", "Key industrial chain"),
  townId: labelled(z.string().min(1).max(64), "所属镇街", "Town"),
  operatorNodeId: labelled(z.preprocess(blankToNull, z.string().max(64).nullable().optional()), "运营节点", "Operator node"),
  leadUnit: text("牵头单位", "Lead unit", { min: 2, max: 100 }),
  links: labelled(z.array(ZChainLinkInput).max(40), "产业链环节", "Chain links"),
  recognitionLevel: labelled(z.enum(RecognitionLevel.values), "认定级别", "Recognition level"),
  establishedOn: isoDate("培育启动日期", "Established on"),
  annualOutputWan: labelled(
    z.preprocess(blankToNull, z.number().int().min(0).max(1_000_000_000).nullable().optional()),
    "集群年产值（万元）",
    "Annual output (CNY 10k)",
  ),
  status: labelled(z.enum(IndustrialClusterStatus.values), "状态", "Status"),
  contactName: optionalText("联系人", "Contact person", 50),
  contactPhone: labelled(z.preprocess(blankToNull, ZPhone.nullable().optional()), "联系电话", "Contact phone"),
  description: optionalText("集群简介", "Description", 2000),
};

export const ZIndustrialClusterCreate = z.strictObject({
  ...clusterFields,
  links: clusterFields.links.default([]),
  recognitionLevel: clusterFields.recognitionLevel.default("NONE"),
  status: clusterFields.status.default("ACTIVE"),
});
export const ZIndustrialClusterUpdate = z.strictObject(clusterFields).partial();
export type TIndustrialClusterCreate = z.infer<typeof ZIndustrialClusterCreate>;
export type TIndustrialClusterUpdate = z.infer<typeof ZIndustrialClusterUpdate>;
/** What a node operator may not change on its own cluster. */
export const CLUSTER_ADMIN_ONLY_FIELDS = ["townId", "operatorNodeId", "chain", "recognitionLevel", "status"] as const;

export const ZIndustrialClusterFilter = z.object({
  ...carrierFilterFields,
  chain: z.enum(KeyChain.values).optional(),
  status: z.enum(IndustrialClusterStatus.values).optional(),
});

/** A link with the members that cover it; none is a gap in the chain (缺链环节). */
export const ZLinkCoverage = ZChainLink.extend({ memberCount: z.number().int(), gap: z.boolean() });

export const ZIndustrialCluster = z.object({
  ...carrierDtoFields,
  chain: z.enum(KeyChain.values),
  leadUnit: z.string(),
  links: z.array(ZLinkCoverage),
  gapCount: z.number().int(),
  memberCount: z.number().int(),
  recognitionLevel: z.enum(RecognitionLevel.values),
  establishedOn: z.string().nullable(),
  annualOutputWan: z.number().int().nullable(),
  status: z.enum(IndustrialClusterStatus.values),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  description: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TIndustrialCluster = z.infer<typeof ZIndustrialCluster>;

// ---- members: enterprises of the shared registry ---------------------------------------------

const memberFields = {
  role: labelled(z.enum(MemberRole.values), "成员角色", "Role"),
  linkKeys: labelled(z.array(z.string().min(1).max(64)).max(40), "覆盖的产业链环节", "Chain links covered"),
  joinedOn: isoDate("加入日期", "Joined on"),
  note: optionalText("备注", "Note", 500),
};
export const ZMemberCreate = z.strictObject({
  clusterId: labelled(z.string().min(1).max(64), "产业集群", "Cluster"),
  enterpriseId: labelled(z.string().min(1).max(64), "成员企业", "Member enterprise"),
  ...memberFields,
  role: memberFields.role.default("MEMBER"),
  linkKeys: memberFields.linkKeys.default([]),
});
export const ZMemberUpdate = z.strictObject(memberFields).partial();
export type TMemberCreate = z.infer<typeof ZMemberCreate>;
export type TMemberUpdate = z.infer<typeof ZMemberUpdate>;
export const ZMemberFilter = z.object({
  clusterId: z.string().max(64).optional(),
  enterpriseId: z.string().max(64).optional(),
  role: z.enum(MemberRole.values).optional(),
  linkKey: z.string().max(64).optional(),
});
export const ZMember = z.object({
  id: z.string(),
  clusterId: z.string(),
  clusterName: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  enterpriseTier: z.enum(CultivationTier.values),
  enterpriseTownName: z.string().nullable(),
  role: z.enum(MemberRole.values),
  linkKeys: z.array(z.string()),
  /** the names of the links covered, in chain order */
  linkNames: z.array(z.string()),
  joinedOn: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TMember = z.infer<typeof ZMember>;

export const ZPublicCluster = ZIndustrialCluster.extend({
  members: z.array(
    z.object({
      enterpriseId: z.string(),
      name: z.string(),
      tier: z.enum(CultivationTier.values),
      role: z.enum(MemberRole.values),
      linkKeys: z.array(z.string()),
    }),
  ),
});
export type TPublicCluster = z.infer<typeof ZPublicCluster>;

export const ZIndustrialClusterPublicSearch = carrierPublicSearch({ chain: z.enum(KeyChain.values).optional() });
export type TIndustrialClusterPublicSearch = z.input<typeof ZIndustrialClusterPublicSearch>;

export const ZIndustrialClustersStats = z.object({
  total: z.number().int(),
  active: z.number().int(),
  members: z.number().int(),
  links: z.number().int(),
  coveredLinks: z.number().int(),
  byTown: z.array(ZCarrierCount),
  byChain: z.array(ZCarrierCount),
  /** every active cluster's coverage and its gaps, for the board */
  clusters: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      chain: z.enum(KeyChain.values),
      members: z.number().int(),
      links: z.number().int(),
      covered: z.number().int(),
      gaps: z.array(z.object({ segment: z.enum(ChainSegment.values), name: z.string() })),
    }),
  ),
  /** The district's target and the live figure for each target year (target null: none set). */
  progress: ZCarrierProgress,
});
export type TIndustrialClustersStats = z.infer<typeof ZIndustrialClustersStats>;
