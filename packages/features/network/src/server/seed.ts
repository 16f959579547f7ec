import type { TDbTx } from "@qifu/db";
import { searchTextFor, NodeKind, type TNodeKind, type TRecognitionLevel, type TServiceCategory } from "@qifu/domain";

/** Demo towns of Huadu: 4 streets, 6 towns and 2 management committees (the "12" of 1+12+N). */
export const HUADU_TOWNS = [
  { code: "XINHUA", name: "新华街道", nameEn: "Xinhua Subdistrict", kind: "STREET", lng: 113.215, lat: 23.404 },
  { code: "XINYA", name: "新雅街道", nameEn: "Xinya Subdistrict", kind: "STREET", lng: 113.245, lat: 23.385 },
  { code: "XIUQUAN", name: "秀全街道", nameEn: "Xiuquan Subdistrict", kind: "STREET", lng: 113.19, lat: 23.42 },
  { code: "HUACHENG", name: "花城街道", nameEn: "Huacheng Subdistrict", kind: "STREET", lng: 113.23, lat: 23.37 },
  { code: "SHILING", name: "狮岭镇", nameEn: "Shiling Town", kind: "TOWN", lng: 113.15, lat: 23.46 },
  { code: "HUASHAN", name: "花山镇", nameEn: "Huashan Town", kind: "TOWN", lng: 113.28, lat: 23.44 },
  { code: "HUADONG", name: "花东镇", nameEn: "Huadong Town", kind: "TOWN", lng: 113.37, lat: 23.42 },
  { code: "TANBU", name: "炭步镇", nameEn: "Tanbu Town", kind: "TOWN", lng: 113.08, lat: 23.33 },
  { code: "CHINI", name: "赤坭镇", nameEn: "Chini Town", kind: "TOWN", lng: 113.1, lat: 23.4 },
  { code: "TIMIAN", name: "梯面镇", nameEn: "Timian Town", kind: "TOWN", lng: 113.3, lat: 23.58 },
  { code: "AUTO_CITY", name: "区汽车城", nameEn: "Auto City Committee", kind: "MANAGEMENT_COMMITTEE", lng: 113.17, lat: 23.37 },
  { code: "AIRPORT", name: "区空港委", nameEn: "Airport Economic Zone Committee", kind: "MANAGEMENT_COMMITTEE", lng: 113.3, lat: 23.39 },
] as const;

type TSeedNode = {
  key: string;
  name: string;
  kind: TNodeKind;
  town?: string;
  parent?: string;
  level?: TRecognitionLevel;
  categories: TServiceCategory[];
  staff: number;
  linked?: string | null;
  status?: "ACTIVE" | "SUSPENDED" | "CLOSED";
  description?: string;
};

const C = {
  base: ["INFO_CONSULTING", "STARTUP_COACHING", "FINANCING", "LEGAL"] as TServiceCategory[],
  tech: ["TECH_SUPPORT", "SCI_TECH", "INTELLECTUAL_PROPERTY", "INDUSTRY_ACADEMIA"] as TServiceCategory[],
  money: ["FINANCING", "ACCOUNTING_TAX", "MANAGEMENT_CONSULTING"] as TServiceCategory[],
  market: ["MARKET_EXPANSION", "INTERNATIONAL", "INFO_CONSULTING"] as TServiceCategory[],
  talent: ["TALENT", "STARTUP_COACHING", "MANAGEMENT_CONSULTING"] as TServiceCategory[],
};

/** Per town: the town unit, a service station, and nodes of the kinds that town really has. */
const TOWN_EXTRAS: Record<string, Omit<TSeedNode, "key" | "town">[]> = {
  XINHUA: [
    {
      name: "花都区创新创业孵化基地",
      kind: "INCUBATOR",
      level: "MUNICIPAL",
      categories: ["STARTUP_COACHING", "FINANCING", "SCI_TECH"],
      staff: 12,
      linked: "2023-06-18",
    },
    {
      name: "花都区知识产权服务中心",
      kind: "TECH_SERVICE_INSTITUTION",
      level: "DISTRICT",
      categories: ["INTELLECTUAL_PROPERTY", "LEGAL"],
      staff: 8,
      linked: "2024-03-02",
    },
    { name: "广州农商银行花都支行普惠金融部", kind: "FINANCIAL_INSTITUTION", categories: C.money, staff: 15, linked: "2024-05-20" },
  ],
  XINYA: [
    {
      name: "新雅数字经济众创空间",
      kind: "INCUBATOR",
      level: "DISTRICT",
      categories: ["STARTUP_COACHING", "TECH_SUPPORT"],
      staff: 6,
      linked: "2024-09-10",
    },
    {
      name: "花都区财税咨询服务联盟",
      kind: "ASSOCIATION",
      categories: ["ACCOUNTING_TAX", "MANAGEMENT_CONSULTING"],
      staff: 5,
      linked: "2025-02-14",
    },
  ],
  XIUQUAN: [
    {
      name: "花都区工业设计中心",
      kind: "TECH_SERVICE_INSTITUTION",
      level: "PROVINCIAL",
      categories: ["TECH_SUPPORT", "SCI_TECH", "MARKET_EXPANSION"],
      staff: 20,
      linked: "2023-11-08",
    },
    {
      name: "秀全检验检测公共服务平台",
      kind: "DEMONSTRATION_PLATFORM",
      level: "MUNICIPAL",
      categories: ["TECH_SUPPORT", "SCI_TECH"],
      staff: 18,
      linked: "2024-01-16",
    },
    { name: "花都区律师协会", kind: "ASSOCIATION", categories: ["LEGAL"], staff: 9, linked: "2025-04-01" },
  ],
  HUACHENG: [
    { name: "花城人力资源服务产业园", kind: "PARK_OPERATOR", level: "MUNICIPAL", categories: C.talent, staff: 14, linked: "2024-07-01" },
    { name: "中国银行花都支行小微金融服务中心", kind: "FINANCIAL_INSTITUTION", categories: C.money, staff: 10, linked: "2025-03-12" },
  ],
  SHILING: [
    {
      name: "狮岭皮革皮具产业集群公共服务平台",
      kind: "DEMONSTRATION_PLATFORM",
      level: "NATIONAL",
      categories: ["MARKET_EXPANSION", "TECH_SUPPORT", "INTERNATIONAL"],
      staff: 26,
      linked: "2023-03-15",
      description: "服务狮岭皮革皮具产业集群，提供设计研发、检测认证、跨境营销等一站式服务。",
    },
    { name: "花都区皮革皮具行业协会", kind: "ASSOCIATION", level: "DISTRICT", categories: C.market, staff: 7, linked: "2023-05-09" },
    {
      name: "狮岭皮具设计众创空间",
      kind: "INCUBATOR",
      level: "PROVINCIAL",
      categories: ["STARTUP_COACHING", "TECH_SUPPORT"],
      staff: 11,
      linked: "2024-02-27",
    },
    {
      name: "狮岭时尚产业园运营公司",
      kind: "PARK_OPERATOR",
      categories: ["MARKET_EXPANSION", "MANAGEMENT_CONSULTING"],
      staff: 16,
      linked: "2025-08-19",
    },
  ],
  HUASHAN: [
    {
      name: "花山智能制造产业园运营中心",
      kind: "PARK_OPERATOR",
      level: "MUNICIPAL",
      categories: ["TECH_SUPPORT", "MANAGEMENT_CONSULTING"],
      staff: 13,
      linked: "2024-10-22",
    },
    { name: "花山镇乡村振兴电商服务中心", kind: "OTHER", categories: ["MARKET_EXPANSION", "INFO_CONSULTING"], staff: 4, linked: null },
  ],
  HUADONG: [
    {
      name: "华南理工大学广州学院产学研合作中心",
      kind: "COLLEGE",
      level: "PROVINCIAL",
      categories: ["INDUSTRY_ACADEMIA", "TALENT", "SCI_TECH"],
      staff: 22,
      linked: "2023-09-01",
    },
    {
      name: "花东珠宝产业创新服务平台",
      kind: "DEMONSTRATION_PLATFORM",
      level: "DISTRICT",
      categories: ["TECH_SUPPORT", "MARKET_EXPANSION"],
      staff: 9,
      linked: "2024-06-06",
    },
    { name: "花东镇农产品加工企业联合会", kind: "ASSOCIATION", categories: C.market, staff: 3, linked: "2025-07-15", status: "SUSPENDED" },
  ],
  TANBU: [
    { name: "炭步镇中小企业融资服务点", kind: "FINANCIAL_INSTITUTION", categories: ["FINANCING"], staff: 3, linked: "2025-05-30" },
    { name: "炭步智能装备孵化器", kind: "INCUBATOR", categories: ["STARTUP_COACHING", "TECH_SUPPORT"], staff: 6, linked: "2026-03-18" },
  ],
  CHINI: [
    {
      name: "广东培正学院创新创业学院",
      kind: "COLLEGE",
      level: "MUNICIPAL",
      categories: ["TALENT", "STARTUP_COACHING", "INDUSTRY_ACADEMIA"],
      staff: 17,
      linked: "2024-04-11",
    },
    { name: "赤坭盆景苗木产业协会", kind: "ASSOCIATION", categories: C.market, staff: 4, linked: null },
  ],
  TIMIAN: [
    {
      name: "梯面镇生态旅游企业服务中心",
      kind: "OTHER",
      categories: ["INFO_CONSULTING", "MARKET_EXPANSION"],
      staff: 3,
      linked: "2026-01-08",
    },
  ],
  AUTO_CITY: [
    {
      name: "花都汽车零部件产业集群服务平台",
      kind: "DEMONSTRATION_PLATFORM",
      level: "PROVINCIAL",
      categories: ["TECH_SUPPORT", "MARKET_EXPANSION", "INDUSTRY_ACADEMIA"],
      staff: 24,
      linked: "2023-04-20",
    },
    { name: "花都区汽车零部件行业协会", kind: "ASSOCIATION", level: "DISTRICT", categories: C.market, staff: 6, linked: "2023-08-30" },
    {
      name: "汽车城智能网联汽车加速器",
      kind: "INCUBATOR",
      level: "MUNICIPAL",
      categories: ["STARTUP_COACHING", "FINANCING", "SCI_TECH"],
      staff: 12,
      linked: "2024-11-05",
    },
    {
      name: "汽车城检测认证服务中心",
      kind: "TECH_SERVICE_INSTITUTION",
      level: "DISTRICT",
      categories: ["TECH_SUPPORT", "SCI_TECH"],
      staff: 19,
      linked: "2025-06-25",
    },
  ],
  AIRPORT: [
    {
      name: "空港跨境电商产业园",
      kind: "PARK_OPERATOR",
      level: "PROVINCIAL",
      categories: ["INTERNATIONAL", "MARKET_EXPANSION"],
      staff: 21,
      linked: "2023-10-12",
    },
    {
      name: "空港经济区跨境电商孵化器",
      kind: "INCUBATOR",
      level: "DISTRICT",
      categories: ["STARTUP_COACHING", "INTERNATIONAL"],
      staff: 8,
      linked: "2024-08-08",
    },
    {
      name: "广州空港航空物流服务平台",
      kind: "DEMONSTRATION_PLATFORM",
      level: "MUNICIPAL",
      categories: ["MARKET_EXPANSION", "INFO_CONSULTING"],
      staff: 15,
      linked: "2025-01-20",
    },
    {
      name: "空港知识产权运营中心",
      kind: "TECH_SERVICE_INSTITUTION",
      categories: ["INTELLECTUAL_PROPERTY"],
      staff: 5,
      linked: "2026-04-02",
      status: "CLOSED",
    },
  ],
};

/** Town units that have no SME service station yet (the board flags them). */
const TOWNS_WITHOUT_STATION = new Set(["TIMIAN"]);

/** District-level nodes that belong to no town. */
const DISTRICT_NODES: Omit<TSeedNode, "key">[] = [
  {
    name: "花都区中小企业融资担保服务中心",
    kind: "FINANCIAL_INSTITUTION",
    level: "DISTRICT",
    categories: ["FINANCING"],
    staff: 11,
    linked: "2023-02-10",
  },
  { name: "花都区中小企业协会", kind: "ASSOCIATION", level: "DISTRICT", categories: C.base, staff: 8, linked: "2023-02-10" },
  {
    name: "花都区企业管理咨询服务联盟",
    kind: "ASSOCIATION",
    categories: ["MANAGEMENT_CONSULTING", "TALENT"],
    staff: 6,
    linked: "2024-12-01",
  },
  { name: "广州市花都区职业技术学校", kind: "COLLEGE", categories: ["TALENT"], staff: 10, linked: "2025-09-15" },
  {
    name: "花都区科技成果转化服务中心",
    kind: "TECH_SERVICE_INSTITUTION",
    level: "MUNICIPAL",
    categories: C.tech,
    staff: 14,
    linked: "2023-07-07",
  },
];

function isoDate(s: string | null | undefined) {
  return s ? new Date(`${s}T00:00:00Z`) : null;
}

/** A small deterministic jitter so seeded nodes of one town do not sit on one point. */
function jitter(seed: string, scale = 0.02) {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return ((Math.abs(h) % 1000) / 1000 - 0.5) * scale;
}

/** The seed list of the Huadu 1+12+N network: 1 centre, 12 town units, N nodes. */
export function huaduSeedNodes(): TSeedNode[] {
  const nodes: TSeedNode[] = [
    {
      key: "centre",
      name: "花都区中小企业服务中心",
      kind: "DISTRICT_CENTRE",
      level: "MUNICIPAL",
      categories: [...C.base, ...C.tech],
      staff: 30,
      linked: "2023-01-01",
      description: "花都区中小企业公共服务体系的枢纽，统筹“1+12+N”服务网络，提供政策直享、服务直达、诉求直办。",
    },
  ];
  DISTRICT_NODES.forEach((n, i) => nodes.push({ ...n, key: `district-${i + 1}`, parent: "centre" }));
  for (const town of HUADU_TOWNS) {
    const unitKey = `unit-${town.code}`;
    nodes.push({
      key: unitKey,
      name: `${town.name}企业服务中心`,
      kind: "TOWN_UNIT",
      town: town.code,
      parent: "centre",
      categories: C.base,
      staff: 6,
      linked: "2023-01-01",
    });
    // the town's SME service station (its details: the service-stations seed); 梯面镇 has none yet
    if (!TOWNS_WITHOUT_STATION.has(town.code))
      nodes.push({
        key: `station-${town.code}`,
        name: `${town.name}中小企业服务站`,
        kind: "SERVICE_STATION",
        town: town.code,
        parent: unitKey,
        level: "DISTRICT",
        categories: [...C.base, "ACCOUNTING_TAX"],
        staff: 4,
        linked: "2025-03-01",
      });
    (TOWN_EXTRAS[town.code] ?? []).forEach((n, i) => nodes.push({ ...n, key: `${town.code}-${i + 1}`, town: town.code, parent: unitKey }));
  }
  return nodes;
}

/** Upsert the demo network; existing rows are left as users edited them. */
export async function seedNetwork(tx: TDbTx, townIds: Map<string, string>) {
  const towns = new Map<string, (typeof HUADU_TOWNS)[number]>(HUADU_TOWNS.map((t) => [t.code, t]));
  for (const n of huaduSeedNodes()) {
    const town = n.town ? towns.get(n.town) : undefined;
    const id = `seed-node-${n.key}`;
    const townName = town?.name ?? null;
    const data = {
      name: n.name,
      kind: n.kind,
      parentId: n.parent ? `seed-node-${n.parent}` : null,
      townId: n.town ? townIds.get(n.town)! : null,
      recognitionLevel: n.level ?? "NONE",
      address: `广州市花都区${townName ?? "新华街道"}${n.kind === "TOWN_UNIT" ? "政务服务中心" : "企业服务大楼"}${(Math.abs(Math.round(jitter(n.key, 200))) % 180) + 1}号`,
      longitude: (town?.lng ?? 113.22) + jitter(n.key),
      latitude: (town?.lat ?? 23.404) + jitter(`${n.key}#`),
      // the office's landline, published; the contact person's number is for signed-in staff (issue 11 point 12)
      officePhone: `020-3689${String(1000 + (Math.abs(Math.round(jitter(n.key, 18000))) % 9000)).slice(0, 4)}`,
      contactName: "服务专员",
      contactPhone: `020-3689${String(1000 + (Math.abs(Math.round(jitter(n.key, 18000))) % 9000)).slice(0, 4)}`,
      contactEmail: null,
      staffCount: n.staff,
      serviceCategories: n.categories,
      status: n.status ?? "ACTIVE",
      linkedAt: isoDate(n.linked === undefined ? "2024-01-01" : n.linked),
      description:
        n.description ?? `${n.name}是花都区中小企业公共服务网络的${NodeKind.label(n.kind)}，面向${townName ?? "全区"}中小企业提供服务。`,
    };
    await tx.node.upsert({
      where: { id },
      create: { id, ...data, searchText: searchTextFor(data.name, data.address, data.description, townName, NodeKind.label(n.kind)) },
      update: {},
    });
  }
}
