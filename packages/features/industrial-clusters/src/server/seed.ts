import { seedDistrictTargets } from "@qifu/trpc-core";
import type { TDbTx } from "@qifu/db";
import { searchTextFor, type TRecognitionLevel } from "@qifu/domain";
import { INDUSTRIAL_CLUSTERS_COUNT_METRIC, KeyChain, type TChainSegment, type TKeyChain, type TMemberRole } from "../schemas";

type TSeedCluster = {
  key: string;
  name: string;
  chain: TKeyChain;
  town: string;
  node: string;
  lead: string;
  level: TRecognitionLevel;
  established: string;
  outputWan: number;
  description: string;
  links: [TChainSegment, string][];
  /** member name → role and the names of the links it covers */
  members: [string, TMemberRole, string[]][];
};

/** Huadu's clusters on its key chains, members from the demo enterprise registry; a link no member covers is a gap. */
const CLUSTERS: TSeedCluster[] = [
  {
    key: "leather",
    name: "花都狮岭皮革皮具中小企业特色产业集群",
    chain: "LEATHER",
    town: "SHILING",
    node: "seed-node-SHILING-1",
    lead: "狮岭镇人民政府、花都区皮革皮具行业协会",
    level: "NATIONAL",
    established: "2023-01-01",
    outputWan: 3_500_000,
    description: "以狮岭镇为核心的皮革皮具产业集群，汇聚原辅材料、设计研发、生产制造到跨境销售的完整链条，被誉为“中国皮具之都”。",
    links: [
      ["UPSTREAM", "皮革鞣制"],
      ["UPSTREAM", "五金配件"],
      ["UPSTREAM", "辅料供应"],
      ["MIDSTREAM", "原创设计"],
      ["MIDSTREAM", "生产制造"],
      ["DOWNSTREAM", "品牌营销"],
      ["DOWNSTREAM", "跨境电商"],
      ["DOWNSTREAM", "检测认证"],
    ],
    members: [
      ["广州市金狮箱包有限公司", "LEADER", ["生产制造", "品牌营销"]],
      ["广州狮岭皮具制造有限公司", "CORE", ["生产制造", "品牌营销"]],
      ["广州雅丽手袋有限公司", "CORE", ["生产制造"]],
      ["广州盛世皮革制品有限公司", "MEMBER", ["皮革鞣制"]],
      ["广州宏图五金配件有限公司", "MEMBER", ["五金配件"]],
      ["广州市新骏皮具辅料有限公司", "MEMBER", ["辅料供应"]],
      ["花都区狮岭时尚皮具设计工作室", "MEMBER", ["原创设计"]],
      ["广州狮岭国际皮革城跨境电商有限公司", "MEMBER", ["跨境电商"]],
    ],
  },
  {
    key: "auto",
    name: "花都汽车及零部件中小企业特色产业集群",
    chain: "AUTO",
    town: "AUTO_CITY",
    node: "seed-node-AUTO_CITY-1",
    lead: "区汽车城管委会、区科技工业信息化局",
    level: "PROVINCIAL",
    established: "2024-03-01",
    outputWan: 8_200_000,
    description: "依托花都汽车城整车企业，培育以汽车零部件中小企业为主体的配套集群，提升关键环节本地配套率。",
    links: [
      ["UPSTREAM", "模具与精密铸造"],
      ["UPSTREAM", "汽车电子"],
      ["UPSTREAM", "动力电池"],
      ["UPSTREAM", "轻量化材料"],
      ["MIDSTREAM", "冲压与车身件"],
      ["MIDSTREAM", "座椅与内饰"],
      ["MIDSTREAM", "线束"],
      ["DOWNSTREAM", "检测认证"],
      ["DOWNSTREAM", "汽车物流"],
      ["DOWNSTREAM", "汽车后市场"],
    ],
    members: [
      ["广州市宏达汽车线束有限公司", "LEADER", ["线束"]],
      ["广州花都汽车零部件精工有限公司", "CORE", ["冲压与车身件"]],
      ["广州市锐驰汽车座椅有限公司", "CORE", ["座椅与内饰"]],
      ["广州新能汽车电池系统有限公司", "CORE", ["动力电池"]],
      ["广州东风智联电子有限公司", "MEMBER", ["汽车电子"]],
      ["广州智驾软件科技有限公司", "MEMBER", ["汽车电子"]],
      ["广州精铸模具科技有限公司", "MEMBER", ["模具与精密铸造"]],
      ["广州车联检测技术服务有限公司", "MEMBER", ["检测认证"]],
      ["广州花都物流运输有限公司", "MEMBER", ["汽车物流"]],
    ],
  },
  {
    key: "jewellery",
    name: "花东珠宝首饰中小企业特色产业集群",
    chain: "JEWELLERY",
    town: "HUADONG",
    node: "seed-node-HUADONG-2",
    lead: "花东镇人民政府",
    level: "MUNICIPAL",
    established: "2025-06-01",
    outputWan: 600_000,
    description: "以花东珠宝产业园为载体，集聚珠宝设计、加工和检测企业，打造湾区珠宝首饰加工基地。",
    links: [
      ["UPSTREAM", "原料采购"],
      ["MIDSTREAM", "设计研发"],
      ["MIDSTREAM", "加工制造"],
      ["DOWNSTREAM", "检测鉴定"],
      ["DOWNSTREAM", "品牌零售"],
    ],
    members: [
      ["广州花东珠宝首饰有限公司", "LEADER", ["加工制造", "品牌零售"]],
      ["广州金艺珠宝设计有限公司", "CORE", ["设计研发"]],
      ["广州市花东翡翠加工厂", "MEMBER", ["加工制造"]],
      ["广州粤港澳大湾区珠宝检测中心有限公司", "MEMBER", ["检测鉴定"]],
    ],
  },
  {
    key: "airport",
    name: "空港跨境电商与临空物流产业集群",
    chain: "AIRPORT_ECONOMY",
    town: "AIRPORT",
    node: "seed-node-AIRPORT-1",
    lead: "区空港委",
    level: "NONE",
    established: "2026-04-01",
    outputWan: 1_200_000,
    description: "依托白云国际机场，集聚跨境电商、国际货代、智慧仓储和航空维修企业，发展临空经济。",
    links: [
      ["UPSTREAM", "货源供应链"],
      ["MIDSTREAM", "跨境电商运营"],
      ["MIDSTREAM", "数字贸易服务"],
      ["DOWNSTREAM", "国际货代"],
      ["DOWNSTREAM", "智慧仓储"],
      ["DOWNSTREAM", "航空维修保障"],
      ["DOWNSTREAM", "跨境支付结算"],
    ],
    members: [
      ["广州空港跨境电商供应链有限公司", "LEADER", ["货源供应链", "跨境电商运营"]],
      ["广州飞扬电子商务有限公司", "MEMBER", ["跨境电商运营"]],
      ["广州临空数字科技有限公司", "MEMBER", ["数字贸易服务"]],
      ["广州云帆国际货运代理有限公司", "CORE", ["国际货代"]],
      ["广州空港智慧仓储有限公司", "CORE", ["智慧仓储"]],
      ["广州航兴飞机维修工程有限公司", "CORE", ["航空维修保障"]],
    ],
  },
];

const date = (s: string) => new Date(`${s}T00:00:00Z`);

/** Demo clusters with members and chain links, and the plan's target (≥ 3 clusters by 2027) per year. Rows that exist are left alone. */
export async function seedIndustrialClusters(tx: TDbTx, townIds: Map<string, string>) {
  if ((await tx.industrialCluster.count()) === 0) {
    for (const c of CLUSTERS) {
      const townId = townIds.get(c.town);
      if (!townId) continue;
      const id = `seed-industrial-cluster-${c.key}`;
      const links = c.links.map(([segment, name], i) => ({ key: `${c.key}-${i + 1}`, segment, name }));
      const node = await tx.node.findUnique({ where: { id: c.node }, select: { id: true } });
      await tx.industrialCluster.create({
        data: {
          id,
          name: c.name,
          chain: c.chain,
          townId,
          operatorNodeId: node?.id ?? null,
          leadUnit: c.lead,
          links,
          recognitionLevel: c.level,
          establishedOn: date(c.established),
          annualOutputWan: c.outputWan,
          status: "ACTIVE",
          contactName: "集群服务专员",
          contactPhone: `020-3691${String(2000 + c.key.length * 613).slice(-4)}`,
          description: c.description,
          searchText: searchTextFor(c.name, KeyChain.label(c.chain), c.lead, c.description, links.map((l) => l.name).join(" ")),
        },
      });
      for (const [i, [name, role, covers]] of c.members.entries()) {
        const e = await tx.enterprise.findFirst({ where: { name }, select: { id: true } });
        if (!e) continue;
        const linkKeys = links.filter((l) => covers.includes(l.name)).map((l) => l.key);
        await tx.industrialClusterMember.create({
          data: { id: `${id}-m${i + 1}`, clusterId: id, enterpriseId: e.id, role, linkKeys, joinedOn: date(c.established) },
        });
      }
    }
  }
  await seedDistrictTargets(
    tx,
    (
      [
        [2025, 1],
        [2026, 2],
        [2027, 3],
      ] as const
    ).map(([year, value]) => ({
      metricKey: INDUSTRIAL_CLUSTERS_COUNT_METRIC,
      year,
      value,
      note: "花都区三年行动计划：到2027年累计培育3个以上中小企业特色产业集群",
      source: "《花都区中小企业公共服务体系建设三年行动计划（2025-2027年）》二（四）5",
    })),
  );
}
