import type { TDbTx } from "@qifu/db";
import { searchTextFor } from "@qifu/domain";
import { recordLedgerEntry, seedDistrictTargets } from "@qifu/trpc-core";
import { FINANCING_GRANTED_METRIC, FINANCING_NEEDS_METRIC, MATCHMAKING_SERIES_CODE } from "../schemas";

const WAN = 1_000_000; // fen per 万元
const day = (d: string) => new Date(`${d}T00:00:00Z`);

/** The institutions (network nodes of kind 金融机构, seeded by the network feature). */
const BANK = "seed-node-XINHUA-3"; // 广州农商银行花都支行普惠金融部 (the demo account "bank")
const BOC = "seed-node-HUACHENG-2"; // 中国银行花都支行小微金融服务中心
const GUARANTOR = "seed-node-district-1"; // 花都区中小企业融资担保服务中心
const TANBU = "seed-node-TANBU-1"; // 炭步镇中小企业融资服务点

const TOP = ["SPECIALIZED", "LITTLE_GIANT", "SINGLE_CHAMPION"];
const PRODUCTS = [
  {
    id: "seed-finprod-1",
    nodeId: BANK,
    name: "专精特新信用贷",
    kind: "LOAN",
    rate: [320, 450],
    amount: [50, 1000],
    term: 36,
    form: "CREDIT",
    tiers: TOP,
    sections: ["C"],
    sizes: [],
    green: true,
    status: "PUBLISHED",
    description: "面向专精特新制造业企业的纯信用贷款，无需抵押，绿色通道5个工作日内审批。",
  },
  {
    id: "seed-finprod-2",
    nodeId: BANK,
    name: "厂房设备抵押贷",
    kind: "LOAN",
    rate: [380, 520],
    amount: [100, 3000],
    term: 120,
    form: "MORTGAGE",
    tiers: [],
    sections: [],
    sizes: [],
    green: false,
    status: "PUBLISHED",
    description: "以厂房、土地或机器设备抵押，用于扩产、技改和购置设备。",
  },
  {
    id: "seed-finprod-3",
    nodeId: BOC,
    name: "中银科技知识产权质押贷",
    kind: "LOAN",
    rate: [350, 480],
    amount: [30, 500],
    term: 24,
    form: "PLEDGE",
    tiers: ["INNOVATIVE", ...TOP],
    sections: ["C", "I", "M"],
    sizes: ["MEDIUM", "SMALL", "MICRO"],
    green: true,
    status: "PUBLISHED",
    description: "以专利、商标等知识产权或应收账款质押，支持科技型中小企业研发投入。",
  },
  {
    id: "seed-finprod-4",
    nodeId: BOC,
    name: "普惠小微e贷",
    kind: "LOAN",
    rate: [345, 600],
    amount: [10, 300],
    term: 12,
    form: "CREDIT",
    tiers: [],
    sections: [],
    sizes: ["SMALL", "MICRO"],
    green: false,
    status: "PUBLISHED",
    description: "按纳税和开票数据线上授信，随借随还，适合小微企业短期周转。",
  },
  {
    id: "seed-finprod-5",
    nodeId: GUARANTOR,
    name: "助保贷担保",
    kind: "GUARANTEE",
    rate: [100, 200],
    amount: [50, 1000],
    term: 12,
    form: "GUARANTEE",
    tiers: [],
    sections: [],
    sizes: ["MEDIUM", "SMALL", "MICRO"],
    green: true,
    status: "PUBLISHED",
    description: "纳入区助保贷资金池的中小企业，由区担保中心提供保证担保，担保费率1%–2%。",
  },
  {
    id: "seed-finprod-6",
    nodeId: TANBU,
    name: "炭步小微流水贷（试点）",
    kind: "LOAN",
    rate: [400, 550],
    amount: [10, 100],
    term: 12,
    form: "CREDIT",
    tiers: [],
    sections: [],
    sizes: ["MICRO"],
    green: false,
    status: "DRAFT",
    description: "按银行流水授信的试点产品，尚在内部审批，未对外发布。",
  },
] as const;

const SCHEMES = [
  {
    id: "seed-finscheme-1",
    name: "花都区助保贷（2026年度）",
    kind: "ZHUBAODAI",
    nodeId: GUARANTOR,
    quota: 20_000,
    rules: "入池企业为区内注册的中小微企业，无不良信用记录；单户担保额度不超过1000万元，期限不超过1年；风险补偿资金池按1:10放大。",
  },
  {
    id: "seed-finscheme-2",
    name: "专精特新企业批量担保",
    kind: "BATCH_GUARANTEE",
    nodeId: GUARANTOR,
    quota: 5_000,
    rules: "面向创新型中小企业及以上梯度企业，银行批量推荐、担保机构批量审批，担保费率不高于1%。",
  },
] as const;

type TSeedSending = {
  node: string;
  product: string;
  status: string;
  sent: string;
  answered?: string;
  reason?: string;
  approved?: number;
  granted?: number;
  rate?: number;
  grantedOn?: string;
  scheme?: string;
};
/** Needs of the first enterprises (by id: seed-enterprise-1 is the demo enterprise's), with their contacts in every state. */
const NEEDS: {
  amount: number;
  purpose: string;
  term: number;
  collateral: string;
  urgency: string;
  posted: string;
  sendings: TSeedSending[];
}[] = [
  {
    amount: 300,
    purpose: "采购皮料、支付订单备货款",
    term: 12,
    collateral: "NONE",
    urgency: "URGENT",
    posted: "2026-03-02",
    sendings: [
      {
        node: BANK,
        product: "seed-finprod-1",
        status: "GRANTED",
        sent: "2026-03-02",
        answered: "2026-03-04",
        approved: 300,
        granted: 300,
        rate: 345,
        grantedOn: "2026-03-12",
      },
      {
        node: GUARANTOR,
        product: "seed-finprod-5",
        status: "DECLINED",
        sent: "2026-03-02",
        answered: "2026-03-05",
        reason: "已获银行信用贷款，无需担保",
      },
    ],
  },
  {
    amount: 800,
    purpose: "新建自动化裁断生产线",
    term: 36,
    collateral: "EQUIPMENT",
    urgency: "NORMAL",
    posted: "2026-05-18",
    sendings: [
      {
        node: BANK,
        product: "seed-finprod-2",
        status: "GRANTED",
        sent: "2026-05-18",
        answered: "2026-05-20",
        approved: 700,
        granted: 600,
        rate: 410,
        grantedOn: "2026-06-19",
        scheme: "seed-finscheme-1",
      },
    ],
  },
  {
    amount: 150,
    purpose: "研发投入、申请发明专利",
    term: 24,
    collateral: "INTELLECTUAL_PROPERTY",
    urgency: "NORMAL",
    posted: "2026-07-06",
    sendings: [
      { node: BOC, product: "seed-finprod-3", status: "APPROVED", sent: "2026-07-06", answered: "2026-07-08", approved: 150, rate: 365 },
    ],
  },
  {
    amount: 60,
    purpose: "支付员工工资和房租（短期周转）",
    term: 6,
    collateral: "NONE",
    urgency: "URGENT",
    posted: "2026-09-14",
    sendings: [
      {
        node: BOC,
        product: "seed-finprod-4",
        status: "GRANTED",
        sent: "2026-09-14",
        answered: "2026-09-15",
        approved: 60,
        granted: 60,
        rate: 385,
        grantedOn: "2026-09-18",
      },
    ],
  },
  {
    amount: 2000,
    purpose: "并购上游五金配件厂",
    term: 60,
    collateral: "NONE",
    urgency: "NORMAL",
    posted: "2026-10-09",
    sendings: [
      {
        node: BANK,
        product: "seed-finprod-1",
        status: "DECLINED",
        sent: "2026-10-09",
        answered: "2026-10-12",
        reason: "超出信用贷款额度上限，建议提供抵押后再申请",
      },
    ],
  },
  {
    amount: 500,
    purpose: "扩建仓储物流中心",
    term: 12,
    collateral: "PROPERTY",
    urgency: "NORMAL",
    posted: "2026-11-03",
    sendings: [
      { node: BANK, product: "seed-finprod-2", status: "REVIEWING", sent: "2026-11-03", answered: "2026-11-05" },
      {
        node: GUARANTOR,
        product: "seed-finprod-5",
        status: "GRANTED",
        sent: "2026-11-03",
        answered: "2026-11-04",
        approved: 500,
        granted: 400,
        rate: 150,
        grantedOn: "2026-11-20",
        scheme: "seed-finscheme-2",
      },
    ],
  },
  {
    amount: 120,
    purpose: "购买检测设备",
    term: 24,
    collateral: "EQUIPMENT",
    urgency: "URGENT",
    posted: "2026-11-24",
    sendings: [{ node: BANK, product: "seed-finprod-2", status: "SENT", sent: "2026-11-24" }],
  },
  {
    amount: 80,
    purpose: "参展与市场开拓",
    term: 12,
    collateral: "NONE",
    urgency: "NORMAL",
    posted: "2026-12-01",
    sendings: [],
  },
];

const FUNDS = [
  { fund: "花都区产业引导基金", amount: 2000, on: "2026-04-15", note: "领投A轮" },
  { fund: "广州科技创新母基金（花都子基金）", amount: 1500, on: "2026-08-28", note: "跟投" },
  { fund: "花都区产业引导基金", amount: 800, on: "2025-11-10", note: "天使轮" },
];

/** Demo data for every screen: products (one a draft), two schemes, fund investments, needs with contacts in every state, targets. */
export async function seedFinancing(tx: TDbTx) {
  if ((await tx.financingProduct.count()) > 0) return;
  const nodes = await tx.node.findMany({ where: { id: { in: [BANK, BOC, GUARANTOR, TANBU] } }, select: { id: true, name: true } });
  const nodeName = new Map(nodes.map((n) => [n.id, n.name]));
  if (nodeName.size < 4) return; // the network's demo nodes are missing (a database seeded without them)
  for (const p of PRODUCTS)
    await tx.financingProduct.create({
      data: {
        id: p.id,
        nodeId: p.nodeId,
        name: p.name,
        kind: p.kind,
        rateMinBp: p.rate[0],
        rateMaxBp: p.rate[1],
        amountMinFen: BigInt(p.amount[0] * WAN),
        amountMaxFen: BigInt(p.amount[1] * WAN),
        termMonthsMax: p.term,
        guaranteeForm: p.form,
        eligibleTiers: [...p.tiers],
        eligibleSections: [...p.sections],
        eligibleSizes: [...p.sizes],
        greenChannel: p.green,
        status: p.status,
        description: p.description,
        searchText: searchTextFor(p.name, p.description, nodeName.get(p.nodeId)),
      },
    });
  const used = new Map<string, number>();
  for (const n of NEEDS) for (const s of n.sendings) if (s.scheme) used.set(s.scheme, (used.get(s.scheme) ?? 0) + s.granted!);
  for (const { quota, ...s } of SCHEMES)
    await tx.financingScheme.create({ data: { ...s, quotaFen: BigInt(quota * WAN), usedFen: BigInt((used.get(s.id) ?? 0) * WAN) } });

  // one enterprise per town in turn (the demo account's seed-enterprise-1 first), so the board's towns all have figures
  const all = await tx.enterprise.findMany({ orderBy: { id: "asc" }, select: { id: true, townId: true } });
  const byTown = new Map<string | null, typeof all>();
  for (const e of all.sort((a, b) => (a.id === "seed-enterprise-1" ? -1 : b.id === "seed-enterprise-1" ? 1 : 0)))
    byTown.set(e.townId, [...(byTown.get(e.townId) ?? []), e]);
  const enterprises: typeof all = [];
  for (let round = 0; enterprises.length < all.length; round++)
    for (const list of byTown.values()) if (list[round]) enterprises.push(list[round]);
  if (enterprises.length < NEEDS.length) return;
  // a need posted within 45 days after a 金融+ event was raised there (the demo's 对接会 bring needs)
  const events = await tx.activity.findMany({
    where: { series: { code: MATCHMAKING_SERIES_CODE }, status: "PUBLISHED" },
    orderBy: { startsAt: "desc" },
    select: { id: true, startsAt: true },
  });
  const eventOf = (posted: Date) =>
    events.find((a) => a.startsAt <= posted && posted.getTime() - a.startsAt.getTime() < 45 * 86_400_000)?.id ?? null;
  for (const [i, n] of NEEDS.entries()) {
    const e = enterprises[i];
    const needId = `seed-finneed-${i + 1}`;
    await tx.financingNeed.create({
      data: {
        id: needId,
        enterpriseId: e.id,
        townId: e.townId,
        amountFen: BigInt(n.amount * WAN),
        purpose: n.purpose,
        termMonths: n.term,
        collateral: n.collateral,
        urgency: n.urgency,
        status: n.sendings.some((s) => s.granted) ? "GRANTED" : "OPEN",
        postedOn: day(n.posted),
        activityId: eventOf(day(n.posted)),
      },
    });
    for (const [j, s] of n.sendings.entries()) {
      const id = `seed-finsend-${i + 1}-${j + 1}`;
      await tx.financingSending.create({
        data: {
          id,
          needId,
          nodeId: s.node,
          productId: s.product,
          status: s.status,
          sentOn: day(s.sent),
          answeredOn: s.answered ? day(s.answered) : null,
          answeredBy: s.answered ? "机构客户经理" : null,
          declineReason: s.reason ?? null,
          approvedFen: s.approved ? BigInt(s.approved * WAN) : null,
          grantedFen: s.granted ? BigInt(s.granted * WAN) : null,
          rateBp: s.rate ?? null,
          grantedOn: s.grantedOn ? day(s.grantedOn) : null,
          schemeId: s.scheme ?? null,
        },
      });
      // an answered contact is a service of the institution: its ledger record, as `answer` writes it
      if (s.answered)
        await recordLedgerEntry(tx, {
          source: "FINANCING",
          originId: id,
          enterpriseId: e.id,
          nodeId: s.node,
          category: "FINANCING",
          channel: "ONLINE",
          servedOn: s.answered,
          staffName: "机构客户经理",
          summary: s.reason
            ? `融资对接：${nodeName.get(s.node)}婉拒${n.amount}万元融资需求（${s.reason}）`
            : `融资对接：${nodeName.get(s.node)}受理${n.amount}万元融资需求，进入审查`,
        });
    }
  }
  for (const [i, f] of FUNDS.entries()) {
    const e = enterprises[(i * 3 + 1) % enterprises.length];
    await tx.fundInvestment.create({
      data: {
        id: `seed-fundinv-${i + 1}`,
        fundName: f.fund,
        enterpriseId: e.id,
        amountFen: BigInt(f.amount * WAN),
        investedOn: day(f.on),
        note: f.note,
      },
    });
  }
  await seedDistrictTargets(tx, [
    {
      metricKey: FINANCING_GRANTED_METRIC,
      year: 2026,
      value: 5000,
      note: "融资对接放款金额（万元）",
      source: "花都区中小企业公共服务体系建设方案（2025—2027年）五.二",
    },
    {
      metricKey: FINANCING_NEEDS_METRIC,
      year: 2026,
      value: 20,
      note: "企业发布的融资需求（项）",
      source: "花都区中小企业公共服务体系建设方案（2025—2027年）五.二",
    },
  ]);
}
