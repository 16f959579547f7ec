import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { shanghaiYear } from "@qifu/domain";
import { codeOf, createTestPlatform, refusalOf, type TCaller } from "../../src";

/** Rounds: the district opens, towns recommend their own, enterprises submit, the district decides into a recognition. */
describe(`cultivation rounds on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let shiling: TCaller;
  let xinhua: TCaller;
  let operator: TCaller;
  let enterprise: TCaller;
  let anonymous: TCaller;
  let roundId: string;
  const year = shanghaiYear(new Date());

  beforeAll(async () => {
    p = await createTestPlatform();
    [district, shiling, xinhua, operator, enterprise, anonymous] = await Promise.all([
      p.as("district"),
      p.as("shiling"),
      p.as("xinhua"),
      p.as("operator"),
      p.as("enterprise"),
      p.anonymous(),
    ]);
    roundId = (
      await district.cultivationRounds.open({
        name: `${year}年测试小巨人推荐`,
        level: "LITTLE_GIANT",
        year,
        body: "NATIONAL",
        batch: "测试批",
        opensOn: `${year - 1}-01-01`,
        closesOn: `${year + 1}-12-31`,
      })
    ).id;
  });
  afterAll(() => p?.close());

  it("only the district opens a round, and a bad round is refused with a message", async () => {
    const input = {
      name: "镇街自开批次",
      level: "INNOVATIVE" as const,
      year,
      body: "DISTRICT" as const,
      batch: "x批",
      opensOn: "2026-01-01",
      closesOn: "2026-02-01",
    };
    expect(await codeOf(shiling.cultivationRounds.open(input))).toBe("FORBIDDEN");
    expect(await codeOf(enterprise.cultivationRounds.open(input))).toBe("FORBIDDEN");
    const bad = await refusalOf(district.cultivationRounds.open({ ...input, closesOn: "2025-12-01" }), "cultivationRounds.open");
    expect(bad.code).toBe("VALIDATION");
    expect(bad.message.zh).toContain("截止日期");
  });

  it("a town recommends only its own town's enterprises", async () => {
    const own = await shiling.cultivationRounds.recommend({ roundId, enterpriseId: "seed-enterprise-1" });
    expect(own.recommendedAt).not.toBeNull();
    // 新华街道's admin cannot recommend a 狮岭镇 enterprise, nor 狮岭镇 one of 新华's
    const xinhuaEnterprise = await p.prisma.enterprise.findFirstOrThrow({ where: { town: { code: "XINHUA" } } });
    expect(await codeOf(xinhua.cultivationRounds.recommend({ roundId, enterpriseId: "seed-enterprise-7" }))).toBe("NOT_FOUND");
    expect(await codeOf(shiling.cultivationRounds.recommend({ roundId, enterpriseId: xinhuaEnterprise.id }))).toBe("NOT_FOUND");
    expect(await codeOf(operator.cultivationRounds.recommend({ roundId, enterpriseId: "seed-enterprise-1" }))).toBe("FORBIDDEN");
    expect(await codeOf(enterprise.cultivationRounds.recommend({ roundId, enterpriseId: "seed-enterprise-1" }))).toBe("FORBIDDEN");
    expect(await codeOf(anonymous.cultivationRounds.recommend({ roundId, enterpriseId: "seed-enterprise-1" }))).toBe("UNAUTHENTICATED");
    expect(await p.prisma.cultivationApplication.count({ where: { roundId } })).toBe(1);
    // the other town's round view shows none of 狮岭镇's applications
    expect((await xinhua.cultivationRounds.get({ id: roundId })).list).toEqual([]);
    expect((await shiling.cultivationRounds.get({ id: roundId })).list.map((a) => a.enterpriseId)).toEqual(["seed-enterprise-1"]);
  });

  it("the district decides only what is recommended and submitted; approval records the recognition and the tier in one go", async () => {
    const [app] = (await district.cultivationRounds.get({ id: roundId })).list;
    expect(await codeOf(district.cultivationRounds.decide({ applicationId: app.id, decision: "APPROVED" }))).toBe("CONFLICT");
    const short = await refusalOf(enterprise.cultivationRounds.submit({ roundId, material: "太短" }), "cultivationRounds.submit");
    expect(short.code).toBe("VALIDATION");
    const submitted = await enterprise.cultivationRounds.submit({
      roundId,
      material: "主导产品为高端真皮箱包，近两年研发投入及知识产权情况见附件说明。",
    });
    expect(submitted.submittedAt).not.toBeNull();
    // the enterprise sees its own application in its ladder, nothing of others
    const mine = await enterprise.cultivation.my();
    expect(mine.rounds.find((r) => r.id === roundId)!.mine!.id).toBe(app.id);
    expect(await codeOf(enterprise.cultivationRounds.get({ id: roundId }))).toBe("FORBIDDEN");
    expect(await codeOf(shiling.cultivationRounds.decide({ applicationId: app.id, decision: "APPROVED" }))).toBe("FORBIDDEN");

    // two reviewers at once: one decision, one recognition
    const results = await Promise.all([
      codeOf(district.cultivationRounds.decide({ applicationId: app.id, decision: "APPROVED", note: "同意" })),
      codeOf(district.cultivationRounds.decide({ applicationId: app.id, decision: "APPROVED", note: "同意" })),
    ]);
    expect(results.sort()).toEqual(["CONFLICT", "OK"]);
    const recognitions = await p.prisma.cultivationRecognition.findMany({ where: { roundId } });
    expect(recognitions).toHaveLength(1);
    expect(recognitions[0]).toMatchObject({ enterpriseId: "seed-enterprise-1", level: "LITTLE_GIANT", body: "NATIONAL", batch: "测试批" });
    expect((await p.prisma.enterprise.findUniqueOrThrow({ where: { id: "seed-enterprise-1" } })).tier).toBe("LITTLE_GIANT");
    // a decided application cannot be resubmitted
    expect(await codeOf(enterprise.cultivationRounds.submit({ roundId, material: "补充材料：再次提交的申报说明文字。" }))).toBe("CONFLICT");
  });

  it("a closed round takes no more recommendations or material", async () => {
    await district.cultivationRounds.close({ id: roundId });
    const refused = await refusalOf(
      shiling.cultivationRounds.recommend({ roundId, enterpriseId: "seed-enterprise-3" }),
      "cultivationRounds.recommend",
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message.zh).toContain("不在申报期内");
    expect(await p.prisma.cultivationApplication.count({ where: { roundId } })).toBe(1);
  });
});
