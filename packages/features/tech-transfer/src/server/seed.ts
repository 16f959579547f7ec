import type { TDbTx } from "@qifu/db";
import { searchTextFor } from "@qifu/domain";
import { recordLedgerEntry, seedDistrictTargets } from "@qifu/trpc-core";
import { TECH_CONTRACT_METRIC, TECH_PROJECTS_METRIC } from "../schemas";

const WAN = 1_000_000; // fen per 万元
const day = (d: string) => new Date(`${d}T00:00:00Z`);
const SOURCE = "花都区中小企业公共服务体系建设方案（2025—2027年）五.三";

/** The providers (network nodes of kind COLLEGE / TECH_SERVICE_INSTITUTION, seeded by the network feature). */
export const SCUT = "seed-node-HUADONG-1"; // 华南理工大学广州学院产学研合作中心 (the demo account "college")
const PEIZHENG = "seed-node-CHINI-1"; // 广东培正学院创新创业学院
const TT_CENTRE = "seed-node-district-5"; // 花都区科技成果转化服务中心
const DESIGN = "seed-node-XIUQUAN-1"; // 花都区工业设计中心
const AIRPORT_IP = "seed-node-AIRPORT-4"; // 空港知识产权运营中心
const AUTO_LAB = "seed-node-AUTO_CITY-4"; // 汽车城检测认证服务中心

const ACHIEVEMENTS = [
  {
    n: 1,
    node: SCUT,
    title: "皮革无铬鞣制清洁生产技术",
    field: "LEATHER",
    kw: ["无铬鞣制", "清洁生产", "皮革"],
    trl: 7,
    mode: "LICENCE",
    price: [20, 50],
    status: "PUBLISHED",
    desc: "以有机鞣剂替代铬鞣，废水总铬趋零，成革性能达到 QB/T 标准，已在两家皮革厂中试。",
  },
  {
    n: 2,
    node: SCUT,
    title: "汽车轻量化碳纤维复合材料部件成型工艺",
    field: "AUTOMOTIVE",
    kw: ["轻量化", "碳纤维", "复合材料"],
    trl: 6,
    mode: "JOINT",
    price: [80, 200],
    status: "PUBLISHED",
    desc: "快速模压成型，部件减重30%以上，适合车身覆盖件和电池包壳体，寻求整车或零部件企业合作开发。",
  },
  {
    n: 3,
    node: PEIZHENG,
    title: "珠宝首饰3D打印快速成型工艺",
    field: "JEWELLERY",
    kw: ["3D打印", "快速成型", "首饰"],
    trl: 8,
    mode: "TRANSFER",
    price: [30, 60],
    status: "PUBLISHED",
    desc: "高精度光固化树脂打印配合失蜡铸造，起版周期由7天缩短到1天。",
  },
  {
    n: 4,
    node: TT_CENTRE,
    title: "皮具智能裁切视觉排版系统",
    field: "LEATHER",
    kw: ["智能裁切", "视觉", "排版", "皮具"],
    trl: 8,
    mode: "LICENCE",
    price: [15, 30],
    status: "PUBLISHED",
    desc: "机器视觉识别皮料瑕疵并自动排版，皮料利用率提升8%—12%。",
  },
  {
    n: 5,
    node: DESIGN,
    title: "工业机器人视觉引导抓取系统",
    field: "SMART_MANUFACTURING",
    kw: ["机器视觉", "机器人", "抓取"],
    trl: 7,
    mode: "TRANSFER",
    price: [100, 300],
    status: "PUBLISHED",
    desc: "面向无序来料的3D视觉引导抓取，适配主流六轴机器人。",
  },
  {
    n: 6,
    node: AIRPORT_IP,
    title: "水性聚氨酯合成革环保涂层",
    field: "NEW_MATERIALS",
    kw: ["水性聚氨酯", "合成革", "环保涂层"],
    trl: 5,
    mode: "SHARES",
    price: [200, 500],
    status: "PENDING",
    desc: "无溶剂水性涂层，VOCs 排放降低90%。",
  },
  {
    n: 7,
    node: SCUT,
    title: "锂电池极片缺陷在线检测",
    field: "ELECTRONICS",
    kw: ["锂电池", "缺陷检测"],
    trl: 4,
    mode: "LICENCE",
    price: [50, 100],
    status: "REJECTED",
    desc: "线阵相机在线检测极片划痕、漏箔。",
    note: "请补充中试数据和知识产权证明材料",
  },
  {
    n: 8,
    node: AUTO_LAB,
    title: "新能源汽车电机控制器EMC测试方法",
    field: "AUTOMOTIVE",
    kw: ["电磁兼容", "EMC", "电机控制器"],
    trl: 9,
    mode: "LICENCE",
    price: [10, 20],
    status: "PUBLISHED",
    desc: "覆盖 GB/T 18655 的整套测试方法和夹具设计，已用于30余款产品认证。",
  },
] as const;

type TSeedContact = { a: number; status: "SENT" | "ACCEPTED" | "DECLINED" | "SIGNED"; sent: string; answered?: string; answer?: string };
type TSeedProject = { title: string; contract: number; stage: "SIGNED" | "IN_PROGRESS" | "DONE"; signed: string };
const NEEDS: {
  town: string;
  field: string;
  kw: string[];
  problem: string;
  budget: number | null;
  deadline: string | null;
  mode: string;
  posted: string;
  byNode?: string;
  contacts: (TSeedContact & { project?: TSeedProject })[];
}[] = [
  {
    town: "SHILING",
    field: "LEATHER",
    kw: ["无铬鞣制", "清洁生产"],
    problem: "鞣制工序含铬废水处理成本高，希望引进无铬鞣制工艺，满足出口品牌环保要求",
    budget: 40,
    deadline: "2026-12-31",
    mode: "LICENCE",
    posted: "2026-04-08",
    contacts: [
      {
        a: 1,
        status: "SIGNED",
        sent: "2026-04-09",
        answered: "2026-04-12",
        answer: "可安排到厂中试",
        project: { title: "无铬鞣制清洁生产工艺许可及中试", contract: 35, stage: "IN_PROGRESS", signed: "2026-05-20" },
      },
    ],
  },
  {
    town: "AUTO_CITY",
    field: "AUTOMOTIVE",
    kw: ["轻量化", "电机控制器"],
    problem: "电池包壳体减重，并需要电机控制器电磁兼容整改方案",
    budget: 150,
    deadline: "2027-06-30",
    mode: "ANY",
    posted: "2026-09-02",
    contacts: [
      { a: 2, status: "ACCEPTED", sent: "2026-09-03", answered: "2026-09-08", answer: "欢迎来校面谈，可共建研发团队" },
      { a: 8, status: "SENT", sent: "2026-11-20" },
    ],
  },
  {
    town: "XINHUA",
    field: "JEWELLERY",
    kw: ["3D打印", "起版"],
    problem: "首饰起版周期长，想用3D打印替代手工雕蜡",
    budget: 60,
    deadline: null,
    mode: "TRANSFER",
    posted: "2026-01-15",
    contacts: [
      {
        a: 3,
        status: "SIGNED",
        sent: "2026-01-16",
        answered: "2026-01-20",
        answer: "同意转让，附设备选型建议",
        project: { title: "首饰3D打印快速成型工艺转让", contract: 48, stage: "DONE", signed: "2026-03-12" },
      },
    ],
  },
  {
    town: "HUASHAN",
    field: "SMART_MANUFACTURING",
    kw: ["机器视觉", "上下料"],
    problem: "冲压线上下料仍靠人工，希望引入视觉引导机器人",
    budget: 60,
    deadline: "2027-03-31",
    mode: "ANY",
    posted: "2026-06-18",
    contacts: [
      { a: 5, status: "DECLINED", sent: "2026-06-19", answered: "2026-06-25", answer: "预算不足以覆盖定制开发，建议先做工艺评估" },
    ],
  },
  {
    town: "SHILING",
    field: "LEATHER",
    kw: ["智能裁切", "排版"],
    problem: "手工排版裁切皮料浪费大，需要自动排版裁切方案",
    budget: 25,
    deadline: "2027-02-28",
    mode: "LICENCE",
    posted: "2026-11-05",
    contacts: [
      { a: 4, status: "SENT", sent: "2026-11-06" },
      { a: 1, status: "SENT", sent: "2026-11-06" },
    ],
  },
  {
    town: "TANBU",
    field: "NEW_MATERIALS",
    kw: ["环保涂层"],
    problem: "合成革涂层 VOCs 超标，寻找水性替代材料",
    budget: 200,
    deadline: null,
    mode: "SHARES",
    posted: "2026-10-10",
    contacts: [],
  },
  {
    town: "HUADONG",
    field: "ELECTRONICS",
    kw: ["缺陷检测"],
    problem: "电子元件外观缺陷人工目检漏检率高",
    budget: 30,
    deadline: "2027-01-31",
    mode: "ANY",
    posted: "2026-10-22",
    byNode: "seed-node-station-HUADONG",
    contacts: [],
  },
  {
    town: "AUTO_CITY",
    field: "AUTOMOTIVE",
    kw: ["EMC", "电磁兼容"],
    problem: "电机控制器出口认证 EMC 测试屡次不通过",
    budget: 20,
    deadline: "2026-12-31",
    mode: "LICENCE",
    posted: "2026-08-11",
    contacts: [
      {
        a: 8,
        status: "SIGNED",
        sent: "2026-08-12",
        answered: "2026-08-14",
        answer: "可提供整改和预测试",
        project: { title: "电机控制器EMC测试方法许可与整改", contract: 12, stage: "SIGNED", signed: "2026-10-15" },
      },
    ],
  },
];

const LABS = [
  { name: "皮革清洁生产联合实验室", institution: "华南理工大学广州学院", field: "LEATHER", on: "2025-06-18", town: "SHILING" },
  { name: "汽车轻量化材料联合实验室", institution: "广东工业大学", field: "AUTOMOTIVE", on: "2024-11-02", town: "AUTO_CITY" },
  { name: "珠宝数字化设计联合实验室", institution: "广东培正学院", field: "JEWELLERY", on: "2026-03-28", town: "XINHUA" },
];
const PLATFORMS = [
  {
    name: "花都区皮革皮具检测公共服务平台",
    operator: "花都区皮革皮具产品质量检测中心",
    town: "SHILING",
    field: "LEATHER",
    contact: "020-86800001",
    services: [
      { name: "皮革理化性能检测", fee: "300元/项起" },
      { name: "有害物质（六价铬、偶氮）检测", fee: "600元/样" },
      { name: "皮具耐用性测试", fee: "400元/样" },
    ],
  },
  {
    name: "汽车零部件检测认证服务平台",
    operator: "汽车城检测认证服务中心",
    town: "AUTO_CITY",
    field: "AUTOMOTIVE",
    contact: "020-36900002",
    services: [
      { name: "EMC 电磁兼容预测试", fee: "2000元/天" },
      { name: "环境可靠性试验", fee: "面议" },
    ],
  },
  {
    name: "工业设计与快速原型服务平台",
    operator: "花都区工业设计中心",
    town: "XIUQUAN",
    field: "SMART_MANUFACTURING",
    contact: "020-36800003",
    services: [
      { name: "产品外观与结构设计", fee: "面议" },
      { name: "3D打印手板", fee: "按体积计价" },
    ],
  },
];

/** Demo data for every screen: achievements in every state, needs with contacts in every state, projects, labs, platforms, targets. */
export async function seedTechTransfer(tx: TDbTx, townIds: Map<string, string>) {
  if ((await tx.techAchievement.count()) > 0) return;
  const nodes = await tx.node.findMany({
    where: { id: { in: [...new Set(ACHIEVEMENTS.map((a) => a.node))] } },
    select: { id: true, name: true },
  });
  const nodeName = new Map(nodes.map((n) => [n.id, n.name]));
  if (nodeName.size < new Set(ACHIEVEMENTS.map((a) => a.node)).size) return; // the network's demo nodes are missing
  for (const a of ACHIEVEMENTS)
    await tx.techAchievement.create({
      data: {
        id: `seed-techach-${a.n}`,
        providerNodeId: a.node,
        title: a.title,
        field: a.field,
        keywords: [...a.kw],
        maturity: a.trl,
        mode: a.mode,
        priceMinFen: BigInt(a.price[0] * WAN),
        priceMaxFen: BigInt(a.price[1] * WAN),
        contact: "成果转化办公室 020-3690 0000",
        description: a.desc,
        status: a.status,
        reviewNote: "note" in a ? a.note : null,
        reviewedBy: a.status === "PENDING" ? null : "区中小企业服务中心",
        reviewedOn: a.status === "PENDING" ? null : day("2026-01-10"),
        searchText: searchTextFor(a.title, a.desc, a.kw.join(" "), nodeName.get(a.node)),
      },
    });

  // the first enterprise of each town (the demo account's seed-enterprise-1 in 狮岭镇 first)
  const all = await tx.enterprise.findMany({ orderBy: { id: "asc" }, select: { id: true, townId: true } });
  const firstOf = new Map<string | null, string>();
  for (const e of all.sort((x, y) => (x.id === "seed-enterprise-1" ? -1 : y.id === "seed-enterprise-1" ? 1 : 0)))
    if (!firstOf.has(e.townId)) firstOf.set(e.townId, e.id);
  const station = await tx.node.findUnique({ where: { id: "seed-node-station-HUADONG" }, select: { id: true } });
  for (const [i, n] of NEEDS.entries()) {
    const townId = townIds.get(n.town) ?? null;
    const enterpriseId = firstOf.get(townId);
    if (!enterpriseId) continue;
    const needId = `seed-techneed-${i + 1}`;
    await tx.techNeed.create({
      data: {
        id: needId,
        enterpriseId,
        townId,
        field: n.field,
        keywords: n.kw,
        problem: n.problem,
        budgetFen: n.budget === null ? null : BigInt(n.budget * WAN),
        deadline: n.deadline ? day(n.deadline) : null,
        wantedMode: n.mode,
        status: n.contacts.some((c) => c.project) ? "SIGNED" : "OPEN",
        postedOn: day(n.posted),
        postedByNodeId: n.byNode && station ? n.byNode : null,
      },
    });
    for (const [j, c] of n.contacts.entries()) {
      const a = ACHIEVEMENTS.find((x) => x.n === c.a)!;
      const contactId = `seed-techcontact-${i + 1}-${j + 1}`;
      await tx.techContact.create({
        data: {
          id: contactId,
          needId,
          achievementId: `seed-techach-${a.n}`,
          message: "希望进一步了解技术细节和报价",
          status: c.status,
          sentOn: day(c.sent),
          answer: c.answer ?? null,
          answeredOn: c.answered ? day(c.answered) : null,
          answeredBy: c.answered ? "成果转化专员" : null,
        },
      });
      if (!c.project) continue;
      const projectId = `seed-techproject-${i + 1}`;
      await tx.techProject.create({
        data: {
          id: projectId,
          title: c.project.title,
          enterpriseId,
          townId,
          providerNodeId: a.node,
          achievementId: `seed-techach-${a.n}`,
          contactId,
          field: a.field,
          contractFen: BigInt(c.project.contract * WAN),
          stage: c.project.stage,
          signedOn: day(c.project.signed),
        },
      });
      // a signed project is a service to the enterprise: its ledger record, as `sign` writes it
      await recordLedgerEntry(tx, {
        source: "TECH_TRANSFER",
        originId: projectId,
        enterpriseId,
        nodeId: a.node,
        category: "INDUSTRY_ACADEMIA",
        channel: "ONLINE",
        servedOn: c.project.signed,
        staffName: "成果转化专员",
        summary: `成果转化：与${nodeName.get(a.node)}签订“${c.project.title}”合作项目，合同金额${c.project.contract}万元`,
      });
    }
  }
  for (const [i, l] of LABS.entries()) {
    const enterpriseId = firstOf.get(townIds.get(l.town) ?? null);
    if (!enterpriseId) continue;
    await tx.jointLab.create({
      data: {
        id: `seed-jointlab-${i + 1}`,
        name: l.name,
        enterpriseId,
        institution: l.institution,
        field: l.field,
        establishedOn: day(l.on),
        description: `${l.institution}与企业共建，聚焦${l.name.replace("联合实验室", "")}方向的共性技术攻关和人才培养。`,
      },
    });
  }
  for (const [i, p] of PLATFORMS.entries())
    await tx.techPlatform.create({
      data: {
        id: `seed-techplatform-${i + 1}`,
        name: p.name,
        operator: p.operator,
        townId: townIds.get(p.town) ?? null,
        field: p.field,
        contact: p.contact,
        description: `面向${p.name.replace("服务平台", "").replace("公共", "")}企业提供开放共享的技术服务。`,
        services: {
          create: p.services.map((s, j) => ({ id: `seed-techplatform-${i + 1}-${j + 1}`, name: s.name, fee: s.fee, sortOrder: j })),
        },
      },
    });
  await seedDistrictTargets(tx, [
    { metricKey: TECH_PROJECTS_METRIC, year: 2026, value: 10, note: "产学研合作签约项目（项）", source: SOURCE },
    { metricKey: TECH_CONTRACT_METRIC, year: 2026, value: 300, note: "成果转化合同金额（万元）", source: SOURCE },
  ]);
}
