import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { shanghaiDate, shanghaiYear } from "@qifu/domain";
import { eligibilityOf, policyMatcherFor, pushPolicy, type TEnterpriseProfile, type TPolicyCriteria } from "@qifu/feature-policies/server";
import { codeOf, createTestPlatform, refusalOf, type TCaller } from "../../src";

const P = (n: number) => `seed-policy-${String(n).padStart(2, "0")}`;
const WAN = 1_000_000;

// ---- a table of enterprises × policies with the answers worked out by hand ------------------

const TODAY = "2030-06-15";
const ent = (id: string, over: Partial<TEnterpriseProfile> = {}): TEnterpriseProfile => ({
  id,
  name: id,
  townId: "T1",
  industryCode: "1922",
  sizeClass: "SMALL",
  tier: "NONE",
  foundedOn: "2020-06-15",
  revenueWan: 3000,
  employees: 80,
  tags: [],
  grants: new Map(),
  ...over,
});
const pol = (id: string, over: Partial<TPolicyCriteria> = {}): TPolicyCriteria => ({
  id,
  townIds: [],
  industryCodes: [],
  sizeClasses: [],
  tiers: [],
  minYears: null,
  revenueMinWan: null,
  revenueMaxWan: null,
  employeesMin: null,
  employeesMax: null,
  tags: [],
  notReceivedPolicyId: null,
  notReceivedYears: null,
  ...over,
});
const ENTERPRISES = [
  ent("A"), // 1922, T1, small, 10 years on TODAY, 3000 万, 80 people
  ent("B", {
    townId: "T2",
    industryCode: "3670",
    tier: "SPECIALIZED",
    tags: ["外贸"],
    revenueWan: 20000,
    employees: 400,
    sizeClass: "MEDIUM",
  }),
  ent("C", { foundedOn: "2027-06-16", revenueWan: null, tags: ["外贸", "高新技术企业"] }), // 2 years and 364 days old on TODAY
  ent("D", { grants: new Map([["X", "2028-06-16"]]) }), // granted X 1 year 364 days before TODAY
  ent("E", { industryCode: null, sizeClass: null, employees: 10, grants: new Map([["X", "2027-06-15"]]) }), // granted X exactly 3 years before
];
const POLICIES = [
  pol("open"), // no criteria: everyone
  pol("manufacturing-T1", { townIds: ["T1"], industryCodes: ["C"] }), // section C = divisions 13–43
  pol("leather-3y", { industryCodes: ["19"], minYears: 3 }),
  pol("revenue-2000-5000", { revenueMinWan: 2000, revenueMaxWan: 5000 }),
  pol("tier-or-tag", { tiers: ["SPECIALIZED"], tags: ["外贸"] }),
  pol("not-X-3y", { notReceivedPolicyId: "X", notReceivedYears: 3, employeesMin: 50 }),
];
/** [policy][enterprise A..E]: Q qualifies, N nearly (exactly one criterion missed), C cannot (two or more). */
const EXPECTED: Record<string, string> = {
  open: "QQQQQ",
  "manufacturing-T1": "QNQQN", // B: 3670 is manufacturing (section C) but in T2; E: no industry code on record
  "leather-3y": "QNNQN", // B: 3670 is not division 19; C: 2 years old on TODAY; E: no industry code
  "revenue-2000-5000": "QNNQQ", // B: 20,000 above the band; C: no revenue reported
  "tier-or-tag": "CQNCC", // both required: C has the tag but not the tier; A, D, E miss both
  "not-X-3y": "QQQNN", // D granted X within 3 years; E granted exactly 3 years ago (passes) but has 10 people
};

describe("policy matcher on a table with known answers", () => {
  const matcher = policyMatcherFor(TODAY);
  for (const p of POLICIES)
    it(`${p.id}: ${EXPECTED[p.id]}`, () => {
      const got = ENTERPRISES.map((e) => eligibilityOf(matcher.evaluate(e, p))[0]).join("");
      expect(got).toBe(EXPECTED[p.id]);
    });

  it("a near miss names the one criterion missed, in words", () => {
    const ev = matcher.evaluate(ENTERPRISES[2], POLICIES[2]); // C against leather-3y: founded 2027-06-16
    expect(ev.failed.map((f) => f.key)).toEqual(["years"]);
    expect(ev.failed[0].reason!.zh).toBe("须成立满3年，本企业成立2年");
    const d = matcher.evaluate(ENTERPRISES[3], POLICIES[5]);
    expect(d.failed.map((f) => f.key)).toEqual(["notReceived"]);
    expect(d.failed[0].reason!.zh).toContain("2028-06-16已享受");
  });

  it("matchReverse gives exactly the qualifying enterprises (what a push reaches)", () => {
    const r = matcher.matchReverse(POLICIES[3], ENTERPRISES, { withExcluded: false });
    expect(r.matches.map((m) => m.item.id)).toEqual(["A", "D", "E"]);
  });
});

// ---- on the seeded platform --------------------------------------------------------------------

describe(`policies on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let xinhua: TCaller;
  let operator: TCaller; // seed-node-SHILING-1: handles 狮岭镇皮革皮具产业扶持 (02)
  let handler: TCaller; // 区商务局: handles 03, 08 (免申即享), 12, 16 …
  let commissioner: TCaller; // serves seed-enterprise-1
  let enterprise: TCaller; // seed-enterprise-1: 狮岭镇, 1922, 180 people, 8,600 万元, 专精特新, 皮具/箱包/外贸
  const year = shanghaiYear(new Date());

  beforeAll(async () => {
    p = await createTestPlatform();
    [district, xinhua, operator, handler, commissioner, enterprise] = await Promise.all(
      ["district", "xinhua", "operator", "handler", "commissioner", "enterprise"].map((u) => p.as(u)),
    );
  });
  afterAll(() => p.close());

  it("我能享受什么: the demo enterprise's seeded answers, with the missed criterion of each near miss", async () => {
    const mine = await enterprise.policies.forEnterprise({});
    const ids = (xs: { policy: { id: string } }[]) => xs.map((x) => x.policy.id).sort();
    expect(ids(mine.qualifies)).toEqual(expect.arrayContaining([1, 2, 3, 4, 5, 6, 7, 8, 21, 22].map(P)));
    const near = Object.fromEntries(mine.nearly.map((x) => [x.policy.id, x.missing.map((m) => m.zh)]));
    expect(near[P(9)]).toEqual(["须认定为专精特新“小巨人”"]);
    expect(near[P(10)]).toEqual(["须具备高新技术企业"]);
    expect(near[P(11)]).toEqual(["营业收入须不低于20000万元，本企业为8600万元"]);
    expect(near[P(12)]).toEqual(["限区汽车城的企业"]);
    expect(near[P(13)]).toEqual(["从业人员须不高于100人，本企业为180人"]);
    expect(near[P(14)]![0]).toMatch(/已享受「工业企业技术改造投资奖励」，3年内不能重复享受/);
    expect(ids(mine.cannot)).toEqual(expect.arrayContaining([16, 17, 18, 20].map(P)));
    // drafts and closed policies are never offered
    const all = [...mine.qualifies, ...mine.nearly, ...mine.cannot].map((x) => x.policy.id);
    expect(all).not.toContain(P(24));
    expect(all).not.toContain(P(25));
    // its seeded applications: 02 pending, 03 granted, 06 rejected (may apply again), 21 withdrawn
    const status = Object.fromEntries(
      all.map((id) => [id, [...mine.qualifies, ...mine.nearly, ...mine.cannot].find((x) => x.policy.id === id)!.applicationStatus]),
    );
    expect([status[P(2)], status[P(3)], status[P(6)], status[P(21)]]).toEqual(["SUBMITTED", "APPROVED", null, null]);
  });

  it("scope from the refused side: fits of an enterprise outside the caller's reach are not found", async () => {
    expect(await codeOf(xinhua.policies.forEnterprise({ enterpriseId: "seed-enterprise-1" }))).toBe("NOT_FOUND");
    expect(await codeOf(commissioner.policies.forEnterprise({ enterpriseId: "seed-enterprise-9" }))).toBe("NOT_FOUND");
    expect((await commissioner.policies.forEnterprise({ enterpriseId: "seed-enterprise-1" })).enterpriseName).toBe(
      "广州狮岭皮具制造有限公司",
    );
    // an enterprise always gets its own, whatever id it names
    expect((await enterprise.policies.forEnterprise({ enterpriseId: "seed-enterprise-9" })).enterpriseId).toBe("seed-enterprise-1");
    expect(await codeOf(operator.policies.forEnterprise({ enterpriseId: "seed-enterprise-1" }))).toBe("FORBIDDEN");
    // applications: the enterprise sees its own only; the handling unit only those to its policies
    const own = await enterprise.policyApplications.list({ pagination: { page: 1, perPage: 200 } });
    expect(own.total).toBeGreaterThan(0);
    expect(own.data.every((a) => a.enterpriseId === "seed-enterprise-1")).toBe(true);
    const byOperator = await operator.policyApplications.list({ pagination: { page: 1, perPage: 200 } });
    expect(byOperator.data.length).toBeGreaterThan(0);
    expect(new Set(byOperator.data.map((a) => a.policyId))).toEqual(new Set([P(2)]));
    const byHandler = await handler.policyApplications.list({ pagination: { page: 1, perPage: 200 } });
    const commercePolicies = (
      await p.prisma.policy.findMany({ where: { handlerDepartmentId: "seed-dept-COMMERCE" }, select: { id: true } })
    ).map((x) => x.id);
    expect(byHandler.data.every((a) => commercePolicies.includes(a.policyId))).toBe(true);
    // the library is the district's: a handling unit cannot edit a policy
    expect(await codeOf(handler.policies.update({ id: P(3), data: { supportText: "改" } }))).toMatch(/FORBIDDEN|NOT_FOUND/);
  });

  it("a push reaches exactly the qualifying enterprises' users and their commissioner, once per version", async () => {
    // a user for a non-qualifying enterprise (区汽车城): must get nothing
    await p.prisma.user.create({
      data: {
        id: "t-user-auto",
        username: "t-auto",
        displayName: "汽车城企业",
        role: "ENTERPRISE",
        enterpriseId: "seed-enterprise-9",
        passwordHash: "x",
      },
    });
    const created = await district.policies.create({
      title: "狮岭镇皮具企业品牌出海补贴",
      issuer: "花都区狮岭镇人民政府",
      level: "DISTRICT",
      summary: "狮岭镇的皮具企业到境外注册商标、开设品牌店的，按费用补贴。",
      supportKind: "SUBSIDY",
      supportText: "按境外商标注册费用的50%补贴，最高5万元",
      maxAmountFen: 5 * WAN,
      handlerDepartmentId: "seed-dept-COMMERCE",
      townIds: [await p.townId("SHILING")],
      industryCodes: ["19"],
    } as never);
    expect(created.status).toBe("DRAFT");
    expect(created.whoQualifies.map((w) => w.zh)).toEqual(["注册在狮岭镇的企业", "属于国民经济行业分类19的企业"]);
    const notesBefore = await p.prisma.notification.count({ where: { kind: "policy.push" } });
    const r = await district.policies.publish({ id: created.id });
    // 狮岭镇 with a 19xx code in the seed: enterprises 1, 2, 3, 7, 8 (1922, 1922, 1910, 1922, 1929)
    const pushed = await p.prisma.policyPush.findMany({ where: { policyId: created.id }, select: { enterpriseId: true, version: true } });
    expect(pushed.map((x) => x.enterpriseId).sort()).toEqual([1, 2, 3, 7, 8].map((n) => `seed-enterprise-${n}`).sort());
    expect(r).toMatchObject({ version: 1, pushedEnterprises: 5 });
    const notes = await p.prisma.notification.findMany({
      where: { kind: "policy.push", createdAt: { gte: new Date(Date.now() - 60_000) } },
    });
    const forThis = notes.filter((n) => n.titleZh.includes("品牌出海"));
    // the demo enterprise's account and its commissioner; nobody else has an account on those five
    expect(forThis.map((n) => n.userId).sort()).toEqual(["seed-user-commissioner", "seed-user-enterprise"]);
    expect(forThis.find((n) => n.userId === "seed-user-enterprise")!.channels).toEqual(["email", "sms"]);
    expect(await p.prisma.notification.count({ where: { userId: "t-user-auto" } })).toBe(0);
    expect(r.recipients).toBe(2);
    expect((await p.prisma.notification.count({ where: { kind: "policy.push" } })) - notesBefore).toBe(2);

    // pushing the same version again notifies nobody and records nothing
    const row = await district.policies.get({ id: created.id });
    const again = await pushPolicy({ db: p.prisma, now: () => new Date() }, row);
    expect(again.pushedEnterprises).toBe(0);
    // rewording the summary is not news: same version, nobody notified
    const reworded = await district.policies.update({
      id: created.id,
      data: { summary: "狮岭镇皮具企业到境外注册商标、开设品牌店，按费用给予补贴。" },
    });
    expect(reworded.version).toBe(1);
    // a change of terms saved: version 2 at once, pushed to the (now wider) qualifying set
    const widened = await district.policies.update({ id: created.id, data: { townIds: [] } });
    expect(widened.version).toBe(2);
    const v2 = await p.prisma.policyPush.findMany({ where: { policyId: created.id, version: 2 }, select: { enterpriseId: true } });
    // every seeded enterprise with a 19xx code: 1, 2, 3, 7, 8 in 狮岭 (no others in the seed)
    expect(v2.length).toBe(5);
    const v2Notes = await p.prisma.notification.findMany({
      where: { kind: "policy.push", AND: [{ titleZh: { startsWith: "政策有更新" } }, { titleZh: { contains: "品牌出海" } }] },
    });
    expect(v2Notes.map((n) => n.userId).sort()).toEqual(["seed-user-commissioner", "seed-user-enterprise"]);
    // pushing again by hand: version 3
    expect((await district.policies.publish({ id: created.id })).version).toBe(3);
    // the board counts one push per enterprise per version
    const stats = await district.policyFigures.stats({ year });
    expect(stats.byPolicy.find((x) => x.key === created.id)!.pushed).toBe(15);
  });

  it("免申即享: the list of recipients, confirmed by the handling unit once per enterprise, each a ledger service", async () => {
    expect(await codeOf(operator.policies.autoRecipients({ policyId: P(8) }))).toBe("NOT_FOUND"); // not its policy
    expect(await codeOf(enterprise.policies.autoRecipients({ policyId: P(8) }))).toBe("FORBIDDEN");
    const list = await handler.policies.autoRecipients({ policyId: P(8) });
    // tag 外贸 in the seed: the demo enterprise only
    expect(list.data.map((d) => [d.enterpriseId, d.granted])).toEqual([["seed-enterprise-1", false]]);
    expect(list.data[0].reasons.map((x) => x.zh)).toEqual(["具备外贸"]);
    // an enterprise that does not qualify cannot be slipped in
    expect(await codeOf(handler.policies.confirmAuto({ policyId: P(8), enterpriseIds: ["seed-enterprise-9"] }))).toBe("VALIDATION");
    expect(await handler.policies.confirmAuto({ policyId: P(8) })).toEqual({ granted: 1, alreadyGranted: 0 });
    expect(await handler.policies.confirmAuto({ policyId: P(8) })).toEqual({ granted: 0, alreadyGranted: 1 });
    const grants = await p.prisma.policyApplication.findMany({ where: { policyId: P(8) } });
    expect(grants.map((g) => [g.enterpriseId, g.status, g.auto, g.grantedFen])).toEqual([
      ["seed-enterprise-1", "APPROVED", true, 10 * WAN],
    ]);
    expect(await p.prisma.ledgerRecord.count({ where: { source: "POLICY", originId: grants[0].id } })).toBe(1);
    expect((await handler.policies.autoRecipients({ policyId: P(8) })).data[0].granted).toBe(true);
    // no application to a 免申即享 policy
    const refused = await refusalOf(
      enterprise.policyApplications.create({ policyId: P(8), material: "申请参展补贴，附参展合同" }),
      "policyId",
    );
    expect(refused.fields[0].message.zh).toContain("免申即享");
  });

  it("applications: apply with material, reviewed by the handling unit only, an approval records the amount and a ledger service", async () => {
    // a near miss cannot apply, and says why
    const near = await refusalOf(
      enterprise.policyApplications.create({ policyId: P(9), material: "申请小巨人奖励，附认定文件" }),
      "policyId",
    );
    expect(near.fields[0].message.zh).toContain("须认定为专精特新“小巨人”");
    const a = await enterprise.policyApplications.create({
      policyId: P(1),
      material: "已认定为省级专精特新中小企业，附认定文件。",
      requestedFen: 20 * WAN,
    });
    expect(a).toMatchObject({ status: "SUBMITTED", townName: "狮岭镇", policyTitle: "花都区专精特新中小企业认定奖励" });
    expect(await codeOf(enterprise.policyApplications.create({ policyId: P(1), material: "再次申请，附认定文件。" }))).toBe("CONFLICT");
    // 01 is handled by 区科工信局: the commerce handler and the node operator do not reach it
    expect(await codeOf(handler.policyApplications.review({ id: a.id, decision: "APPROVED" }))).toBe("NOT_FOUND");
    expect(await codeOf(operator.policyApplications.review({ id: a.id, decision: "APPROVED" }))).toBe("NOT_FOUND");
    expect(await codeOf(enterprise.policyApplications.review({ id: a.id, decision: "APPROVED" }))).toBe("FORBIDDEN");
    // more than the policy's most is refused; nothing is written
    expect(await codeOf(district.policyApplications.review({ id: a.id, decision: "APPROVED", grantedFen: 21 * WAN }))).toBe("VALIDATION");
    expect((await p.prisma.policyApplication.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("SUBMITTED");
    const before = await district.policyFigures.stats({ year });
    const done = await district.policyApplications.review({ id: a.id, decision: "APPROVED", grantedFen: 18 * WAN, note: "同意" });
    expect(done).toMatchObject({ status: "APPROVED", grantedFen: 18 * WAN });
    expect(await codeOf(district.policyApplications.review({ id: a.id, decision: "REJECTED", note: "x" }))).toBe("CONFLICT");
    const ledger = await p.prisma.ledgerRecord.findMany({ where: { source: "POLICY", originId: a.id } });
    expect(ledger.map((l) => [l.enterpriseId, l.servedOn.toISOString().slice(0, 10)])).toEqual([
      ["seed-enterprise-1", shanghaiDate(new Date())],
    ]);
    // the figures: one more grant of 18 万元 in 狮岭镇 and for policy 01
    const after = await district.policyFigures.stats({ year });
    const shiling = await p.townId("SHILING");
    const row = (s: typeof after, key: string, by: "byTown" | "byPolicy") =>
      s[by].find((x) => x.key === key) ?? { granted: 0, amountFen: 0, applied: 0 };
    expect(after.totals.granted - before.totals.granted).toBe(1);
    expect(after.totals.amountFen - before.totals.amountFen).toBe(18 * WAN);
    expect(row(after, shiling, "byTown").amountFen - row(before, shiling, "byTown").amountFen).toBe(18 * WAN);
    expect(row(after, P(1), "byPolicy").granted - row(before, P(1), "byPolicy").granted).toBe(1);
    // the operator reviews the seeded pending application to its own policy (02)
    const pending = (await operator.policyApplications.list({ pagination: { page: 1, perPage: 50 }, filter: { status: "SUBMITTED" } }))
      .data;
    expect(pending.length).toBeGreaterThan(0);
    const rej = await refusalOf(operator.policyApplications.review({ id: pending[0].id, decision: "REJECTED" }), "note");
    expect(rej.fields[0].path).toBe("note");
    // a town admin's figures are its town's only
    const x = await xinhua.policyFigures.stats({ year });
    expect(x.byTown.map((t) => t.label.zh)).toEqual(["新华街道"]);
    expect(x.scope.zh).toBe(`新华街道范围，${year}年`);
  });

  it("public: search in Chinese, a policy in plain words, never a draft", async () => {
    const anon = p.anonymous();
    const r = await anon.policies.publicList({ q: "贴息" });
    expect(r.data.map((x) => x.id)).toEqual(expect.arrayContaining([P(6), P(14), P(21)]));
    expect(r.data.every((x) => x.status === "PUBLISHED")).toBe(true);
    const none = await anon.policies.publicList({ q: "绿色工厂" }); // only in the draft
    expect(none.data.map((x) => x.id)).not.toContain(P(25));
    const one = await anon.policies.publicGet({ id: P(13) });
    expect(one.whoQualifies.map((w) => w.zh)).toEqual(["从业人员不多于100人"]);
    expect(await codeOf(anon.policies.publicGet({ id: P(25) }))).toBe("NOT_FOUND");
  });
});
