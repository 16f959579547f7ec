import type { TDbTx } from "@qifu/db";
import { seedContext, seedDistrictTargets } from "@qifu/trpc-core";
import { SPECIALIZED_PARKS_COUNT_METRIC, type TSpecializedParkStatus } from "../schemas";
import { prepareSpecializedParkCreate } from "./resources";

type TSeedPark = {
  town: string;
  name: string;
  node?: string;
  developer: string;
  industry: string;
  address: string;
  land: number;
  floor: number;
  status: TSpecializedParkStatus;
  opened?: string;
  residents: number;
  description: string;
};

const CITY_INVEST = "广州市花都区城市建设投资集团有限公司";

/** Five parks at every stage; three operate by 2026, the plan's 2027 target. */
const PARKS: TSeedPark[] = [
  {
    town: "AUTO_CITY",
    name: "花都汽车城专精特新产业园",
    developer: CITY_INVEST,
    industry: "新能源汽车零部件、智能网联",
    address: "花都汽车城风神大道以北",
    land: 186_000,
    floor: 420_000,
    status: "OPERATING",
    opened: "2024-06-28",
    residents: 6,
    description: "区属国企开发建设的首个专精特新产业园，定向招引汽车零部件“小巨人”和专精特新企业，提供标准厂房、检测中心和共享实验室。",
  },
  {
    town: "SHILING",
    name: "狮岭时尚智造专精特新产业园",
    node: "seed-node-SHILING-4",
    developer: "广州花都城投产业园区开发有限公司",
    industry: "皮革皮具智能制造、时尚设计",
    address: "狮岭镇盘古北路与金狮大道交汇处",
    land: 98_000,
    floor: 236_000,
    status: "OPERATING",
    opened: "2025-09-16",
    residents: 6,
    description: "围绕狮岭皮革皮具产业集群，建设智能制造车间和设计研发中心，推动传统产业向专精特新升级。",
  },
  {
    town: "XIUQUAN",
    name: "花都珠宝专精特新产业园",
    developer: CITY_INVEST,
    industry: "珠宝首饰设计与精密加工",
    address: "秀全街珠宝小镇片区",
    land: 52_000,
    floor: 118_000,
    status: "OPERATING",
    opened: "2026-04-20",
    residents: 4,
    description: "以珠宝首饰设计、精密加工和检测鉴定为主导，配套直播电商基地。",
  },
  {
    town: "HUASHAN",
    name: "花山智能装备专精特新产业园",
    node: "seed-node-HUASHAN-1",
    developer: CITY_INVEST,
    industry: "智能装备、电子信息",
    address: "花山镇花山大道东侧",
    land: 140_000,
    floor: 300_000,
    status: "BUILDING",
    residents: 2,
    description: "一期标准厂房在建，预计2027年投入运营，已签约意向入驻企业。",
  },
  {
    town: "AIRPORT",
    name: "空港高端制造专精特新产业园",
    developer: "广州空港经济区投资发展有限公司",
    industry: "航空物流装备、高端制造",
    address: "空港经济区机场北进场路东侧",
    land: 210_000,
    floor: 460_000,
    status: "PLANNED",
    residents: 0,
    description: "纳入区级规划，正在开展用地报批和招商策划。",
  },
];

const TARGETS: [number, number, string][] = [
  [2025, 1, "花都区三年行动计划：专精特新产业园建设进度"],
  [2026, 2, "花都区三年行动计划：专精特新产业园建设进度"],
  [2027, 3, "花都区三年行动计划：建成专精特新产业园3个以上"],
];

/** Idempotent: parks only into an empty table; targets upserted and left alone when they exist. */
export async function seedSpecializedParks(tx: TDbTx, townIds: Map<string, string>) {
  await seedDistrictTargets(
    tx,
    TARGETS.map(([year, value, note]) => ({
      metricKey: SPECIALIZED_PARKS_COUNT_METRIC,
      year,
      value,
      note,
      source: "《花都区中小企业公共服务体系建设三年行动计划（2025-2027年）》二（四）4",
    })),
  );
  if ((await tx.specializedPark.count()) > 0) return;
  const ctx = seedContext(tx);
  const taken = new Set<string>();
  for (const [i, p] of PARKS.entries()) {
    const townId = townIds.get(p.town);
    if (!townId) continue;
    const node = p.node ? await tx.node.findUnique({ where: { id: p.node }, select: { id: true } }) : null;
    const data = await prepareSpecializedParkCreate(ctx, {
      name: p.name,
      townId,
      operatorNodeId: node?.id ?? null,
      developer: p.developer,
      leadingIndustry: p.industry,
      address: p.address,
      landAreaSqm: p.land,
      floorAreaSqm: p.floor,
      status: p.status,
      openedOn: p.opened ?? null,
      description: p.description,
    });
    const id = `seed-park-${i + 1}`;
    await tx.specializedPark.create({ data: { ...data, id } as never });
    // residents: enterprises of the registry, the higher rungs of the ladder first, own town preferred
    const candidates = await tx.enterprise.findMany({
      where: { id: { notIn: [...taken] } },
      select: { id: true, townId: true, tier: true },
      orderBy: { id: "asc" },
    });
    const rank = (e: { townId: string | null; tier: string }) => (e.townId === townId ? 0 : 10) + (e.tier === "NONE" ? 5 : 0);
    const chosen = candidates.sort((a, b) => rank(a) - rank(b)).slice(0, p.residents);
    for (const [j, e] of chosen.entries()) {
      taken.add(e.id);
      const movedIn = p.opened ? new Date(Date.parse(`${p.opened}T00:00:00Z`) + j * 30 * 86_400_000) : null;
      await tx.specializedParkResident.create({
        data: { id: `${id}-resident-${j + 1}`, parkId: id, enterpriseId: e.id, movedInOn: movedIn },
      });
    }
  }
}
