import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { openDatabase, type TDatabase } from "@qifu/db";
import { seedDemoData } from "@qifu/api";
import { backup, restore, targetOf } from "../src/backup";

/** `qifu backup` then `qifu restore` gives back the same data, on PGlite and on PostgreSQL. */
const work = fs.mkdtempSync(path.join(os.tmpdir(), "qifu-backup-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** What must survive: row counts, one changed row, and the audit trail. */
async function fingerprint(db: TDatabase) {
  const [nodes, towns, users, audits] = await Promise.all([
    db.prisma.node.count(),
    db.prisma.town.count(),
    db.prisma.user.count(),
    db.prisma.auditLog.count(),
  ]);
  const node = await db.prisma.node.findUnique({ where: { id: "backup-probe" }, select: { name: true, description: true } });
  const lastAudit = await db.prisma.auditLog.findFirst({ orderBy: { id: "desc" }, select: { action: true, recordId: true } });
  return { nodes, towns, users, audits, node, lastAudit };
}

async function fillAndFingerprint(db: TDatabase) {
  await seedDemoData(db.prisma);
  const town = await db.prisma.town.findFirstOrThrow();
  await db.prisma.node.create({
    data: { id: "backup-probe", name: "备份探针节点", kind: "OTHER", townId: town.id, description: "含引号'与\"换行\n的文字" },
  });
  return fingerprint(db);
}

describe("backup and restore", () => {
  // The PGlite case runs in the default pass; the PostgreSQL pass (QIFU_TEST_DATABASE_URL set) runs the server case only.
  const onServerPass = !!process.env.QIFU_TEST_DATABASE_URL;
  it.skipIf(onServerPass)(
    "round-trips a PGlite data folder",
    async () => {
      const dir = path.join(work, "pglite-a");
      const source = await openDatabase(dir);
      const before = await fillAndFingerprint(source);
      await source.close();

      const file = path.join(work, "pglite.tar.gz");
      const { bytes } = await backup(targetOf(dir), file);
      expect(bytes).toBeGreaterThan(1000);

      const into = path.join(work, "pglite-b");
      await restore(targetOf(into), file);
      const restored = await openDatabase(into);
      try {
        expect(restored.applied).toEqual([]); // same schema: no migration to apply
        expect(await fingerprint(restored)).toEqual(before);
      } finally {
        await restored.close();
      }
      // restore never overwrites a database that is there
      await expect(restore(targetOf(into), file)).rejects.toThrow(/not empty/);
      // three PGlite databases opened, dumped and restored: past the default minute when CI's two workers are busy
    },
    180_000,
  );

  const server = process.env.QIFU_TEST_DATABASE_URL;
  it.skipIf(!server)("round-trips a PostgreSQL database with pg_dump's custom format", async () => {
    const names = [0, 1].map(() => `qifu_backup_${crypto.randomBytes(5).toString("hex")}`);
    const urlOf = (name: string) => Object.assign(new URL(server!), { pathname: `/${name}` }).toString();
    const sql = (q: string) => execFileSync("psql", [server!, "-qAtc", q], { stdio: "pipe" });
    try {
      for (const n of names) sql(`CREATE DATABASE ${n}`);
      const source = await openDatabase(urlOf(names[0]));
      const before = await fillAndFingerprint(source);
      await source.close();

      const file = path.join(work, "pg.dump");
      await backup(targetOf(urlOf(names[0])), file);
      await restore(targetOf(urlOf(names[1])), file);
      const restored = await openDatabase(urlOf(names[1]));
      try {
        expect(restored.applied).toEqual([]);
        expect(await fingerprint(restored)).toEqual(before);
        // the restored audit table is still append-only
        await expect(restored.prisma.$executeRawUnsafe(`DELETE FROM audit_log`)).rejects.toThrow();
      } finally {
        await restored.close();
      }
    } finally {
      for (const n of names) sql(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
    }
  });
});
