import { seedDistrictTargets } from "@qifu/trpc-core";
import type { TDbTx } from "@qifu/db";
import type { TServiceCategory } from "@qifu/domain";
import { searchTextFor, ServiceCategory } from "@qifu/domain";
import {
  SERVICE_STATIONS_COUNT_METRIC,
  SERVICE_STATIONS_COVERAGE_METRIC,
  StationOperatorKind,
  type TServiceStationStatus,
  type TStationOperatorKind,
} from "../schemas";

type TSeedStation = {
  town: string;
  name: string;
  host: string;
  kind: TStationOperatorKind;
  operator: string;
  address: string;
  hours: string;
  categories: TServiceCategory[];
  staff: number;
  onCall: [string, string];
  opened: string;
  status?: TServiceStationStatus;
  description: string;
};

const WEEKDAYS = "工作日 9:00-12:00，14:00-17:30";
const BASE: TServiceCategory[] = ["INFO_CONSULTING", "FINANCING", "LEGAL", "ACCOUNTING_TAX"];

/**
 * 13 stations over 11 of the 12 town units. 梯面镇 has none yet, so the board flags it: the
 * plan wants at least one in every town unit by 2027.
 */
const STATIONS: TSeedStation[] = [
  {
    town: "XINHUA",
    name: "新华街道中小企业服务站",
    host: "seed-node-station-XINHUA",
    kind: "GOVERNMENT",
    operator: "新华街道企业服务中心",
    address: "新华街公益路28号政务服务中心二楼",
    hours: WEEKDAYS,
    categories: [...BASE, "STARTUP_COACHING"],
    staff: 5,
    onCall: ["李敏", "020-36801234"],
    opened: "2024-03-18",
    description: "依托街道企业服务中心，提供政策咨询、融资对接、法律和财税服务，接收企业诉求并跟踪办理。",
  },
  {
    town: "XINHUA",
    name: "花都区创新创业孵化基地服务站",
    host: "seed-node-XINHUA-1",
    kind: "DEMONSTRATION_PLATFORM",
    operator: "花都区创新创业孵化基地",
    address: "新华街迎宾大道163号孵化基地A栋",
    hours: "周一至周六 9:00-18:00",
    categories: ["STARTUP_COACHING", "FINANCING", "SCI_TECH"],
    staff: 4,
    onCall: ["周凯", "13902201188"],
    opened: "2025-05-10",
    description: "面向在孵企业和初创团队，提供创业辅导、投融资对接和科技项目申报服务。",
  },
  {
    town: "XINYA",
    name: "新雅街道中小企业服务站",
    host: "seed-node-station-XINYA",
    kind: "GOVERNMENT",
    operator: "新雅街道企业服务中心",
    address: "新雅街镜湖大道8号",
    hours: WEEKDAYS,
    categories: [...BASE, "TECH_SUPPORT"],
    staff: 3,
    onCall: ["陈静", "020-36802345"],
    opened: "2024-06-01",
    description: "服务新雅街数字经济和商贸企业，代办政务事项，组织政策宣讲。",
  },
  {
    town: "XIUQUAN",
    name: "秀全街道中小企业服务站",
    host: "seed-node-station-XIUQUAN",
    kind: "GOVERNMENT",
    operator: "秀全街道企业服务中心",
    address: "秀全街秀全大道42号",
    hours: WEEKDAYS,
    categories: BASE,
    staff: 4,
    onCall: ["黄伟", "020-36803456"],
    opened: "2024-09-12",
    description: "街道企业服务窗口，提供一站式咨询和诉求受理。",
  },
  {
    town: "XIUQUAN",
    name: "花都区律师协会中小企业法律服务站",
    host: "seed-node-XIUQUAN-3",
    kind: "ASSOCIATION",
    operator: "花都区律师协会",
    address: "秀全街商业大道15号律师之家",
    hours: "工作日 9:00-17:30，周六上午值班",
    categories: ["LEGAL", "INFO_CONSULTING"],
    staff: 6,
    onCall: ["刘律师", "13826011234"],
    opened: "2025-04-01",
    description: "律师轮值坐班，提供合同审查、劳动用工、知识产权纠纷等法律咨询，每月开展一次法治体检。",
  },
  {
    town: "HUACHENG",
    name: "花城街道中小企业服务站",
    host: "seed-node-station-HUACHENG",
    kind: "GOVERNMENT",
    operator: "花城街道企业服务中心",
    address: "花城街建设北路99号",
    hours: WEEKDAYS,
    categories: [...BASE, "TALENT"],
    staff: 3,
    onCall: ["吴婷", "020-36804567"],
    opened: "2025-01-08",
    description: "结合花城人力资源服务产业园，突出用工招聘和人才服务。",
  },
  {
    town: "SHILING",
    name: "狮岭镇中小企业服务站",
    host: "seed-node-station-SHILING",
    kind: "GOVERNMENT",
    operator: "狮岭镇企业服务中心",
    address: "狮岭镇府前路1号",
    hours: WEEKDAYS,
    categories: [...BASE, "MARKET_EXPANSION"],
    staff: 5,
    onCall: ["张强", "020-86981234"],
    opened: "2024-02-26",
    description: "服务狮岭镇皮革皮具和箱包企业，提供政策兑现、融资对接、用工和法律服务。",
  },
  {
    town: "SHILING",
    name: "狮岭皮革皮具产业集群服务站",
    host: "seed-node-SHILING-1",
    kind: "CLUSTER",
    operator: "狮岭皮革皮具产业集群公共服务平台",
    address: "狮岭镇金狮大道中国皮具之都会展中心",
    hours: "周一至周日 9:00-18:00",
    categories: ["MARKET_EXPANSION", "TECH_SUPPORT", "INTERNATIONAL", "INTELLECTUAL_PROPERTY"],
    staff: 8,
    onCall: ["王海", "13600001111"],
    opened: "2024-08-15",
    description: "依托国家级产业集群公共服务平台，提供设计研发、检测认证、跨境电商和展会服务，全时响应集群企业需求。",
  },
  {
    town: "HUASHAN",
    name: "花山镇中小企业服务站",
    host: "seed-node-station-HUASHAN",
    kind: "PARK_OPERATOR",
    operator: "花山智能制造产业园运营中心",
    address: "花山镇两龙南街18号",
    hours: WEEKDAYS,
    categories: [...BASE, "TECH_SUPPORT", "MANAGEMENT_CONSULTING"],
    staff: 4,
    onCall: ["郑洁", "020-86982345"],
    opened: "2025-03-20",
    description: "由产业园运营方承办，服务园区和周边智能制造企业。",
  },
  {
    town: "HUADONG",
    name: "花东镇中小企业服务站",
    host: "seed-node-station-HUADONG",
    kind: "GOVERNMENT",
    operator: "花东镇企业服务中心",
    address: "花东镇花东大道128号",
    hours: WEEKDAYS,
    categories: BASE,
    staff: 3,
    onCall: ["何磊", "020-86983456"],
    opened: "2025-06-18",
    description: "服务花东镇和空港周边企业，受理企业诉求。",
  },
  {
    town: "TANBU",
    name: "炭步镇中小企业服务站",
    host: "seed-node-station-TANBU",
    kind: "GOVERNMENT",
    operator: "炭步镇企业服务中心",
    address: "炭步镇文化路6号",
    hours: WEEKDAYS,
    categories: BASE,
    staff: 2,
    onCall: ["梁燕", "020-86984567"],
    opened: "2026-03-02",
    description: "新设服务站，提供政策咨询和融资对接，逐步拓展服务项目。",
  },
  {
    town: "CHINI",
    name: "赤坭镇中小企业服务站",
    host: "seed-node-station-CHINI",
    kind: "GOVERNMENT",
    operator: "赤坭镇企业服务中心",
    address: "赤坭镇赤坭大道33号",
    hours: WEEKDAYS,
    categories: BASE,
    staff: 2,
    onCall: ["罗勇", "020-86985678"],
    opened: "2026-05-11",
    status: "SUSPENDED",
    description: "办公场所改造中，暂停现场服务，企业诉求请拨打全时响应电话。",
  },
  {
    town: "AUTO_CITY",
    name: "汽车城中小企业服务站",
    host: "seed-node-station-AUTO_CITY",
    kind: "PARK_OPERATOR",
    operator: "花都汽车城发展有限公司",
    address: "花都汽车城风神大道8号",
    hours: WEEKDAYS,
    categories: [...BASE, "TECH_SUPPORT", "INDUSTRY_ACADEMIA"],
    staff: 4,
    onCall: ["孙涛", "020-86986789"],
    opened: "2025-09-01",
    description: "服务汽车及零部件产业链企业，组织配套对接和技术交流。",
  },
  {
    town: "AIRPORT",
    name: "空港经济区中小企业服务站",
    host: "seed-node-station-AIRPORT",
    kind: "SERVICE_INSTITUTION",
    operator: "广州空港企业服务有限公司",
    address: "空港经济区机场北进场路20号",
    hours: "周一至周六 8:30-18:00",
    categories: [...BASE, "INTERNATIONAL", "MARKET_EXPANSION"],
    staff: 5,
    onCall: ["邓芳", "13711112222"],
    opened: "2026-01-15",
    description: "服务临空经济企业，提供跨境贸易、物流和外贸政策服务。",
  },
];

const PLAN = "《花都区中小企业公共服务体系建设三年行动计划（2025-2027年）》";
/** metric, year, value, note, 依据 (the plan the target comes from) */
const TARGETS: [string, number, number, string, string][] = [
  [SERVICE_STATIONS_COUNT_METRIC, 2025, 8, "服务站建设进度（年度分解）", `${PLAN}二（四）2`],
  [SERVICE_STATIONS_COUNT_METRIC, 2026, 10, "服务站建设进度（年度分解）", `${PLAN}二（四）2`],
  [SERVICE_STATIONS_COUNT_METRIC, 2027, 12, "建成中小企业服务站12个以上", `${PLAN}二（四）2`],
  [SERVICE_STATIONS_COVERAGE_METRIC, 2025, 8, "镇街覆盖进度（年度分解）", `${PLAN}二（四）2`],
  [SERVICE_STATIONS_COVERAGE_METRIC, 2026, 10, "镇街覆盖进度（年度分解）", `${PLAN}二（四）2`],
  [SERVICE_STATIONS_COVERAGE_METRIC, 2027, 12, "每个镇街（含管委会）至少1个服务站", `${PLAN}二（四）2`],
];

/**
 * Idempotent: stations only into an empty table; targets upserted and left alone when they exist.
 * Each station is one node of kind SERVICE_STATION (the network seed's town station node, or one
 * made here for a station hosted by another node) with its station record: the demo has each once.
 */
export async function seedServiceStations(tx: TDbTx, townIds: Map<string, string>) {
  await seedDistrictTargets(
    tx,
    TARGETS.map(([metricKey, year, value, note, source]) => ({ metricKey, year, value, note, source })),
  );
  if ((await tx.serviceStation.count()) > 0) return;
  for (const [i, s] of STATIONS.entries()) {
    const townId = townIds.get(s.town);
    if (!townId) continue;
    const town = await tx.town.findUniqueOrThrow({ where: { id: townId }, select: { name: true } });
    // the town's own station node (network seed), or a station node of its own under the town's unit
    const ownNode = s.host === `seed-node-station-${s.town}`;
    const nodeId = ownNode ? s.host : `seed-node-stn-${i + 1}`;
    const host = ownNode ? null : await tx.node.findUnique({ where: { id: s.host }, select: { id: true } });
    const status = s.status ?? "ACTIVE";
    const node = {
      name: s.name,
      kind: "SERVICE_STATION",
      townId,
      address: s.address,
      contactName: s.onCall[0],
      contactPhone: s.onCall[1],
      staffCount: s.staff,
      // a landline on-call number is the office's and is published; a personal mobile is not (issue 11 point 12)
      officePhone: /^1[3-9]\d{9}$/.test(s.onCall[1]) ? null : s.onCall[1],
      serviceCategories: s.categories,
      status,
      description: s.description,
      searchText: searchTextFor(
        s.name,
        s.address,
        s.description,
        town.name,
        "中小企业服务站",
        s.categories.map((c) => ServiceCategory.label(c)).join(" "),
      ),
    };
    await tx.node.upsert({
      where: { id: nodeId },
      create: {
        id: nodeId,
        ...node,
        parentId: `seed-node-unit-${s.town}`,
        recognitionLevel: "DISTRICT",
        linkedAt: new Date(`${s.opened}T00:00:00Z`),
      },
      update: node,
    });
    await tx.serviceStation.create({
      data: {
        id: `seed-station-${i + 1}`,
        nodeId,
        operatorNodeId: host?.id ?? null,
        operatorKind: s.kind,
        operatorName: s.operator,
        openingHours: s.hours,
        openedOn: new Date(`${s.opened}T00:00:00Z`),
        searchText: searchTextFor(s.name, s.operator, StationOperatorKind.label(s.kind), s.address, s.description, town.name),
      },
    });
  }
}
