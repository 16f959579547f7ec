import type { TDbTx } from "@qifu/db";
import { KeyChain, type TKeyChain } from "../schemas";
import { recordLedgerEntry } from "@qifu/trpc-core";
import { linkName, linksOf, wan } from "./access";

type TSeedPosting = [
  key: string,
  kind: "SUPPLY" | "DEMAND",
  enterprise: string,
  cluster: string,
  link: string,
  product: string,
  quantity: number,
  unit: string,
  from: string,
  to: string,
  spec?: string,
];

const LEATHER = "seed-industrial-cluster-leather";
const AUTO = "seed-industrial-cluster-auto";
const ME = "广州狮岭皮具制造有限公司"; // the demo enterprise account's (seed-enterprise-1)

/** Supply and demand on the clusters' links; p7 is a near miss (its period ended), p6 a link no district supplier covers (its gap). */
const POSTINGS: TSeedPosting[] = [
  [
    "p1",
    "SUPPLY",
    "广州宏图五金配件有限公司",
    LEATHER,
    "leather-2",
    "箱包五金扣件",
    200_000,
    "件",
    "2026-01-01",
    "2027-06-30",
    "锌合金电镀，可定制LOGO",
  ],
  ["p2", "SUPPLY", "广州市新骏皮具辅料有限公司", LEATHER, "leather-3", "箱包里布与辅料", 50_000, "米", "2026-01-01", "2027-12-31"],
  [
    "p3",
    "SUPPLY",
    "广州盛世皮革制品有限公司",
    LEATHER,
    "leather-1",
    "头层牛皮革",
    30_000,
    "平方尺",
    "2026-03-01",
    "2027-12-31",
    "厚度1.2–1.4mm，环保鞣制",
  ],
  ["p4", "DEMAND", "广州市金狮箱包有限公司", LEATHER, "leather-2", "箱包五金拉链头", 100_000, "件", "2026-03-01", "2027-03-31"],
  ["p5", "DEMAND", ME, LEATHER, "leather-1", "头层牛皮革", 10_000, "平方尺", "2026-04-01", "2027-03-31", "手袋用，荔枝纹"],
  ["p6", "DEMAND", "广州雅丽手袋有限公司", LEATHER, "leather-8", "皮具质量检测认证", 24, "批次", "2026-05-01", "2027-04-30"],
  ["p7", "SUPPLY", "广州宏图五金配件有限公司", LEATHER, "leather-2", "箱包五金拉链头（库存）", 8_000, "件", "2025-01-01", "2025-06-30"],
  ["p8", "SUPPLY", "广州市宏达汽车线束有限公司", AUTO, "auto-7", "汽车线束总成", 50_000, "套", "2026-01-01", "2027-12-31"],
  ["p9", "SUPPLY", "广州精铸模具科技有限公司", AUTO, "auto-1", "精密冲压模具", 20, "套", "2026-01-01", "2027-06-30"],
  ["p10", "DEMAND", "广州花都汽车零部件精工有限公司", AUTO, "auto-1", "车身冲压模具", 10, "套", "2026-02-01", "2026-12-31"],
  ["p11", "DEMAND", "广州市锐驰汽车座椅有限公司", AUTO, "auto-4", "轻量化铝合金座椅骨架", 30_000, "件", "2026-06-01", "2027-05-31"],
];

/** [key, demand, supply, status, requestedOn] */
const CONTACTS: [string, string, string, "REQUESTED" | "ACCEPTED", string][] = [
  ["c1", "p5", "p3", "ACCEPTED", "2026-04-08"],
  ["c2", "p4", "p1", "REQUESTED", "2026-11-20"],
  ["c3", "p10", "p9", "ACCEPTED", "2026-02-15"],
];

/** [key, buyer, supplier, cluster, link, 万元, date, contact]: a name without a registry enterprise is outside the district. */
const DEALS: [string, string, string, string, string, number, string, string | null][] = [
  ["d1", ME, "广州盛世皮革制品有限公司", LEATHER, "leather-1", 120, "2026-05-20", "c1"],
  ["d2", "广州花都汽车零部件精工有限公司", "广州精铸模具科技有限公司", AUTO, "auto-1", 860, "2026-06-10", "c3"],
  ["d3", "广州市金狮箱包有限公司", "东莞市长安五金制品厂（区外）", LEATHER, "leather-2", 300, "2026-07-02", null],
  ["d4", "佛山市顺德新能源整车有限公司（区外）", "广州市宏达汽车线束有限公司", AUTO, "auto-7", 1500, "2026-08-18", null],
  // the leather chain's 检测认证 link has no district supplier yet: bought outside, it stays a gap
  ["d5", "广州雅丽手袋有限公司", "东莞市皮具质量检测认证中心（区外）", LEATHER, "leather-8", 45, "2026-09-05", null],
];

/**
 * Demo data for every screen: postings on the leather and automobile clusters' links, a big
 * buyer's procurement list, contacts (one waiting, two accepted), deals (local and not; none on a
 * link the clusters' seed leaves a gap, which their tests expect), 走进企业 visits. Left alone when its rows exist.
 */
export async function seedSupplyChain(tx: TDbTx) {
  if ((await tx.supplyChainPosting.count({ where: { id: { startsWith: "seed-supply-chain-" } } })) > 0) return;
  const clusters = await tx.industrialCluster.findMany({
    where: { id: { in: [LEATHER, AUTO] } },
    select: { id: true, chain: true, links: true },
  });
  if (clusters.length < 2) return;
  const clusterOf = new Map(clusters.map((c) => [c.id, { chain: c.chain as TKeyChain, links: linksOf(c.links) }]));
  const names = [...new Set([...POSTINGS.map((p) => p[2]), ...DEALS.flatMap((d) => [d[1], d[2]])])];
  const enterprises = await tx.enterprise.findMany({ where: { name: { in: names } }, select: { id: true, name: true, townId: true } });
  const byName = new Map(enterprises.map((e) => [e.name, e]));
  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  const id = (key: string) => `seed-supply-chain-${key}`;

  const posted = new Set<string>();
  for (const [key, kind, name, clusterId, linkKey, product, quantity, unit, from, to, spec] of POSTINGS) {
    const e = byName.get(name);
    if (!e) continue;
    await tx.supplyChainPosting.create({
      data: {
        id: id(key),
        kind,
        enterpriseId: e.id,
        townId: e.townId,
        chain: clusterOf.get(clusterId)!.chain,
        clusterId,
        linkKey,
        product,
        quantity,
        unit,
        specification: spec ?? null,
        periodFrom: day(from),
        periodTo: day(to),
        postedOn: day(from < "2026-01-01" ? "2025-01-01" : from),
      },
    });
    posted.add(key);
  }

  const buyer = byName.get("广州市金狮箱包有限公司");
  if (buyer) {
    const items: [string, string, number, string][] = [
      ["leather-1", "箱包用牛皮革", 50_000, "平方尺"],
      ["leather-3", "箱包里布", 80_000, "米"],
      ["leather-8", "成品检测认证服务", 12, "批次"],
    ];
    await tx.supplyChainProcurementList.create({
      data: {
        id: id("list-1"),
        buyerId: buyer.id,
        townId: buyer.townId,
        title: "金狮箱包2026—2027年度本地配套采购清单",
        chain: "LEATHER",
        clusterId: LEATHER,
        publishedOn: day("2026-09-01"),
        note: "优先采购区内企业产品，同等条件下本地配套优先。",
        items: {
          create: items.map(([linkKey, product, quantity, unit], i) => ({
            id: id(`list-1-item-${i + 1}`),
            kind: "DEMAND",
            enterpriseId: buyer.id,
            townId: buyer.townId,
            chain: "LEATHER",
            clusterId: LEATHER,
            linkKey,
            product,
            quantity,
            unit,
            periodFrom: day("2026-10-01"),
            periodTo: day("2027-09-30"),
            postedOn: day("2026-09-01"),
          })),
        },
      },
    });
  }

  for (const [key, demand, supply, status, on] of CONTACTS) {
    if (!posted.has(demand) || !posted.has(supply)) continue;
    const requester = (await tx.supplyChainPosting.findUniqueOrThrow({ where: { id: id(demand) }, select: { enterpriseId: true } }))
      .enterpriseId;
    await tx.supplyChainContact.create({
      data: {
        id: id(key),
        demandId: id(demand),
        supplyId: id(supply),
        requesterId: requester,
        status,
        score: 0.9,
        requestedOn: day(on),
        answeredOn: status === "ACCEPTED" ? day(on) : null,
      },
    });
  }

  const nodeOf = async (clusterId: string) => {
    const preferred = clusterId === LEATHER ? "seed-node-SHILING-1" : "seed-node-AUTO_CITY-1";
    return (
      (await tx.node.findUnique({ where: { id: preferred }, select: { id: true, name: true } })) ??
      (await tx.node.findFirst({ where: { status: "ACTIVE" }, orderBy: { id: "asc" }, select: { id: true, name: true } }))
    );
  };
  for (const [key, buyerName, supplierName, clusterId, linkKey, amountWan, on, contact] of DEALS) {
    const node = await nodeOf(clusterId);
    if (!node) continue;
    const [b, s] = [byName.get(buyerName) ?? null, byName.get(supplierName) ?? null];
    if (!b && !s) continue;
    const { chain, links } = clusterOf.get(clusterId)!;
    const amountFen = BigInt(amountWan) * 1_000_000n;
    await tx.supplyChainDeal.create({
      data: {
        id: id(key),
        buyerId: b?.id ?? null,
        buyerName,
        supplierId: s?.id ?? null,
        supplierName,
        chain,
        clusterId,
        linkKey,
        amountFen,
        dealOn: day(on),
        local: !!b && !!s,
        contactId:
          contact && (await tx.supplyChainContact.findUnique({ where: { id: id(contact) }, select: { id: true } })) ? id(contact) : null,
        nodeId: node.id,
      },
    });
    // as `supplyChainDeals.create` writes them: one record per district enterprise of the deal
    for (const [party, other, role] of [
      [b, supplierName, "采购"],
      [s, buyerName, "供应"],
    ] as const) {
      if (!party) continue;
      await recordLedgerEntry(tx, {
        source: "SUPPLY_CHAIN",
        originId: id(key),
        enterpriseId: party.id,
        nodeId: node.id,
        category: "MARKET_EXPANSION",
        channel: "OFFLINE",
        servedOn: on,
        staffName: node.name,
        summary: `配套协作成交（${role}）：${KeyChain.label(chain)}·${linkName(links, linkKey) ?? linkKey}，对方${other}，${wan(amountFen)}`,
      });
    }
  }

  const visits: [string, string, string, string, string, string, string[]][] = [
    [
      "v1",
      "走进金狮箱包：皮具五金与辅料配套对接",
      "2026-04-16",
      "广州市金狮箱包有限公司",
      LEATHER,
      "leather-2",
      ["广州宏图五金配件有限公司", "广州市新骏皮具辅料有限公司", ME, "狮岭镇企业服务部"],
    ],
    [
      "v2",
      "走进宏达线束：汽车电子与线束本地配套",
      "2026-06-25",
      "广州市宏达汽车线束有限公司",
      AUTO,
      "auto-7",
      ["广州东风智联电子有限公司", "广州花都汽车零部件精工有限公司", "区汽车城管委会"],
    ],
  ];
  for (const [key, title, on, host, clusterId, linkKey, participants] of visits) {
    const h = (await tx.enterprise.findFirst({ where: { name: host }, select: { id: true, townId: true } })) ?? null;
    if (!h) continue;
    await tx.supplyChainVisit.create({
      data: {
        id: id(key),
        title,
        visitOn: day(on),
        hostId: h.id,
        townId: h.townId,
        chain: clusterOf.get(clusterId)!.chain,
        clusterId,
        linkKey,
        participants,
      },
    });
  }
}
