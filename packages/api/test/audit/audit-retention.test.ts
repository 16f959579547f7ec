import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "@qifu/db";
import { testDatabaseKind } from "@qifu/db/testing";
import { createTestPlatform, startJobs } from "../../src";

/**
 * Audit retention (GB/T 22239 8.1.4.3 c, docs/security.md): audit rows are kept at least six
 * months. Nothing in Qifu deletes them: no code path names a delete of audit_log, the
 * scheduled jobs leave every row in place, and the database refuses deletes anyway.
 */
const SIX_MONTHS_MS = 183 * 86_400_000;

describe(`audit retention on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  beforeAll(async () => {
    p = await createTestPlatform();
    // rows written 1 day, 5 months and 7 months ago (appending is what the table allows)
    for (const [id, days] of [
      ["retention-1d", 1],
      ["retention-150d", 150],
      ["retention-210d", 210],
    ] as const) {
      await p.prisma.$executeRawUnsafe(
        `INSERT INTO audit_log ("at", "action", "resource", "recordId", "after") VALUES (now() - make_interval(days => $1::int), 'INSERT', 'retention_probe', $2, '{}'::jsonb)`,
        days,
        id,
      );
    }
  });
  afterAll(() => p.close());

  it("keeps every row through a round of the scheduled jobs", async () => {
    const before = await p.prisma.auditLog.count();
    process.env.QIFU_JOBS_INTERVAL_MS = "50";
    try {
      const jobs = startJobs(p.prisma);
      await new Promise((r) => setTimeout(r, 1500));
      await jobs.stop();
    } finally {
      // the worker's next file shares this process (isolate: false)
      delete process.env.QIFU_JOBS_INTERVAL_MS;
    }
    const probes = await p.prisma.auditLog.findMany({
      where: { resource: "retention_probe" },
      select: { recordId: true },
      orderBy: { id: "asc" },
    });
    expect(probes.map((r) => r.recordId)).toEqual(["retention-1d", "retention-150d", "retention-210d"]);
    expect(await p.prisma.auditLog.count()).toBeGreaterThanOrEqual(before);
    const youngest = await p.prisma.auditLog.count({ where: { at: { gte: new Date(Date.now() - SIX_MONTHS_MS) } } });
    expect(youngest).toBeGreaterThanOrEqual(2);
  });

  it("refuses deleting or truncating rows younger than six months (or any row)", async () => {
    await expect(p.prisma.$executeRawUnsafe(`DELETE FROM audit_log WHERE "recordId" = 'retention-150d'`)).rejects.toThrow();
    await expect(p.prisma.$executeRawUnsafe(`TRUNCATE audit_log`)).rejects.toThrow();
    expect(await p.prisma.auditLog.count({ where: { resource: "retention_probe" } })).toBe(3);
  });

  it("has no code path that deletes audit rows", () => {
    const root = repoRoot();
    const dirs = ["apps", "packages"].flatMap((top) => walk(path.join(root, top)));
    const offenders: string[] = [];
    const deletes =
      /auditLog\s*\.\s*(delete|deleteMany)\b|DELETE\s+FROM\s+"?audit_log|TRUNCATE\s+(TABLE\s+)?"?audit_log|DROP\s+TABLE[^;]*audit_log/i;
    for (const file of dirs) {
      if (file.endsWith("audit-retention.test.ts") || file.includes(`${path.sep}test${path.sep}`)) continue;
      if (deletes.test(fs.readFileSync(file, "utf8"))) offenders.push(path.relative(root, file));
    }
    expect(offenders).toEqual([]);
    expect(dirs.length).toBeGreaterThan(50); // the scan did look at the sources
  });
});

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (["node_modules", "dist", "generated", ".turbo"].includes(e.name) || e.name.startsWith(".")) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(full));
    else if (/\.(ts|tsx|mjs|sql)$/.test(e.name)) out.push(full);
  }
  return out;
}
