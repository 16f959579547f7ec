import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseKind } from "../src/testing";
import { migrate, readMigrations, type TDatabase } from "../src";

describe(`migrations and audit on ${testDatabaseKind()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it("applied every committed migration once", async () => {
    const rows = await db.prisma.$queryRaw<{ name: string }[]>`SELECT name FROM _qifu_migrations ORDER BY name`;
    expect(rows.map((r) => r.name)).toEqual(readMigrations().map((m) => m.name));
  });

  it("audits every table but the log itself, sessions and the migration ledger", async () => {
    // sessions change on every request (last-seen time) and hold token hashes: logins are
    // audited through app_user's counters instead
    // ledger_rollup(_enterprise) are pure derived rollups of ledger_record (which is audited),
    // rewritten by a trigger on every ledger write: auditing them would only repeat those rows
    // login_throttle counts failed sign-ins per account and source, written on every attempt
    // (the audit log would fill with guesses); repeated lockouts alert the district admins instead
    // search_log holds one row per public search, written by anonymous visitors (demand trends)
    const notAudited = [
      "_qifu_migrations",
      "audit_log",
      "session",
      "ledger_rollup",
      "ledger_rollup_enterprise",
      "login_throttle",
      "search_log",
    ];
    const missing = await db.prisma.$queryRaw<{ table: string }[]>`
      SELECT t.table_name::text AS "table" FROM information_schema.tables t
      WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND NOT EXISTS (
          SELECT 1 FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid JOIN pg_proc p ON p.oid = g.tgfoid
          WHERE c.relname = t.table_name AND p.proname = 'qifu_audit')
      ORDER BY 1`;
    expect(missing.map((r) => r.table).filter((t) => !notAudited.includes(t))).toEqual([]);
  });

  it("refuses a migration whose SQL changed after it was applied", async () => {
    const runner = {
      exec: async (sql: string) => void (await db.prisma.$executeRawUnsafe(sql)),
      query: async (sql: string, params: unknown[] = []) => db.prisma.$queryRawUnsafe<any[]>(sql, ...params),
      close: async () => {},
    };
    const [first] = readMigrations();
    await expect(migrate(runner as any, [{ ...first, checksum: "edited" }])).rejects.toThrow(/changed after it was applied/);
  });

  it("audits every write with its actor and refuses to edit the audit log", async () => {
    await db.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('qifu.actor_id', 'tester', true)`;
      await tx.town.create({ data: { id: "t-audit", code: "AUDIT", name: "测试镇", kind: "TOWN" } });
      await tx.town.update({ where: { id: "t-audit" }, data: { name: "测试镇二" } });
    });
    const log = await db.prisma.auditLog.findMany({ where: { recordId: "t-audit" }, orderBy: { id: "asc" } });
    expect(log.map((l) => l.action)).toEqual(["INSERT", "UPDATE"]);
    expect(log[1]).toMatchObject({
      actorId: "tester",
      resource: "town",
      before: expect.objectContaining({ name: "测试镇" }),
      after: expect.objectContaining({ name: "测试镇二" }),
    });
    await expect(db.prisma.$executeRaw`UPDATE audit_log SET action = 'X'`).rejects.toThrow();
    await expect(db.prisma.$executeRaw`DELETE FROM audit_log`).rejects.toThrow();
    expect(await db.prisma.auditLog.count({ where: { recordId: "t-audit" } })).toBe(2);
  });
});
