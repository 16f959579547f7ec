import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { z } from "zod";
import { readImportFile } from "@qifu/trpc-core";
import { appRouter, createTestPlatform, type TCaller } from "../../src";

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
    const { data, total } = await district.auditLogs.list({
      filter: { resource: "node", recordId: nodeId },
      sort: { field: "at", order: "ASC" },
    });
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

  it("exports the filtered list to Excel with a readable change column, and lists the actors", async () => {
    const file = await district.auditLogs.export({
      filter: { resource: "node", recordId: nodeId },
      sort: { field: "at", order: "ASC" },
      lang: "zh",
    });
    expect(file.rows).toBe(2);
    expect(file.filename).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const cols = [
      { key: "recordId", header: { zh: "记录", en: "Record" } },
      { key: "action", header: { zh: "操作", en: "Action" } },
      { key: "actor", header: { zh: "操作人", en: "Actor" } },
      { key: "changes", header: { zh: "变更内容", en: "Changes" } },
    ];
    const read = await readImportFile(
      file.contentBase64,
      cols,
      z.object({ recordId: z.string(), action: z.string(), actor: z.string(), changes: z.string() }),
    );
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => [r.data.recordId, r.data.action, r.data.actor])).toEqual([
      [nodeId, "新增", "狮岭镇企业服务部·管理员"],
      [nodeId, "修改", "区中小企业服务中心·管理员"],
    ]);
    // in Chinese: the table and the columns by their labels (domain audit-labels.ts), not staffCount / node
    expect(read.rows[1].data.changes).toBe("工作人员数: 0 → 7");
    expect(read.rows[0].data.changes).toContain("名称: 审计测试服务站");
    const table = await readImportFile(
      file.contentBase64,
      [{ key: "table", header: { zh: "数据表", en: "Table" } }],
      z.object({ table: z.string() }),
    );
    expect(table.rows.map((r) => r.data.table)).toEqual(["服务节点", "服务节点"]);
    const en = await district.auditLogs.export({
      filter: { resource: "node", recordId: nodeId },
      sort: { field: "at", order: "ASC" },
      lang: "en",
    });
    const enRead = await readImportFile(
      en.contentBase64,
      cols,
      z.object({ recordId: z.string(), action: z.string(), actor: z.string(), changes: z.string() }),
    );
    expect(enRead.rows[1].data.changes).toBe("Staff: 0 → 7");
    // the export applies the filter: another record's rows are not in it
    const none = await district.auditLogs.export({ filter: { resource: "node", recordId: "no-such-node" }, lang: "en" });
    expect(none.rows).toBe(0);
    const actors = await district.auditLogs.actors();
    expect(actors.map((a) => a.id)).toContain((await p.userOf("shiling")).id);
    for (const who of ["shiling", "commissioner"]) {
      await expect((await p.as(who)).auditLogs.export({ lang: "zh" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("offers no way to write the log, and the database refuses it too", async () => {
    const paths = Object.keys(appRouter._def.procedures).filter((k) => k.startsWith("auditLogs."));
    expect(paths.sort()).toEqual([
      "auditLogs.actors",
      "auditLogs.export",
      "auditLogs.get",
      "auditLogs.getMany",
      "auditLogs.list",
      "auditLogs.resources",
    ]);
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
