import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { codeOf, createTestPlatform, type TCaller } from "../../src";

const LEATHER = "seed-industrial-cluster-leather";
/** A demand of the demo enterprise for the leather chain's 皮革鞣制 link. */
const DEMAND = {
  kind: "DEMAND",
  clusterId: LEATHER,
  linkKey: "leather-1",
  product: "头层牛皮革",
  quantity: 20_000,
  unit: "平方尺",
  periodFrom: "2026-06-01",
  periodTo: "2027-03-31",
} as const;

/** 配套协作 (issue 15 pts 7–8): matching with known answers both ways, scope from the refused side, deals, figures. */
describe(`supply-chain on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let shiling: TCaller;
  let xinhua: TCaller;
  let enterprise: TCaller; // seed-enterprise-1: 广州狮岭皮具制造有限公司, 狮岭镇
  let tannery: TCaller; // 广州盛世皮革制品有限公司: seed supply p3 (头层牛皮革, 30,000 平方尺)
  let other: TCaller; // another enterprise, no part of the pair
  let demandId: string;

  beforeAll(async () => {
    p = await createTestPlatform();
    [district, shiling, xinhua, enterprise] = await Promise.all([p.as("district"), p.as("shiling"), p.as("xinhua"), p.as("enterprise")]);
    const base = await p.userOf("enterprise");
    const tanneryId = (await p.prisma.enterprise.findFirstOrThrow({ where: { name: "广州盛世皮革制品有限公司" } })).id;
    tannery = p.asUser({ ...base, id: "t-tannery", username: "t-tannery", enterpriseId: tanneryId });
    other = p.asUser({ ...base, id: "t-other", username: "t-other", enterpriseId: "seed-enterprise-2" });
    demandId = (await enterprise.supplyChainPostings.create({ ...DEMAND })).id;
  });
  afterAll(() => p.close());

  it("matches a demand to suppliers with reasons: a match, a near miss with its reason, a refusal; one verdict from either side", async () => {
    const m = await enterprise.supplyChainPostings.matches({ postingId: demandId });
    const leather = m.matches.find((x) => x.posting.id === "seed-supply-chain-p3")!;
    expect(leather.reasons.map((r) => r.zh)).toEqual(
      expect.arrayContaining([
        "同一环节：皮革鞣制",
        "产品相符：头层牛皮革",
        "数量满足：可供30000平方尺",
        "供需期重叠",
        "本地配套：同在狮岭镇",
      ]),
    );
    expect(leather.concerns).toEqual([]);
    expect(leather.contact).toBeNull();
    // no demand of the demo enterprise itself, no other demand, only supplies of the leather chain
    expect(m.matches.every((x) => x.posting.kind === "SUPPLY" && x.posting.chain === "LEATHER")).toBe(true);
    // another link's supply is refused, and says why
    const hardware = m.excluded.find((x) => x.posting.id === "seed-supply-chain-p1")!;
    expect(hardware.failed.map((r) => r.zh)).toContain("不同环节：皮革鞣制／五金配件");

    // a larger demand: still a match, with the caveat (near miss), ranked lower
    const big = (await enterprise.supplyChainPostings.create({ ...DEMAND, quantity: 50_000 })).id;
    const nearMiss = (await enterprise.supplyChainPostings.matches({ postingId: big })).matches.find(
      (x) => x.posting.id === "seed-supply-chain-p3",
    )!;
    expect(nearMiss.concerns.map((r) => r.zh)).toEqual(["数量不足：可供30000平方尺，需50000平方尺"]);
    expect(nearMiss.score).toBeLessThan(leather.score);

    // a hardware demand meets the expired stock supply: excluded by the period
    const zip = (await enterprise.supplyChainPostings.create({ ...DEMAND, linkKey: "leather-2", product: "箱包五金拉链头", unit: "件" }))
      .id;
    const zm = await enterprise.supplyChainPostings.matches({ postingId: zip });
    expect(zm.excluded.find((x) => x.posting.id === "seed-supply-chain-p7")!.failed.map((r) => r.zh)).toEqual([
      "供需期不重叠：需求2026-06-01至2027-03-31，供给2025-01-01至2025-06-30",
    ]);
    expect(zm.matches.some((x) => x.posting.id === "seed-supply-chain-p1")).toBe(true);

    // the supplier sees the demo enterprise's demand from its side: the same score and reasons
    const reverse = await tannery.supplyChainPostings.matches({ postingId: "seed-supply-chain-p3" });
    const mine = reverse.matches.find((x) => x.posting.id === demandId)!;
    expect(mine.score).toBeCloseTo(leather.score, 9);
    expect(mine.reasons).toEqual(leather.reasons);
    expect(reverse.matches.every((x) => x.posting.kind === "DEMAND")).toBe(true);
  });

  it("contacts show only once accepted; a pair that does not match cannot be contacted", async () => {
    const c = await enterprise.supplyChainContacts.create({ postingId: demandId, counterpartId: "seed-supply-chain-p3" });
    expect(c.status).toBe("REQUESTED");
    expect(c.supplier.contactPhone).toBeNull();
    // asking twice is the same contact
    expect((await enterprise.supplyChainContacts.create({ postingId: demandId, counterpartId: "seed-supply-chain-p3" })).id).toBe(c.id);
    // the requester cannot answer its own request; a stranger cannot even see it
    expect(await codeOf(enterprise.supplyChainContacts.answer({ id: c.id, decision: "ACCEPT" }))).toBe("FORBIDDEN");
    expect(await codeOf(other.supplyChainContacts.answer({ id: c.id, decision: "ACCEPT" }))).toBe("NOT_FOUND");
    expect(await codeOf(other.supplyChainContacts.get({ id: c.id }))).toBe("NOT_FOUND");
    const accepted = await tannery.supplyChainContacts.answer({ id: c.id, decision: "ACCEPT" });
    expect(accepted.status).toBe("ACCEPTED");
    const seen = await enterprise.supplyChainContacts.get({ id: c.id });
    const tanneryRow = await p.prisma.enterprise.findFirstOrThrow({ where: { name: "广州盛世皮革制品有限公司" } });
    expect(seen.supplier.contactPhone).toBe(tanneryRow.contactPhone);
    // the excluded stock supply is refused with its reason
    const zip = (await enterprise.supplyChainPostings.create({ ...DEMAND, linkKey: "leather-2", product: "箱包五金拉链头", unit: "件" }))
      .id;
    const refused = enterprise.supplyChainContacts.create({ postingId: zip, counterpartId: "seed-supply-chain-p7" });
    await expect(refused).rejects.toThrow(/供需期不重叠/);
    // nobody contacts on another enterprise's posting
    expect(await codeOf(other.supplyChainContacts.create({ postingId: demandId, counterpartId: "seed-supply-chain-p3" }))).toBe(
      "NOT_FOUND",
    );
  });

  it("scope from the refused side: a town sees its enterprises' postings only; an enterprise its own and the published ones", async () => {
    expect(await codeOf(xinhua.supplyChainPostings.get({ id: demandId }))).toBe("NOT_FOUND");
    expect(await codeOf(shiling.supplyChainPostings.get({ id: demandId }))).toBe("OK");
    const xinhuaList = await xinhua.supplyChainPostings.list({ pagination: { page: 1, perPage: 200 } });
    expect(xinhuaList.data.some((x) => x.townName === "狮岭镇")).toBe(false);
    // a town cannot post for another town's enterprise; the refusal writes nothing
    const before = await p.prisma.supplyChainPosting.count();
    expect(await codeOf(xinhua.supplyChainPostings.create({ ...DEMAND, enterpriseId: "seed-enterprise-1" }))).toBe("FORBIDDEN");
    expect(await p.prisma.supplyChainPosting.count()).toBe(before);
    // staff of the town post on the enterprise's behalf
    const onBehalf = await shiling.supplyChainPostings.create({ ...DEMAND, enterpriseId: "seed-enterprise-1" });
    expect(onBehalf).toMatchObject({ enterpriseId: "seed-enterprise-1", onBehalf: true });
    // another enterprise reads the published posting but cannot change, close or match it
    expect(await codeOf(other.supplyChainPostings.get({ id: demandId }))).toBe("OK");
    expect(await codeOf(other.supplyChainPostings.update({ id: demandId, data: { quantity: 1 } }))).toBe("NOT_FOUND");
    expect(await codeOf(other.supplyChainPostings.matches({ postingId: demandId }))).toBe("NOT_FOUND");
    await enterprise.supplyChainPostings.update({ id: onBehalf.id, data: { status: "CLOSED" } });
    expect(await codeOf(other.supplyChainPostings.get({ id: onBehalf.id }))).toBe("NOT_FOUND");
    // the figures are staff's; a period ending before it starts is refused with a clear message
    expect(await codeOf(enterprise.supplyChain.stats())).toBe("FORBIDDEN");
    await expect(enterprise.supplyChainPostings.create({ ...DEMAND, periodTo: "2026-01-01" })).rejects.toThrow(/供需期止不能早于供需期起/);
    expect(await codeOf(p.anonymous().supplyChainPostings.list({}))).toBe("UNAUTHENTICATED");
  });

  it("a reported deal writes the local enterprises' ledger records; the figures add up and the link counts as filled", async () => {
    const before = await district.supplyChain.stats();
    const xinhuaBefore = await xinhua.supplyChain.stats();
    const contact = (await enterprise.supplyChainContacts.list({})).data.find((c) => c.demand.id === demandId)!;
    const deal = await shiling.supplyChainDeals.create({
      clusterId: LEATHER,
      linkKey: "leather-1",
      contactId: contact.id,
      amountFen: 50_000_000,
      dealOn: "2026-11-30",
      nodeId: "seed-node-SHILING-1",
    });
    expect(deal).toMatchObject({ local: true, buyerId: "seed-enterprise-1", linkName: "皮革鞣制" });
    const records = await p.prisma.ledgerRecord.findMany({ where: { source: "SUPPLY_CHAIN", originId: deal.id } });
    expect(records.map((r) => r.enterpriseId).sort()).toEqual([contact.buyer.enterpriseId, contact.supplier.enterpriseId].sort());
    // a deal with a buyer outside the district: not local, one record
    const outside = await district.supplyChainDeals.create({
      clusterId: LEATHER,
      linkKey: "leather-8",
      buyerName: "深圳市区外箱包有限公司",
      supplierId: "seed-enterprise-1",
      amountFen: 30_000_000,
      dealOn: "2026-11-30",
      nodeId: "seed-node-SHILING-1",
    });
    expect(outside.local).toBe(false);
    expect(await p.prisma.ledgerRecord.count({ where: { source: "SUPPLY_CHAIN", originId: outside.id } })).toBe(1);
    // a town admin cannot report a deal between other towns' enterprises
    expect(
      await codeOf(
        xinhua.supplyChainDeals.create({
          ...{ clusterId: LEATHER, linkKey: "leather-1", buyerId: "seed-enterprise-1", supplierName: "区外" },
          amountFen: 1,
          dealOn: "2026-11-30",
          nodeId: "seed-node-SHILING-1",
        }),
      ),
    ).toBe("FORBIDDEN");

    const after = await district.supplyChain.stats();
    expect(after.total.deals).toBe(before.total.deals + 2);
    expect(after.total.localDeals).toBe(before.total.localDeals + 1);
    expect(after.total.amountFen).toBe(before.total.amountFen + 80_000_000);
    expect(after.localRate).toBeCloseTo(after.total.localDeals / after.total.deals, 9);
    // chains and links each add up to the total
    for (const key of ["postings", "supplies", "demands", "matches", "deals", "localDeals", "amountFen"] as const) {
      expect(after.byChain.reduce((s, c) => s + c[key], 0)).toBe(after.total[key]);
      expect(after.byLink.reduce((s, c) => s + c[key], 0)).toBe(after.total[key]);
    }
    expect(after.total.postings).toBe(after.total.supplies + after.total.demands);
    const tanning = after.byLink.find((l) => l.linkKey === "leather-1")!;
    expect(tanning).toMatchObject({ linkName: "皮革鞣制", filled: true });
    // the clusters' gap view: a cross-district deal leaves 检测认证 a gap, a local one fills it
    const AUTO = "seed-industrial-cluster-auto";
    const gapsOf = async (id: string) => (await district.industrialClusters.get({ id })).links.filter((l) => l.gap).map((l) => l.name);
    expect(await gapsOf(LEATHER)).toEqual(["检测认证"]);
    expect(await gapsOf(AUTO)).toEqual(["轻量化材料", "汽车后市场"]);
    const seat = await p.prisma.enterprise.findFirstOrThrow({ where: { name: "广州市锐驰汽车座椅有限公司" } });
    await district.supplyChainDeals.create({
      clusterId: AUTO,
      linkKey: "auto-10",
      buyerId: seat.id,
      supplierId: "seed-enterprise-1",
      amountFen: 10_000_000,
      dealOn: "2026-12-01",
      nodeId: "seed-node-SHILING-1",
    });
    expect(await gapsOf(AUTO)).toEqual(["轻量化材料"]);
    const clusterStats = await district.industrialClusters.stats();
    expect(clusterStats.clusters.find((c) => c.id === AUTO)!.gaps.map((g) => g.name)).toEqual(["轻量化材料"]);

    // 新华街道's figures do not move with 狮岭镇's deals
    expect((await xinhua.supplyChain.stats()).total).toEqual(xinhuaBefore.total);
    expect((await shiling.supplyChain.stats()).scope.zh).toContain("狮岭镇");
  });

  it("a big buyer's procurement list is matched item by item; visits stay in the town; every list exports to Excel", async () => {
    const buyer = await p.prisma.enterprise.findFirstOrThrow({ where: { name: "广州市金狮箱包有限公司" } });
    const item = {
      linkKey: "leather-1",
      product: "箱包用头层牛皮革",
      quantity: 8_000,
      unit: "平方尺",
      periodFrom: "2026-12-01",
      periodTo: "2027-06-30",
    };
    const bad = shiling.supplyChainLists.create({
      title: "测试清单",
      clusterId: LEATHER,
      buyerId: buyer.id,
      items: [{ ...item, linkKey: "auto-1" }],
    });
    await expect(bad).rejects.toThrow(/该产业链没有这个环节/);
    const list = await shiling.supplyChainLists.create({ title: "测试清单", clusterId: LEATHER, buyerId: buyer.id, items: [item] });
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ kind: "DEMAND", enterpriseId: buyer.id, linkName: "皮革鞣制", onBehalf: true });
    const m = await shiling.supplyChainPostings.matches({ postingId: list.items[0].id });
    expect(m.matches.map((x) => x.posting.id)).toContain("seed-supply-chain-p3");
    // a closed list withdraws its items from the other enterprises
    await shiling.supplyChainLists.update({ id: list.id, data: { status: "CLOSED" } });
    expect(await codeOf(tannery.supplyChainPostings.get({ id: list.items[0].id }))).toBe("NOT_FOUND");

    const visit = {
      title: "走进金狮箱包（测试）",
      visitOn: "2026-12-02",
      hostId: buyer.id,
      chain: "LEATHER" as const,
      participants: ["广州宏图五金配件有限公司"],
    };
    expect(await codeOf(xinhua.supplyChainVisits.create(visit))).toBe("FORBIDDEN");
    const v = await shiling.supplyChainVisits.create(visit);
    expect(v).toMatchObject({ hostName: "广州市金狮箱包有限公司", participants: ["广州宏图五金配件有限公司"] });
    expect(await codeOf(xinhua.supplyChainVisits.get({ id: v.id }))).toBe("NOT_FOUND");

    for (const file of [
      await district.supplyChainPostings.export({}),
      await district.supplyChainLists.export({}),
      await district.supplyChainDeals.export({}),
      await district.supplyChainVisits.export({}),
      await district.supplyChainContacts.export({}),
      await enterprise.supplyChainPostings.export({}),
    ])
      expect(file.rows).toBeGreaterThan(0);
    // a town's export holds only the contacts touching its enterprises, as its list does
    const townList = await shiling.supplyChainContacts.list({ pagination: { page: 1, perPage: 200 } });
    expect((await shiling.supplyChainContacts.export({})).rows).toBe(townList.total);
  });
});
