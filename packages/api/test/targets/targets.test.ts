import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { createTestPlatform } from "../../src";

describe(`targets are data with live progress on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  beforeAll(async () => {
    p = await createTestPlatform();
  });
  afterAll(() => p.close());

  it("linked platforms = active nodes linked to the network, against the 2027 target of 100", async () => {
    const [progress] = await p.anonymous().targets.progress({ metricKey: "network.linkedPlatforms" });
    const expected = await p.prisma.node.count({ where: { status: "ACTIVE", linkedAt: { not: null } } });
    expect(progress).toMatchObject({ year: 2027, target: 100, actual: expected, scopeKey: "DISTRICT" });
    expect(progress.ratio).toBeCloseTo(expected / 100);

    // linking one more node moves the figure; suspending one moves it back
    const district = await p.as("district");
    const unlinked = await p.prisma.node.findFirstOrThrow({ where: { status: "ACTIVE", linkedAt: null } });
    await district.nodes.update({ id: unlinked.id, data: { linkedAt: "2026-05-01" } });
    expect((await p.anonymous().targets.progress({ metricKey: "network.linkedPlatforms" }))[0].actual).toBe(expected + 1);
    await district.nodes.update({ id: unlinked.id, data: { status: "SUSPENDED" } });
    expect((await p.anonymous().targets.progress({ metricKey: "network.linkedPlatforms" }))[0].actual).toBe(expected);
  });

  it("only district admins set targets, and only for known metrics", async () => {
    const shiling = await p.as("shiling");
    await expect(shiling.targets.create({ year: 2026, metricKey: "network.linkedPlatforms", value: 80 })).rejects.toMatchObject({
      cause: { code: "FORBIDDEN" },
    });
    const district = await p.as("district");
    await expect(district.targets.create({ year: 2026, metricKey: "no.such.metric", value: 1 })).rejects.toMatchObject({
      cause: { code: "VALIDATION" },
    });
    const t = await district.targets.create({ year: 2026, metricKey: "network.linkedPlatforms", value: 80 });
    expect(t.metricLabel.zh).toBe("累计链接服务平台");

    // an update naming no field is refused, so every accepted update leaves an audit row
    const auditBefore = await p.prisma.auditLog.count();
    await expect(district.targets.update({ id: t.id, data: {} })).rejects.toMatchObject({
      cause: { code: "VALIDATION", message: expect.stringContaining("No target") },
    });
    expect(await p.prisma.auditLog.count()).toBe(auditBefore);
  });
});
