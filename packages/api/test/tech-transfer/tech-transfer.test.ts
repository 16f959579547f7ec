import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { shanghaiDate, shanghaiYear } from "@qifu/domain";
import { codeOf, createTestPlatform, refusalOf, type TCaller } from "../../src";

const WAN = 1_000_000;
/** A leather need of the demo enterprise (狮岭镇): the seeded 无铬鞣制 licence (华南理工广州学院, 20–50万元, TRL 7) fits it. */
const NEED = {
  field: "LEATHER" as const,
  keywords: ["无铬鞣制"],
  problem: "含铬废水处理成本高，需要无铬鞣制工艺",
  budgetFen: 30 * WAN,
  deadline: "2030-12-31",
  wantedMode: "LICENCE" as const,
};
const ACH_CHROME = "seed-techach-1"; // 皮革无铬鞣制清洁生产技术, SCUT (the "college" account), LICENCE 20–50万, TRL 7
const ACH_CUT = "seed-techach-4"; // 皮具智能裁切视觉排版系统, 区科技成果转化服务中心, LICENCE 15–30万, TRL 8
const ACH_JEWEL = "seed-techach-3"; // 珠宝首饰3D打印快速成型工艺 (another field)

/** 成果转化 (issue 15 pts 5–6): matching with known answers both ways, scope from the refused side, signing, figures. */
describe(`tech-transfer on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let shiling: TCaller;
  let xinhua: TCaller;
  let college: TCaller; // 华南理工大学广州学院产学研合作中心 (seed-node-HUADONG-1)
  let bank: TCaller; // another node's staff (a bank: no achievements)
  let enterprise: TCaller; // seed-enterprise-1, 狮岭镇
  let needId: string;

  beforeAll(async () => {
    p = await createTestPlatform();
    [district, shiling, xinhua, college, bank, enterprise] = await Promise.all([
      p.as("district"),
      p.as("shiling"),
      p.as("xinhua"),
      p.as("college"),
      p.as("bank"),
      p.as("enterprise"),
    ]);
    needId = (await enterprise.techNeeds.create({ ...NEED })).id;
  });
  afterAll(() => p.close());

  it("matches a need to achievements with reasons: a match, a near miss with its reason, refusals", async () => {
    const m = await enterprise.techNeeds.matches({ needId });
    const chrome = m.matches.find((x) => x.achievement.id === ACH_CHROME)!;
    expect(chrome.reasons.map((r) => r.zh)).toEqual(
      expect.arrayContaining([
        "领域相符：皮革皮具工艺",
        "关键词相符：无铬鞣制",
        "方式相符：许可",
        "预算覆盖报价：20万元起",
        "成熟度7级，可按期应用",
      ]),
    );
    expect(chrome.concerns).toEqual([]);
    // the other leather licence fits too, with no keyword in common: ranked below
    const cut = m.matches.find((x) => x.achievement.id === ACH_CUT)!;
    expect(cut.concerns.map((r) => r.zh)).toEqual(["关键词无重合"]);
    expect(cut.score).toBeLessThan(chrome.score);
    expect(m.matches[0].achievement.id).toBe(ACH_CHROME);
    // another field is refused, and says why; pending and returned achievements are never offered
    expect(m.excluded.find((x) => x.achievement.id === ACH_JEWEL)!.failed.map((r) => r.zh)).toEqual([
      "不符合：成果属珠宝首饰工艺领域",
      "不符合：成果仅接受转让",
    ]);
    const offered = [...m.matches, ...m.excluded].map((x) => x.achievement.id);
    expect(offered).not.toContain("seed-techach-6");
    expect(offered).not.toContain("seed-techach-7");

    // near miss: a budget of 15万元 (75 % of the lowest price) keeps the pair, with the caveat, ranked lower
    const low = (await enterprise.techNeeds.create({ ...NEED, budgetFen: 15 * WAN })).id;
    const near = (await enterprise.techNeeds.matches({ needId: low })).matches.find((x) => x.achievement.id === ACH_CHROME)!;
    expect(near.concerns.map((r) => r.zh)).toEqual(["预算略低于报价：20万元起，可议价"]);
    expect(near.score).toBeLessThan(chrome.score);
    // far below the price, or another mode: refused with the reason
    const poor = (await enterprise.techNeeds.create({ ...NEED, budgetFen: 10 * WAN })).id;
    const poorM = await enterprise.techNeeds.matches({ needId: poor });
    expect(poorM.excluded.find((x) => x.achievement.id === ACH_CHROME)!.failed.map((r) => r.zh)).toEqual(["不符合：预算低于报价20万元起"]);
    const buy = (await enterprise.techNeeds.create({ ...NEED, wantedMode: "TRANSFER" })).id;
    const buyM = await enterprise.techNeeds.matches({ needId: buy });
    expect(buyM.excluded.find((x) => x.achievement.id === ACH_CHROME)!.failed.map((r) => r.zh)).toEqual(["不符合：成果仅接受许可"]);
    // a deadline within half a year wants TRL 7+: the TRL 7 achievement fits, noted as such
    const soon = shanghaiDate(new Date(Date.now() + 90 * 86_400_000));
    const urgent = (
      await enterprise.techNeeds.create({
        ...NEED,
        field: "AUTOMOTIVE",
        keywords: ["轻量化"],
        deadline: soon,
        wantedMode: "ANY",
        budgetFen: null,
      })
    ).id;
    const light = (await enterprise.techNeeds.matches({ needId: urgent })).matches.find((x) => x.achievement.id === "seed-techach-2")!;
    expect(light.concerns.map((r) => r.zh)[0]).toMatch(/^成熟度6级，距期限\d+天，宜达7级$/);
  });

  it("the provider sees the same verdict from its achievement's side, over the needs contacted to it only", async () => {
    await enterprise.techContacts.create({ needId, achievementId: ACH_CHROME, message: "想了解中试条件" });
    const unsent = (await enterprise.techNeeds.create({ ...NEED, problem: "未联系任何成果方的需求" })).id;
    const forChrome = await college.techAchievements.matchingNeeds({ achievementId: ACH_CHROME });
    const mine = forChrome.data.find((x) => x.need.id === needId)!;
    const fromNeedSide = (await enterprise.techNeeds.matches({ needId })).matches.find((x) => x.achievement.id === ACH_CHROME)!;
    expect(mine.eligible).toBe(true);
    expect(mine.score).toBeCloseTo(fromNeedSide.score, 9);
    expect(mine.reasons).toEqual(fromNeedSide.reasons);
    expect(fromNeedSide.contacted).toBe(true);
    expect(forChrome.data.some((x) => x.need.id === unsent)).toBe(false);
    // the district ranks every open need for it, the uncontacted one included
    expect((await district.techAchievements.matchingNeeds({ achievementId: ACH_CHROME })).data.some((x) => x.need.id === unsent)).toBe(
      true,
    );
    // another provider's achievement is not the college's to match
    expect(await codeOf(college.techAchievements.matchingNeeds({ achievementId: ACH_CUT }))).toBe("NOT_FOUND");
  });

  it("scope from the refused side: a provider reads only needs contacted to it, a town only its own, an enterprise its own", async () => {
    const other = (await enterprise.techNeeds.create({ ...NEED, problem: "只联系了区成果转化中心" })).id;
    await enterprise.techContacts.create({ needId: other, achievementId: ACH_CUT });
    expect(await codeOf(college.techNeeds.get({ id: needId }))).toBe("OK");
    expect(await codeOf(college.techNeeds.get({ id: other }))).toBe("NOT_FOUND");
    expect(await codeOf(bank.techNeeds.get({ id: needId }))).toBe("NOT_FOUND");
    const collegeNeeds = await college.techNeeds.list({ pagination: { page: 1, perPage: 200 } });
    expect(collegeNeeds.data.some((n) => n.id === other)).toBe(false);
    const collegeContacts = await college.techContacts.list({ pagination: { page: 1, perPage: 200 } });
    expect(collegeContacts.data.length).toBeGreaterThan(0);
    expect(collegeContacts.data.every((c) => c.providerNodeId === "seed-node-HUADONG-1")).toBe(true);
    // a contact to another provider's achievement cannot be answered by the college
    const toCut = (await enterprise.techContacts.list({ filter: { needId: other } })).data[0];
    expect(await codeOf(college.techContacts.answer({ id: toCut.id, decision: "ACCEPT" }))).toBe("NOT_FOUND");
    expect(await codeOf(college.techAchievements.update({ id: ACH_CUT, data: { contact: "越权" } }))).toBe("NOT_FOUND");
    // a town admin of another town cannot read 狮岭镇's need, its contacts or post for its enterprise; 狮岭镇's can
    expect(await codeOf(xinhua.techNeeds.get({ id: needId }))).toBe("NOT_FOUND");
    expect(await codeOf(shiling.techNeeds.get({ id: needId }))).toBe("OK");
    expect((await xinhua.techNeeds.list({ pagination: { page: 1, perPage: 200 } })).data.every((n) => n.townName !== "狮岭镇")).toBe(true);
    expect((await xinhua.techContacts.list({ pagination: { page: 1, perPage: 200 } })).data.every((c) => c.townName !== "狮岭镇")).toBe(
      true,
    );
    expect(await codeOf(xinhua.techNeeds.postFor({ ...NEED, enterpriseId: "seed-enterprise-1" }))).toBe("FORBIDDEN");
    const posted = await shiling.techNeeds.postFor({ ...NEED, enterpriseId: "seed-enterprise-1", problem: "镇街代企业发布的需求" });
    expect(posted.townName).toBe("狮岭镇");
    // another enterprise cannot read, match or contact for this need
    const otherEnt = p.asUser({ ...(await p.userOf("enterprise")), id: "t-ent-2", enterpriseId: "seed-enterprise-2" });
    expect(await codeOf(otherEnt.techNeeds.get({ id: needId }))).toBe("NOT_FOUND");
    expect(await codeOf(otherEnt.techNeeds.matches({ needId }))).toBe("NOT_FOUND");
    expect(await codeOf(otherEnt.techContacts.create({ needId, achievementId: ACH_CUT }))).toBe("NOT_FOUND");
    // the enterprise cannot contact an achievement that is not published
    const pending = await refusalOf(enterprise.techContacts.create({ needId, achievementId: "seed-techach-6" }), "techContacts.create");
    expect(pending.code).toBe("VALIDATION");
    // review: the provider's town or the district; another town cannot
    expect(await codeOf(xinhua.techAchievements.review({ id: "seed-techach-6", decision: "PUBLISH" }))).toBe("NOT_FOUND");
    expect(await codeOf(college.techAchievements.review({ id: "seed-techach-6", decision: "PUBLISH" }))).toBe("FORBIDDEN");
    expect(await codeOf(p.anonymous().techNeeds.list({}))).toBe("UNAUTHENTICATED");
  });

  it("achievements are reviewed before the public sees them; ranges and maturity are checked", async () => {
    const input = {
      providerNodeId: "seed-node-HUADONG-1",
      title: "皮革废料再生胶原蛋白提取",
      field: "LEATHER",
      maturity: 5,
      mode: "JOINT",
      priceMinFen: 50 * WAN,
      priceMaxFen: 80 * WAN,
      contact: "020-12345678",
    } as const;
    const wrong = await refusalOf(college.techAchievements.create({ ...input, priceMinFen: 90 * WAN }), "techAchievements.create");
    expect(wrong.fields.map((f) => f.path)).toContain("priceMaxFen");
    expect((await refusalOf(college.techAchievements.create({ ...input, maturity: 10 }), "techAchievements.create")).code).toBe(
      "VALIDATION",
    );
    // the bank's staff cannot offer the college's achievement, nor pick a bank as provider
    expect(await codeOf(bank.techAchievements.create(input))).toBe("FORBIDDEN");
    expect((await refusalOf(bank.techAchievements.create({ ...input, providerNodeId: "seed-node-XINHUA-3" }), "x")).code).toBe(
      "VALIDATION",
    );
    const a = await college.techAchievements.create(input);
    expect(a.status).toBe("PENDING");
    const pub = async () => (await p.anonymous().techAchievements.publicList({ perPage: 60 })).data.map((x) => x.id);
    expect(await pub()).not.toContain(a.id);
    const returned = await district.techAchievements.review({ id: a.id, decision: "REJECT", note: "请补充中试数据" });
    expect(returned).toMatchObject({ status: "REJECTED", reviewNote: "请补充中试数据" });
    // edited, it waits for review again; published, the public sees it
    expect((await college.techAchievements.update({ id: a.id, data: { maturity: 6 } })).status).toBe("PENDING");
    await district.techAchievements.review({ id: a.id, decision: "PUBLISH" });
    expect(await pub()).toContain(a.id);
  });

  it("the provider answers and signs: one ledger record for the enterprise; the figures move and add up", async () => {
    // the project is signed today: it counts in this year's figures
    const year = shanghaiYear(new Date());
    const before = await district.techTransfer.stats({ year });
    const contact = (await college.techContacts.list({ filter: { needId } })).data[0];
    const sign = { contactId: contact.id, title: "无铬鞣制工艺许可", contractFen: 30 * WAN, signedOn: shanghaiDate(new Date()) };
    expect(await codeOf(college.techContacts.sign(sign))).toBe("CONFLICT"); // not accepted yet
    const noReason = await refusalOf(
      college.techContacts.answer({ id: contact.id, decision: "DECLINE", answer: "" }),
      "techContacts.answer",
    );
    expect(noReason.code).toBe("VALIDATION");
    await college.techContacts.answer({ id: contact.id, decision: "ACCEPT", answer: "欢迎到校面谈" });
    expect(await codeOf(college.techContacts.answer({ id: contact.id, decision: "ACCEPT" }))).toBe("CONFLICT");
    expect(await codeOf(bank.techContacts.sign(sign))).toBe("NOT_FOUND");
    const early = await refusalOf(college.techContacts.sign({ ...sign, signedOn: "2020-01-01" }), "techContacts.sign");
    expect(early.fields.map((f) => f.path)).toContain("signedOn");
    const project = await college.techContacts.sign(sign);
    expect(project).toMatchObject({ stage: "SIGNED", contractFen: 30 * WAN, enterpriseName: expect.any(String), townName: "狮岭镇" });
    const records = await p.prisma.ledgerRecord.findMany({ where: { source: "TECH_TRANSFER", originId: project.id } });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ enterpriseId: "seed-enterprise-1", nodeId: "seed-node-HUADONG-1", category: "INDUSTRY_ACADEMIA" });
    expect((await enterprise.techNeeds.get({ id: needId })).status).toBe("SIGNED");
    expect(await codeOf(college.techContacts.sign(sign))).toBe("CONFLICT"); // signed once
    // the enterprise sees its project; another town does not; the stage never goes back
    expect((await enterprise.techProjects.list({})).data.some((x) => x.id === project.id)).toBe(true);
    expect(await codeOf(xinhua.techProjects.get({ id: project.id }))).toBe("NOT_FOUND");
    await college.techProjects.update({ id: project.id, data: { stage: "IN_PROGRESS" } });
    expect((await refusalOf(college.techProjects.update({ id: project.id, data: { stage: "SIGNED" } }), "x")).code).toBe("VALIDATION");

    const after = await district.techTransfer.stats({ year });
    expect(after.total.projects).toBe(before.total.projects + 1);
    expect(after.total.contractFen).toBe(before.total.contractFen + 30 * WAN);
    const shilingRow = (s: typeof after) => s.byTown.find((t) => t.label.zh === "狮岭镇")!;
    expect(shilingRow(after).projects).toBe(shilingRow(before).projects + 1);
    // the figures add up this year and in the demo's year (2026, the seed's needs and projects)
    for (const s of [before, after, await district.techTransfer.stats({ year: 2026 })]) {
      const sum = (rows: typeof s.byTown, k: "needs" | "needsMatched" | "projects" | "contractFen") => rows.reduce((n, r) => n + r[k], 0);
      for (const k of ["needs", "needsMatched", "projects", "contractFen"] as const) {
        expect(sum(s.byTown, k)).toBe(s.total[k]);
        expect(sum(s.byField, k)).toBe(s.total[k]);
      }
      expect(s.total.needsMatched).toBeLessThanOrEqual(s.total.needs);
    }
    // a town admin sees its own town's figures only
    const town = await shiling.techTransfer.stats({ year });
    expect(town.byTown.map((t) => t.label.zh)).toEqual(["狮岭镇"]);
    expect(town.total.projects).toBe(shilingRow(after).projects);
    expect(town.scope.zh).toContain("狮岭镇");
  });
});
