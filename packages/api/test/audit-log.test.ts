import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { appRouter, createTestPlatform, type TCaller } from "../src";

/** The audit log as district admins read it: filters, and no way to change it. */
describe(`audit log on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let nodeId: string;
  const started = new Date(Date.now() - 1000).toISOString();

  beforeAll(async () => {
    p = await createTestPlatform();
    district = await p.as("district");
    const shiling = await p.as("shiling");
    nodeId = (await shiling.nodes.create({ name: "审计测试服务站", kind: "SERVICE_STATION" })).id;
    await district.nodes.update({ id: nodeId, data: { staffCount: 7 } });
  });
  afterAll(() => p.close());

  it("finds who changed a record, with before and after", async () => {
    const { data, total } = await district.auditLogs.list({ filter: { resource: "node", recordId: nodeId }, sort: { field: "at", order: "ASC" } });
    expect(total).toBe(2);
    expect(data.map((e) => [e.action, e.actorName, e.actorRole])).toEqual([
      ["INSERT", "狮岭镇企业服务部·管理员", "TOWN_ADMIN"],
      ["UPDATE", "区中小企业服务中心·管理员", "DISTRICT_ADMIN"],
    ]);
    expect((data[1].before as any).staffCount).toBe(0);
    expect((data[1].after as any).staffCount).toBe(7);
    expect(data[1].requestId).toBeTruthy();
    expect(await district.auditLogs.get({ id: data[0].id })).toEqual(data[0]);
  });

  it("filters by actor, action and date range", async () => {
    const shilingId = (await p.userOf("shiling")).id;
    const byActor = await district.auditLogs.list({ filter: { actorId: shilingId }, pagination: { page: 1, perPage: 200 } });
    expect(byActor.total).toBeGreaterThan(0);
    expect(byActor.data.every((e) => e.actorId === shilingId)).toBe(true);
    const updates = await district.auditLogs.list({ filter: { action: "UPDATE", from: started }, pagination: { page: 1, perPage: 200 } });
    expect(updates.data.every((e) => e.action === "UPDATE" && e.at >= started)).toBe(true);
    const before = await district.auditLogs.list({ filter: { to: "2000-01-01" } });
    expect(before.total).toBe(0);
    expect(await district.auditLogs.resources()).toContain("node");
  });

  it("offers no way to write the log, and the database refuses it too", async () => {
    const paths = Object.keys(appRouter._def.procedures).filter((k) => k.startsWith("auditLogs."));
    expect(paths.sort()).toEqual(["auditLogs.get", "auditLogs.getMany", "auditLogs.list", "auditLogs.resources"]);
    await expect(p.prisma.$executeRawUnsafe(`UPDATE audit_log SET "actorId" = 'x'`)).rejects.toThrow();
    await expect(p.prisma.$executeRawUnsafe(`DELETE FROM audit_log`)).rejects.toThrow();
  });

  it("is for district admins only", async () => {
    for (const who of ["shiling", "operator", "commissioner", "enterprise"]) {
      const c = await p.as(who);
      await expect(c.auditLogs.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(p.anonymous().auditLogs.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
