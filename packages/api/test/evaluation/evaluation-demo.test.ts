import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { serverFeature } from "@qifu/feature-evaluation/server";
import { createTestPlatform } from "../../src";

/** The demo's evaluation (issue 13): one closed and published round, one open round with scores missing, made through the real steps. */
describe(`evaluation demo on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  beforeAll(async () => {
    p = await createTestPlatform();
    await serverFeature.demoActivity!(p.prisma, new Date("2026-12-01T02:00:00Z"));
  });
  afterAll(() => p.close());

  it("publishes Q3 over every town and leaves Q4 open with the second expert's scores partly missing", async () => {
    const district = await p.as("district");
    const rounds = await district.evaluationRounds.list({});
    expect(rounds.map((r) => [r.name, r.status])).toEqual([
      ["2026年第四季度镇街评价", "OPEN"],
      ["2026年第三季度镇街评价", "PUBLISHED"],
    ]);
    const towns = await p.prisma.town.count();
    const ranking = (await p.anonymous().evaluationResults.ranking({}))!;
    expect(ranking.name).toBe("2026年第三季度镇街评价");
    expect(ranking.rows).toHaveLength(towns);
    expect(ranking.rows[0]!.rank).toBe(1);
    expect(new Set(ranking.rows.map((r) => r.stars)).size).toBeGreaterThan(1);
    const open = rounds[0]!;
    expect(open.scoresDone).toBeLessThan(open.scoresExpected);
    expect((await district.evaluationRounds.missing({ id: open.id })).length).toBe(open.scoresExpected - open.scoresDone);
    // the evaluator has the open round's towns to score
    expect((await (await p.as("evaluator")).evaluationTasks.list({ filter: { pending: true } })).total).toBe(towns);
    // running it again adds nothing
    await serverFeature.demoActivity!(p.prisma, new Date("2026-12-01T02:00:00Z"));
    expect(await p.prisma.evaluationRound.count()).toBe(2);
  });
});
