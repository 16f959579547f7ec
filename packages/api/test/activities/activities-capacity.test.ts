import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import type { TSessionUser } from "@qifu/trpc-core";
import { codeOf, createTestPlatform, type TCaller } from "../../src";

/**
 * Issue 14 point 6: no over-booking under concurrent registration. 100 enterprises register at once
 * for 30 seats: exactly 30 hold a seat and 70 wait, in order. On PostgreSQL the calls really run in
 * parallel (the row lock and the conditional UPDATE decide); on PGlite they serialise.
 */
describe(`activity capacity on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let activityId: string;
  const users: TSessionUser[] = [];

  beforeAll(async () => {
    p = await createTestPlatform();
    district = await p.as("district");
    const shiling = await p.townId("SHILING");
    await p.prisma.enterprise.createMany({
      data: Array.from({ length: 100 }, (_, i) => ({
        id: `cap-ent-${i}`,
        creditCode: `CAP${String(i).padStart(15, "0")}`,
        name: `并发报名测试企业${i}`,
        townId: shiling,
      })),
    });
    await p.prisma.user.createMany({
      data: Array.from({ length: 100 }, (_, i) => ({
        id: `cap-user-${i}`,
        username: `cap-${i}`,
        displayName: `企业${i}`,
        role: "ENTERPRISE",
        passwordHash: "-",
        enterpriseId: `cap-ent-${i}`,
      })),
    });
    for (let i = 0; i < 100; i++)
      users.push({
        id: `cap-user-${i}`,
        username: `cap-${i}`,
        displayName: `企业${i}`,
        role: "ENTERPRISE",
        townId: shiling,
        nodeId: null,
        enterpriseId: `cap-ent-${i}`,
        departmentId: null,
      });
    const now = Date.now();
    activityId = (
      await district.activities.create({
        title: "并发报名测试会",
        seriesId: "seed-series-FINANCE_PLUS",
        nodeId: "seed-node-SHILING-1",
        status: "PUBLISHED",
        startsAt: new Date(now + 5 * 86_400_000).toISOString(),
        endsAt: new Date(now + 5 * 86_400_000 + 7_200_000).toISOString(),
        registrationClosesAt: new Date(now + 4 * 86_400_000).toISOString(),
        place: "狮岭镇会议中心",
        capacity: 30,
        category: "FINANCING",
      })
    ).id;
  }, 120_000);
  afterAll(() => p.close());

  it("100 concurrent registrations for 30 seats: exactly 30 registered, 70 waiting", async () => {
    const started = Date.now();
    const results = await Promise.allSettled(users.map((u) => p.asUser(u).activities.register({ activityId })));
    const took = Date.now() - started;
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const statuses = results.map((r) => (r.status === "fulfilled" ? r.value.status : "ERR"));
    expect(statuses.filter((s) => s === "REGISTERED")).toHaveLength(30);
    expect(statuses.filter((s) => s === "WAITING")).toHaveLength(70);
    const rows = await p.prisma.activityRegistration.groupBy({ by: ["status"], where: { activityId }, _count: { _all: true } });
    expect(Object.fromEntries(rows.map((r) => [r.status, r._count._all]))).toEqual({ REGISTERED: 30, WAITING: 70 });
    expect((await p.prisma.activity.findUniqueOrThrow({ where: { id: activityId } })).seatsTaken).toBe(30);
    // the waiting list is numbered 1..70 without gaps
    const positions = results.flatMap((r) => (r.status === "fulfilled" && r.value.waitingPosition ? [r.value.waitingPosition] : []));
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
    console.log(`100 concurrent registrations on ${testDatabaseKind()}: ${took} ms`);
  }, 120_000);

  it("a second registration of the same enterprise is refused and takes no seat", async () => {
    expect(await codeOf(p.asUser(users[0]).activities.register({ activityId }))).toBe("CONFLICT");
    expect((await p.prisma.activity.findUniqueOrThrow({ where: { id: activityId } })).seatsTaken).toBe(30);
  });

  it("concurrent cancellations move exactly as many up from the waiting list, first come first", async () => {
    const seated = await p.prisma.activityRegistration.findMany({
      where: { activityId, status: "REGISTERED" },
      select: { enterpriseId: true },
    });
    const firstWaiting = await p.prisma.activityRegistration.findMany({
      where: { activityId, status: "WAITING" },
      orderBy: [{ queueNo: "asc" }, { id: "asc" }],
      take: 5,
      select: { enterpriseId: true },
    });
    const cancelling = seated.slice(0, 5).map((s) => users.find((u) => u.enterpriseId === s.enterpriseId)!);
    await Promise.all(cancelling.map((u) => p.asUser(u).activities.cancel({ activityId })));
    const after = await p.prisma.activityRegistration.groupBy({ by: ["status"], where: { activityId }, _count: { _all: true } });
    expect(Object.fromEntries(after.map((r) => [r.status, r._count._all]))).toEqual({ REGISTERED: 30, WAITING: 65, CANCELLED: 5 });
    const promoted = await p.prisma.activityRegistration.findMany({
      where: { activityId, promotedAt: { not: null } },
      select: { enterpriseId: true },
    });
    expect(promoted.map((r) => r.enterpriseId).sort()).toEqual(firstWaiting.map((r) => r.enterpriseId).sort());
    expect((await p.prisma.activity.findUniqueOrThrow({ where: { id: activityId } })).seatsTaken).toBe(30);
  }, 60_000);
});
