import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { shanghaiDate } from "@qifu/domain";
import { deriveTier, evaluateLevel, missingText } from "@qifu/feature-cultivation/ladder";
import { cultivationSweep } from "@qifu/feature-cultivation/server";
import { makeContext, readFileFor, saveUpload } from "@qifu/trpc-core";
import { codeOf, createTestPlatform, type TCaller } from "../../src";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe("the ladder's rules", () => {
  it("derives the tier from the recognitions that count on the day (expired and revoked ones do not)", () => {
    const r = (level: string, recognisedOn: string, validUntil: string | null, revoked = false) => ({
      level,
      recognisedOn,
      validUntil,
      revoked,
    });
    expect(deriveTier([], "2026-06-01")).toBe("NONE");
    const history = [
      r("INNOVATIVE", "2020-01-01", "2022-12-31"),
      r("SPECIALIZED", "2023-03-01", "2026-02-28"),
      r("INNOVATIVE", "2024-05-01", "2027-04-30"),
    ];
    expect(deriveTier(history, "2025-06-01")).toBe("SPECIALIZED");
    // the 专精特新 recognition expired on 2026-02-28: the enterprise falls back to 创新型
    expect(deriveTier(history, "2026-02-28")).toBe("SPECIALIZED");
    expect(deriveTier(history, "2026-03-01")).toBe("INNOVATIVE");
    expect(deriveTier([...history, r("LITTLE_GIANT", "2025-01-01", "2027-12-31", true)], "2025-06-01")).toBe("SPECIALIZED");
    // 小升规 is not a rung of the ladder
    expect(deriveTier([r("ABOVE_SIZE", "2020-01-01", null)], "2025-06-01")).toBe("NONE");
  });

  it("judges met, missed and unknown, and words what is missing", () => {
    const rules = [
      { figureKey: "RD_SHARE", op: "GTE", threshold: 5, placeholder: false, source: "x" },
      { figureKey: "MARKET_RANK", op: "LTE", threshold: 3, placeholder: true, source: "y" },
    ];
    const e = evaluateLevel("LITTLE_GIANT", rules, { RD_SHARE: 3.1 });
    expect(e.verdict).toBe("MISSING");
    expect(e.criteria.map((c) => c.state)).toEqual(["MISSED", "UNKNOWN"]);
    expect(missingText(e, "zh")).toBe("还差：研发投入占比 3.1 % < 5 %");
    expect(evaluateLevel("LITTLE_GIANT", rules, { RD_SHARE: 5 }).verdict).toBe("UNKNOWN");
    expect(evaluateLevel("LITTLE_GIANT", rules, { RD_SHARE: 5, MARKET_RANK: 2 }).verdict).toBe("READY");
    expect(evaluateLevel("LITTLE_GIANT", rules, { RD_SHARE: 5, MARKET_RANK: 4 }).verdict).toBe("MISSING");
  });
});

describe(`cultivation ladder on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let shiling: TCaller;
  let xinhua: TCaller;
  let enterprise: TCaller;

  beforeAll(async () => {
    p = await createTestPlatform();
    [district, shiling, xinhua, enterprise] = await Promise.all([p.as("district"), p.as("shiling"), p.as("xinhua"), p.as("enterprise")]);
  });
  afterAll(() => p?.close());

  it("turns the registry's seeded tiers into recognitions: the tiers read the same as before", async () => {
    const tiers = Object.fromEntries(
      (
        await p.prisma.enterprise.findMany({
          where: { id: { in: ["seed-enterprise-1", "seed-enterprise-2", "seed-enterprise-15", "seed-enterprise-4"] } },
        })
      ).map((e) => [e.id, e.tier]),
    );
    expect(tiers).toEqual({
      "seed-enterprise-1": "SPECIALIZED",
      "seed-enterprise-2": "LITTLE_GIANT",
      "seed-enterprise-15": "SINGLE_CHAMPION",
      "seed-enterprise-4": "NONE",
    });
    expect(await p.prisma.enterprise.count({ where: { tier: { not: "NONE" } } })).toBe(29);
    // the history holds the lower rungs and an expired earlier cycle
    const history = await p.prisma.cultivationRecognition.findMany({ where: { enterpriseId: "seed-enterprise-1" } });
    expect(history.map((r) => r.level).sort()).toEqual(["ABOVE_SIZE", "INNOVATIVE", "SPECIALIZED", "SPECIALIZED"]);
  });

  it("evaluates seeded enterprises against their next level with known answers", async () => {
    const specialized = await district.cultivation.candidates({ level: "SPECIALIZED" });
    const of = (id: string) => specialized.find((c) => c.enterpriseId === id)!.evaluation;
    // 3: every criterion met
    expect(of("seed-enterprise-3").verdict).toBe("READY");
    // 6: missed by one criterion, the R&D share
    expect(of("seed-enterprise-6").verdict).toBe("MISSING");
    expect(
      of("seed-enterprise-6")
        .criteria.filter((c) => c.state === "MISSED")
        .map((c) => c.text.zh),
    ).toEqual(["研发投入占比 2.5 % < 3 %"]);
    // 12: its score is self-reported, not confirmed: unknown, not met
    expect(of("seed-enterprise-12").verdict).toBe("UNKNOWN");
    expect(of("seed-enterprise-12").criteria.find((c) => c.figureKey === "EVAL_SCORE")!.state).toBe("UNKNOWN");
    // only enterprises one rung below are in the pool
    expect(specialized.every((c) => c.tier === "INNOVATIVE")).toBe(true);
    // ready first
    expect(specialized[0].evaluation.verdict).toBe("READY");
  });

  it("counts a self-reported figure only once its town confirms it; another town cannot confirm it", async () => {
    const figure = await p.prisma.cultivationFigure.findUniqueOrThrow({ where: { id: "seed-figure-12-EVAL_SCORE" } });
    expect(await codeOf(xinhua.cultivationFigures.confirm({ ids: [figure.id] }))).toBe("NOT_FOUND");
    const auto = await p.prisma.enterprise.findUniqueOrThrow({ where: { id: "seed-enterprise-12" }, select: { townId: true } });
    const town = await p.prisma.town.findUniqueOrThrow({ where: { id: auto.townId! } });
    expect(town.code).toBe("AUTO_CITY");
    expect((await district.cultivationFigures.confirm({ ids: [figure.id] })).confirmed).toBe(1);
    const after = await district.cultivation.candidates({ level: "SPECIALIZED" });
    expect(after.find((c) => c.enterpriseId === "seed-enterprise-12")!.evaluation.verdict).toBe("READY");
  });

  it("an enterprise reports its own figures, which wait for confirmation, and sees what it misses for the next rung", async () => {
    const mine = await enterprise.cultivation.my();
    expect(mine.tier).toBe("SPECIALIZED");
    expect(mine.next!.level).toBe("LITTLE_GIANT");
    expect(mine.next!.criteria.filter((c) => c.state === "MISSED").map((c) => c.figureKey)).toEqual(["RD_SHARE", "REVENUE_WAN"]);
    expect(mine.services.map((s) => s.level)).toEqual(["SPECIALIZED", "LITTLE_GIANT"]);
    expect(mine.rounds.map((r) => r.id)).toEqual(["seed-round-little-giant"]);
    const reported = await enterprise.cultivationFigures.report({
      figureKey: "RD_SHARE",
      value: 6.4,
      year: 2025,
      source: "2025年审计报告",
    });
    expect(reported.confirmedAt).toBeNull();
    const still = await enterprise.cultivation.my();
    expect(still.next!.criteria.find((c) => c.figureKey === "RD_SHARE")!.state).toBe("UNKNOWN");
    // the enterprise reads only its own figures
    const list = await enterprise.cultivationFigures.list({ pagination: { page: 1, perPage: 200 } });
    expect(new Set(list.data.map((f) => f.enterpriseId))).toEqual(new Set(["seed-enterprise-1"]));
    expect(await codeOf(enterprise.cultivationFigures.get({ id: "seed-figure-3-RD_SHARE" }))).toBe("NOT_FOUND");
    expect(await codeOf(enterprise.cultivationRecognitions.get({ id: "seed-recognition-2-LITTLE_GIANT" }))).toBe("NOT_FOUND");
    // its town confirms it: now it counts
    await shiling.cultivationFigures.confirm({ ids: [reported.id] });
    expect((await enterprise.cultivation.my()).next!.criteria.find((c) => c.figureKey === "RD_SHARE")!.state).toBe("MET");
  });

  it("keeps the tier a cache of the recognitions: written with each change, and by the daily sweep when one expires", async () => {
    const today = shanghaiDate(new Date());
    const e = await p.prisma.enterprise.create({
      data: { id: "t-cult-1", creditCode: "91440114TCULT0001", name: "测试培育企业", townId: await p.townId("SHILING") },
    });
    const created = await district.cultivationRecognitions.create({
      enterpriseId: e.id,
      level: "SPECIALIZED",
      body: "PROVINCIAL",
      batch: "测试批次",
      recognisedOn: "2024-01-01",
      validUntil: "2099-12-31",
    });
    expect((await p.prisma.enterprise.findUniqueOrThrow({ where: { id: e.id } })).tier).toBe("SPECIALIZED");
    await district.cultivationRecognitions.update({ id: created.id, data: { revoked: true } });
    expect((await p.prisma.enterprise.findUniqueOrThrow({ where: { id: e.id } })).tier).toBe("NONE");
    await district.cultivationRecognitions.update({ id: created.id, data: { revoked: false } });
    // it runs out yesterday, with no write since: the sweep recomputes
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000);
    await p.prisma.cultivationRecognition.update({ where: { id: created.id }, data: { validUntil: yesterday } });
    expect((await p.prisma.enterprise.findUniqueOrThrow({ where: { id: e.id } })).tier).toBe("SPECIALIZED");
    const swept = await cultivationSweep(p.prisma, new Date());
    expect(swept.tiersChanged).toBeGreaterThanOrEqual(1);
    expect((await p.prisma.enterprise.findUniqueOrThrow({ where: { id: e.id } })).tier).toBe("NONE");
    // bad dates are refused with a message, nothing written
    const bad = await codeOf(
      district.cultivationRecognitions.create({
        enterpriseId: e.id,
        level: "INNOVATIVE",
        body: "PROVINCIAL",
        batch: "测试",
        recognisedOn: "2024-01-01",
        validUntil: "2023-01-01",
      }),
    );
    expect(bad).toBe("VALIDATION");
    expect(await p.prisma.cultivationRecognition.count({ where: { enterpriseId: e.id } })).toBe(1);
    // only the district records recognitions; towns read their own town's
    expect(
      await codeOf(
        shiling.cultivationRecognitions.create({
          enterpriseId: e.id,
          level: "INNOVATIVE",
          body: "PROVINCIAL",
          batch: "测试",
          recognisedOn: "2024-01-01",
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(await codeOf(xinhua.cultivationRecognitions.get({ id: created.id }))).toBe("NOT_FOUND");
    expect((await shiling.cultivationRecognitions.get({ id: created.id })).enterpriseName).toBe("测试培育企业");
  });

  it("lists and notifies recognitions expiring within 6 months, once", async () => {
    const expiring = await district.cultivationRecognitions.list({ pagination: { page: 1, perPage: 100 }, filter: { expiring: true } });
    expect(expiring.total).toBeGreaterThanOrEqual(5);
    const first = await cultivationSweep(p.prisma, new Date());
    const second = await cultivationSweep(p.prisma, new Date());
    expect(first.expiringNotified).toBe(0); // the previous test's sweep sent them already
    expect(second.expiringNotified).toBe(0);
    expect(await p.prisma.cultivationRecognition.count({ where: { expiryNotifiedAt: { not: null } } })).toBeGreaterThanOrEqual(5);
    const enterpriseUser = await p.userOf("enterprise");
    const notes = await p.prisma.notification.count({ where: { kind: "cultivation.expiring" } });
    expect(notes).toBeGreaterThanOrEqual(5);
    expect(enterpriseUser).toBeTruthy();
    // a town admin's expiring list is its town's
    const own = await shiling.cultivationRecognitions.list({ pagination: { page: 1, perPage: 100 }, filter: { expiring: true } });
    expect(own.data.every((r) => r.townName === "狮岭镇")).toBe(true);
    expect(own.total).toBeLessThan(expiring.total);
    // the list exports to Excel as filtered, each caller its own scope
    expect((await district.cultivationRecognitions.export({ filter: { expiring: true } })).rows).toBe(expiring.total);
    expect((await shiling.cultivationRecognitions.export({ filter: { expiring: true } })).rows).toBe(own.total);
  });

  it("services per stage are data the district edits; the enterprise's page follows; a town admin cannot edit them", async () => {
    const rows = await district.cultivationStageServices.list({ pagination: { page: 1, perPage: 10 } });
    expect(rows.total).toBe(5);
    expect(await codeOf(shiling.cultivationStageServices.update({ id: "SPECIALIZED", data: { categories: ["LEGAL"] } }))).toBe("FORBIDDEN");
    await district.cultivationStageServices.update({
      id: "SPECIALIZED",
      data: { categories: ["LEGAL", "TALENT"], programmes: ["activities"] },
    });
    const specialized = (await enterprise.cultivation.my()).services.find((s) => s.level === "SPECIALIZED")!;
    expect(specialized.categories).toEqual(["LEGAL", "TALENT"]);
    expect(specialized.programmes).toEqual([
      { key: "activities", label: { zh: "活动培训", en: "Activities and training" }, link: "/activities" },
    ]);
    // a second row for a level is refused with a message on the field
    expect(await codeOf(district.cultivationStageServices.create({ level: "SPECIALIZED", categories: [], programmes: [] }))).toBe(
      "VALIDATION",
    );
    // a programme that is not one of the platform's is refused by the schema
    expect(await codeOf(district.cultivationStageServices.update({ id: "SPECIALIZED", data: { programmes: ["nowhere" as never] } }))).toBe(
      "BAD_REQUEST",
    );
  });

  it("a recognition keeps its certificate: the enterprise and its town download it, another town and enterprise cannot", async () => {
    const districtUser = await p.userOf("district");
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    const file = await saveUpload(p.prisma, districtUser, "专精特新证书.pdf", pdf);
    const created = await district.cultivationRecognitions.create({
      enterpriseId: "seed-enterprise-1",
      level: "INNOVATIVE",
      body: "PROVINCIAL",
      batch: "证书测试批",
      recognisedOn: "2026-03-01",
      validUntil: "2029-02-28",
      certificateFileIds: [file.id],
    });
    expect(created.certificateFileId).toBe(file.id);
    const reads = async (who: string) => (await readFileFor(makeContext(p.prisma, await p.userOf(who)), file.id)) !== null;
    expect(await reads("enterprise")).toBe(true);
    expect(await reads("shiling")).toBe(true);
    expect(await reads("xinhua")).toBe(false);
    expect(await reads("operator")).toBe(false);
    // a file already attached elsewhere cannot be reused; a replacement detaches the old one
    expect(await codeOf(district.cultivationRecognitions.update({ id: created.id, data: { certificateFileIds: ["no-such-file"] } }))).toBe(
      "VALIDATION",
    );
    const second = await saveUpload(p.prisma, districtUser, "换发证书.pdf", pdf);
    const updated = await district.cultivationRecognitions.update({ id: created.id, data: { certificateFileIds: [second.id] } });
    expect(updated.certificateFileId).toBe(second.id);
    expect((await p.prisma.storedFile.findUniqueOrThrow({ where: { id: file.id } })).ownerKind).toBeNull();
    await district.cultivationRecognitions.delete({ id: created.id });
  });

  it("counts the metrics by district and town, with the 1,000 target seeded", async () => {
    const stats = await district.cultivation.stats();
    expect(stats.qualitySmes).toBe(await p.prisma.enterprise.count({ where: { tier: { not: "NONE" } } }));
    expect(stats.target).toBe(1000);
    expect(stats.funnel).toHaveLength(await p.prisma.town.count());
    const town = await shiling.cultivation.stats();
    expect(town.scope.zh).toBe("狮岭镇范围");
    expect(town.funnel.map((f) => f.townName)).toEqual(["狮岭镇"]);
    expect(town.qualitySmes).toBe(await p.prisma.enterprise.count({ where: { tier: { not: "NONE" }, town: { code: "SHILING" } } }));
    expect(town.expiring.every((r) => r.townName === "狮岭镇")).toBe(true);
    const target = await p.prisma.target.findFirstOrThrow({ where: { metricKey: "cultivation.qualitySmes", year: 2027 } });
    expect(target.value).toBe(1000);
    expect(day("2027-01-01")).toBeTruthy();
  });
});
