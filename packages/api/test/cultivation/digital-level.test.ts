import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { codeOf, createTestPlatform, type TCaller } from "../../src";

/** The 专精特新 criterion 数字化水平 reads the enterprise's latest committed digital diagnosis (issue 18 pt 1); a draft never counts. */
describe(`cultivation's 数字化水平 on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;

  beforeAll(async () => {
    p = await createTestPlatform();
    district = await p.as("district");
  });
  afterAll(() => p.close());

  it("is a seeded criterion with its source, met or missed by the latest committed level", async () => {
    const criterion = await p.prisma.cultivationCriterion.findFirstOrThrow({ where: { level: "SPECIALIZED", figureKey: "DIGITAL_LEVEL" } });
    expect(criterion).toMatchObject({ op: "GTE", threshold: 2, placeholder: true });
    expect(criterion.source).toMatch(/^工信部企业〔2022〕63号.* 附件2：数字化水平/);

    const pool = await district.cultivation.candidates({ level: "SPECIALIZED" });
    const id = pool[0].enterpriseId;
    const digitalOf = async () =>
      (await district.cultivation.candidates({ level: "SPECIALIZED" }))
        .find((c) => c.enterpriseId === id)!
        .evaluation.criteria.find((c) => c.figureKey === "DIGITAL_LEVEL")!;
    const base = {
      enterpriseId: id,
      setId: "seed-digital-set-MANUFACTURING",
      status: "COMMITTED",
      score: 30,
      level: 1,
      weakIndicatorIds: [],
    };
    await p.prisma.digitalDiagnosis.create({ data: { ...base, id: "cv-digital-1", committedAt: new Date("2030-01-01T00:00:00Z") } });
    const missed = await digitalOf();
    expect(missed.state).toBe("MISSED");
    expect(missed.text.zh).toContain("数字化水平等级 1");
    // a newer draft does not count; a newer committed level 2 does
    await p.prisma.digitalDiagnosis.create({ data: { ...base, id: "cv-digital-2", status: "DRAFT", score: null, level: null } });
    expect((await digitalOf()).state).toBe("MISSED");
    await p.prisma.digitalDiagnosis.create({
      data: { ...base, id: "cv-digital-3", score: 45, level: 2, committedAt: new Date("2030-02-01T00:00:00Z") },
    });
    expect((await digitalOf()).state).toBe("MET");
    // the figure is the diagnosis', not a reported one: an enterprise cannot report it
    expect(
      await codeOf(
        (await p.as("enterprise")).cultivationFigures.report({ figureKey: "DIGITAL_LEVEL" as "EVAL_SCORE", value: 4, year: 2026 }),
      ),
    ).toBe("BAD_REQUEST");
  });
});
