import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import type { TSqlRunner } from "./adapter";

export const MIGRATIONS_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../prisma/migrations");
const LOCK_KEY = 7270_2025; // any constant; the same for every Qifu process

export type TMigration = { name: string; sql: string; checksum: string };

export function readMigrations(dir = MIGRATIONS_DIR): TMigration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Apply the committed migration SQL in order, each in its own transaction, under an
 * advisory lock so that two processes starting together do not race. A migration that
 * was applied and has since changed on disk stops the start: history must not be edited.
 * The same runner serves PGlite and PostgreSQL (Prisma's wasm migrate fails on the latter).
 */
export async function migrate(runner: TSqlRunner, migrations = readMigrations()): Promise<string[]> {
  await runner.exec(`CREATE TABLE IF NOT EXISTS _qifu_migrations (
    name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  await runner.query("SELECT 1 AS locked FROM pg_advisory_lock($1)", [LOCK_KEY]);
  const applied: string[] = [];
  try {
    const rows = await runner.query<{ name: string; checksum: string }>("SELECT name, checksum FROM _qifu_migrations");
    const done = new Map(rows.map((r) => [r.name, r.checksum]));
    for (const m of migrations) {
      const seen = done.get(m.name);
      if (seen) {
        if (seen !== m.checksum) throw new Error(`Migration ${m.name} was changed after it was applied (checksum mismatch)`);
        continue;
      }
      try {
        await runner.exec(
          `BEGIN;\n${m.sql}\n;INSERT INTO _qifu_migrations (name, checksum) VALUES ('${m.name.replace(/'/g, "''")}', '${m.checksum}');\nCOMMIT;`,
        );
      } catch (err) {
        await runner.exec("ROLLBACK").catch(() => {});
        throw new Error(`Migration ${m.name} failed: ${(err as Error).message}`);
      }
      applied.push(m.name);
    }
  } finally {
    await runner.query("SELECT pg_advisory_unlock($1) AS unlocked", [LOCK_KEY]);
  }
  return applied;
}
