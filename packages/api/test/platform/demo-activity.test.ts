import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { createTestPlatform, seedDemoActivity } from "../../src";

/** The demo's appeals go through the real workflow steps, so every figure they feed is consistent. */
describe(`demo activity (appeals) on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  const now = new Date("2026-11-26T02:00:00Z"); // 10:00 in Huadu, a Thursday
  beforeAll(async () => {
    p = await createTestPlatform();
    expect((await seedDemoActivity(p.prisma, now)).appeals).toBe(14);
  });
  afterAll(() => p.close());

  it("files gapless numbers and leaves a realistic mix of states, each with its timeline", async () => {
    const appeals = await p.prisma.appeal.findMany({ orderBy: { seq: "asc" }, include: { events: true } });
    expect(appeals.map((a) => a.number)).toEqual(appeals.map((_, i) => `HD-2026-${String(i + 1).padStart(6, "0")}`));
    const count = (status: string) => appeals.filter((a) => a.status === status).length;
    expect(count("CLOSED")).toBeGreaterThanOrEqual(5);
    expect(count("WITHDRAWN")).toBe(1);
    expect(count("SUBMITTED")).toBeGreaterThanOrEqual(2);
    expect(appeals.some((a) => a.pausedAt)).toBe(true); // waiting on the enterprise
    for (const a of appeals) expect(a.events.map((e) => e.kind)).toContain("SUBMIT");
    // the reopened one was answered twice and closed; the hard-bone one is flagged
    const reopened = appeals.find((a) => a.events.some((e) => e.kind === "REOPEN"))!;
    expect(reopened.status).toBe("CLOSED");
    expect(reopened.events.filter((e) => e.kind === "ANSWER")).toHaveLength(2);
    expect(appeals.filter((a) => a.hardBone)).toHaveLength(1);
    // a 45-day-old appeal nobody handled has been supervised up to the red card by the sweep
    expect(appeals.find((a) => a.title === "招聘熟练技工困难")!.supervisionLevel).toBe("RED");
  });

  it("feeds the assessment board: units and the commissioner ranked with real figures", async () => {
    const district = await p.as("district");
    const ranking = await district.appealAssessment.ranking({ period: "2026" });
    const shiling = ranking.units.find((u) => u.name.includes("狮岭"))!;
    expect(shiling.appeals).toBeGreaterThanOrEqual(6);
    expect(shiling.hardBoneSolved).toBe(1);
    expect(shiling.reopened).toBe(1);
    expect(ranking.commissioners.find((c) => c.key === "seed-user-commissioner")!.appeals).toBeGreaterThanOrEqual(6);
  });

  it("the demo enterprise sees only its own appeals, and a second run adds nothing", async () => {
    const enterprise = await p.as("enterprise");
    const own = await enterprise.appeals.list({
      pagination: { page: 1, perPage: 50 },
      sort: { field: "submittedAt", order: "DESC" },
      filter: {},
    });
    const mine = await p.prisma.appeal.count({ where: { enterpriseId: "seed-enterprise-1" } });
    expect(own.total).toBe(mine);
    expect(mine).toBeGreaterThanOrEqual(4);
    expect((await seedDemoActivity(p.prisma, now)).appeals).toBe(0);
    expect(await p.prisma.appeal.count()).toBe(14);
  });
});
