import { seedDistrictTargets } from "@qifu/trpc-core";
import type { TDbTx } from "@qifu/db";
import { isAboveDesignatedSize, searchTextFor, type TRecognitionLevel } from "@qifu/domain";
import {
  INNOVATION_BASES_COUNT_METRIC,
  INNOVATION_BASES_GRADUATIONS_METRIC,
  InnovationBaseKind,
  type TFinancingKind,
  type TInnovationBaseKind,
} from "../schemas";

type TSeedResident = {
  name: string;
  in: string;
  graduated?: string;
  left?: string;
  area?: number;
  grew?: boolean;
  money?: [TFinancingKind, number, string, string][];
};
type TSeedBase = {
  key: string;
  name: string;
  kind: TInnovationBaseKind;
  level: TRecognitionLevel;
  town: string;
  node: string;
  operator: string;
  street: string;
  area: [number, number];
  facilities: string[];
  team: [number, number, string];
  opened: string;
  description: string;
  residents: TSeedResident[];
};

const WAN = 1_000_000; // fen in 1万元

/**
 * Demo bases of Huadu, one per incubator node of the network (花都区创新创业孵化基地, 狮岭皮具设计众创空间,
 * 汽车城智能网联汽车加速器 …), with residents from the demo enterprise registry. `grew`: below
 * designated size when it moved in (小升规 since).
 */
const BASES: TSeedBase[] = [
  {
    key: "xinhua",
    name: "花都区创新创业孵化基地",
    kind: "INCUBATOR",
    level: "MUNICIPAL",
    town: "XINHUA",
    node: "seed-node-XINHUA-1",
    operator: "广州花都创新创业服务有限公司",
    street: "新华街道迎宾大道创新大厦",
    area: [18000, 3200],
    facilities: ["共享会议室", "路演厅", "创客咖啡", "共享实验室", "人才公寓"],
    team: [14, 26, "专职运营团队14人，签约创业导师26名，覆盖财税、法律、投融资和技术转移"],
    opened: "2019-05-01",
    description: "花都区首个市级科技企业孵化器，聚焦新一代信息技术和数字创意，为初创企业提供办公空间、创业辅导和投融资对接。",
    residents: [
      {
        name: "广州市花都区创客信息科技有限公司",
        in: "2021-03-01",
        area: 180,
        money: [
          ["EQUITY", 300, "广州花都产业投资基金", "2023-06-20"],
          ["GRANT", 30, "花都区科技创新扶持资金", "2024-09-10"],
        ],
      },
      { name: "广州花都知识产权代理有限公司", in: "2019-08-15", graduated: "2025-06-30", area: 120 },
      { name: "广州花都文化传媒有限公司", in: "2020-11-01", left: "2024-03-31", area: 90 },
    ],
  },
  {
    key: "xinya",
    name: "新雅数字经济众创空间",
    kind: "MAKERSPACE",
    level: "DISTRICT",
    town: "XINYA",
    node: "seed-node-XINYA-1",
    operator: "广州新雅数字经济产业园运营有限公司",
    street: "新雅街道镜湖大道数字经济产业园",
    area: [3500, 600],
    facilities: ["开放工位", "共享会议室", "直播间", "3D打印工坊"],
    team: [6, 10, "运营团队6人，创业导师10名"],
    opened: "2021-03-15",
    description: "面向数字经济领域创业团队的众创空间，提供开放工位、直播电商和软件开发公共服务。",
    residents: [
      {
        name: "广州新雅数码科技有限公司",
        in: "2021-05-10",
        area: 160,
        money: [["LOAN", 200, "广州农商银行花都支行（科技贷）", "2024-04-18"]],
      },
      { name: "广州新雅财税服务有限公司", in: "2022-02-01", graduated: "2026-01-15", area: 60 },
    ],
  },
  {
    key: "shiling",
    name: "狮岭皮具设计众创空间",
    kind: "MAKERSPACE",
    level: "PROVINCIAL",
    town: "SHILING",
    node: "seed-node-SHILING-3",
    operator: "广州狮岭时尚产业园运营有限公司",
    street: "狮岭镇时尚产业园B座",
    area: [5200, 900],
    facilities: ["皮具打版室", "样品展厅", "共享缝制车间", "直播间", "检测送样窗口"],
    team: [11, 18, "运营团队11人，设计与品牌导师18名"],
    opened: "2018-09-01",
    description: "省级众创空间，服务皮具箱包设计师和原创品牌创业团队，提供打版、打样、展示和跨境营销服务。",
    residents: [
      {
        name: "花都区狮岭时尚皮具设计工作室",
        in: "2021-07-01",
        area: 80,
        money: [["GRANT", 20, "狮岭镇皮具原创设计扶持资金", "2022-12-01"]],
      },
      {
        name: "广州狮岭国际皮革城跨境电商有限公司",
        in: "2019-04-22",
        graduated: "2023-06-30",
        area: 260,
        grew: true,
        money: [
          ["EQUITY", 800, "广州越秀产业投资基金", "2021-08-16"],
          ["LOAN", 500, "中国银行花都支行（跨境贷）", "2022-10-09"],
        ],
      },
      { name: "广州市新骏皮具辅料有限公司", in: "2020-03-01", area: 150 },
    ],
  },
  {
    key: "tanbu",
    name: "炭步智能装备孵化器",
    kind: "INCUBATOR",
    level: "NONE",
    town: "TANBU",
    node: "seed-node-TANBU-2",
    operator: "广州炭步智能制造产业发展有限公司",
    street: "炭步镇工业园C区",
    area: [8000, 2600],
    facilities: ["中试车间", "数控加工中心", "共享检测设备", "共享会议室"],
    team: [6, 8, "运营团队6人，工程技术导师8名"],
    opened: "2025-12-01",
    description: "聚焦机器人与智能装备的专业孵化器，提供中试车间和共享加工检测设备。",
    residents: [
      {
        name: "广州炭步智能装备有限公司",
        in: "2025-12-10",
        area: 600,
        money: [["EQUITY", 1500, "广州花都智能制造产业基金", "2026-05-20"]],
      },
    ],
  },
  {
    key: "auto",
    name: "汽车城智能网联汽车加速器",
    kind: "ACCELERATOR",
    level: "MUNICIPAL",
    town: "AUTO_CITY",
    node: "seed-node-AUTO_CITY-3",
    operator: "广州汽车城科技企业加速器有限公司",
    street: "汽车城车城大道智能网联产业园",
    area: [26000, 4100],
    facilities: ["整车测试场", "EMC实验室", "共享中试线", "路演厅", "共享会议室"],
    team: [12, 30, "运营团队12人，产业与投资导师30名，与整车企业共建联合实验室"],
    opened: "2020-06-01",
    description: "服务智能网联与新能源汽车零部件企业的加速器，对接整车企业订单和产业基金。",
    residents: [
      {
        name: "广州智驾软件科技有限公司",
        in: "2020-07-01",
        area: 900,
        grew: true,
        money: [
          ["EQUITY", 3000, "广汽资本", "2022-03-28"],
          ["EQUITY", 6000, "广州花都产业投资基金", "2025-11-06"],
        ],
      },
      {
        name: "广州车联检测技术服务有限公司",
        in: "2020-09-01",
        graduated: "2025-03-31",
        area: 700,
        grew: true,
        money: [["LOAN", 800, "建设银行花都支行（助保贷）", "2023-05-12"]],
      },
      {
        name: "广州精铸模具科技有限公司",
        in: "2020-06-15",
        graduated: "2024-06-30",
        area: 1500,
        grew: true,
        money: [["GRANT", 100, "广州市技术改造专项资金", "2022-07-01"]],
      },
      { name: "广州东风智联电子有限公司", in: "2020-06-10", graduated: "2023-12-31", area: 2200, grew: true },
    ],
  },
  {
    key: "airport",
    name: "空港经济区跨境电商孵化器",
    kind: "INCUBATOR",
    level: "DISTRICT",
    town: "AIRPORT",
    node: "seed-node-AIRPORT-2",
    operator: "广州空港跨境电商产业园管理有限公司",
    street: "空港跨境电商产业园C栋",
    area: [6800, 1500],
    facilities: ["跨境直播间", "海外仓对接窗口", "共享摄影棚", "共享会议室"],
    team: [8, 15, "运营团队8人，跨境电商与外贸导师15名"],
    opened: "2021-09-01",
    description: "面向跨境电商初创企业的孵化器，提供平台开店、海外仓、通关和出海营销一站式服务。",
    residents: [
      {
        name: "广州飞扬电子商务有限公司",
        in: "2021-10-01",
        area: 200,
        grew: true,
        money: [["LOAN", 300, "广州银行花都支行（跨境e贷）", "2024-08-01"]],
      },
      {
        name: "广州空港跨境电商供应链有限公司",
        in: "2021-09-15",
        graduated: "2024-09-30",
        area: 800,
        grew: true,
        money: [["EQUITY", 2000, "粤港澳大湾区跨境电商产业基金", "2023-03-15"]],
      },
      { name: "广州临空数字科技有限公司", in: "2022-01-10", area: 240 },
    ],
  },
];

const date = (s: string | undefined) => (s ? new Date(`${s}T00:00:00Z`) : null);

/** Demo bases, residents and financings, and the district's targets for 2025–2027. Rows that exist are left alone. */
export async function seedInnovationBases(tx: TDbTx, townIds: Map<string, string>) {
  if ((await tx.innovationBase.count()) === 0) {
    for (const b of BASES) {
      const townId = townIds.get(b.town);
      if (!townId) continue;
      const node = await tx.node.findUnique({ where: { id: b.node }, select: { id: true } });
      const id = `seed-innovation-base-${b.key}`;
      await tx.innovationBase.create({
        data: {
          id,
          name: b.name,
          kind: b.kind,
          recognitionLevel: b.level,
          townId,
          operatorNodeId: node?.id ?? null,
          operatorName: b.operator,
          address: `广州市花都区${b.street}`,
          floorAreaTotal: b.area[0],
          floorAreaAvailable: b.area[1],
          sharedFacilities: b.facilities,
          serviceTeamSize: b.team[0],
          mentorCount: b.team[1],
          serviceTeamNote: b.team[2],
          contactName: "基地运营部",
          contactPhone: `020-3690${String(1000 + b.key.length * 911).slice(-4)}`,
          status: "ACTIVE",
          openedOn: date(b.opened),
          description: b.description,
          searchText: searchTextFor(b.name, InnovationBaseKind.label(b.kind), b.operator, b.street, b.description, b.facilities.join(" ")),
        },
      });
      for (const [i, r] of b.residents.entries()) {
        const e = await tx.enterprise.findFirst({
          where: { name: r.name },
          select: { id: true, tier: true, sizeClass: true, industryCode: true, revenueWan: true },
        });
        if (!e) continue;
        const residentId = `${id}-r${i + 1}`;
        await tx.innovationBaseResident.create({
          data: {
            id: residentId,
            baseId: id,
            enterpriseId: e.id,
            movedInOn: date(r.in)!,
            graduatedOn: date(r.graduated),
            leftOn: date(r.left),
            areaUsed: r.area ?? null,
            sizeClassAtEntry: r.grew ? "MICRO" : e.sizeClass,
            tierAtEntry: r.grew ? "NONE" : e.tier,
            aboveSizeAtEntry: r.grew ? false : isAboveDesignatedSize(e) === true,
          },
        });
        for (const [j, [kind, wan, investor, on]] of (r.money ?? []).entries())
          await tx.innovationBaseFinancing.create({
            data: {
              id: `${residentId}-f${j + 1}`,
              baseId: id,
              residentId,
              kind,
              amountFen: BigInt(wan * WAN),
              investor,
              receivedOn: date(on)!,
            },
          });
      }
    }
  }
  const targets: [string, number, number, string][] = [
    [INNOVATION_BASES_COUNT_METRIC, 2025, 5, "创新创业基地（众创空间、孵化器、加速器）数量"],
    [INNOVATION_BASES_COUNT_METRIC, 2026, 6, "创新创业基地数量"],
    [INNOVATION_BASES_COUNT_METRIC, 2027, 8, "创新创业基地数量"],
    [INNOVATION_BASES_GRADUATIONS_METRIC, 2025, 3, "年度毕业企业"],
    [INNOVATION_BASES_GRADUATIONS_METRIC, 2026, 4, "年度毕业企业"],
    [INNOVATION_BASES_GRADUATIONS_METRIC, 2027, 5, "年度毕业企业"],
  ];
  await seedDistrictTargets(
    tx,
    targets.map(([metricKey, year, value, note]) => ({
      metricKey,
      year,
      value,
      note,
      source: "《花都区中小企业公共服务体系建设三年行动计划（2025-2027年）》二（四）3",
    })),
  );
}
