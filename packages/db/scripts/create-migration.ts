// `pnpm db:migrate:create <name>`: write the SQL that takes the database from the schema of
// the last migration to the schema folder as it is now. The newest migration keeps a snapshot
// of the schema it leads to (the next one's starting point), so no database (and no shadow
// database) is needed; review the SQL, add what Prisma cannot express (triggers, generated columns), and commit both.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const migrationsDir = path.join(root, "prisma/migrations");
const schemaDir = path.join(root, "prisma/schema");
const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: pnpm db:migrate:create <name>");
  process.exit(2);
}
const previous = fs
  .readdirSync(migrationsDir)
  .filter((d) => fs.existsSync(path.join(migrationsDir, d, "schema")))
  .sort()
  .at(-1);
const from = previous ? ["--from-schema-datamodel", path.join(migrationsDir, previous, "schema")] : ["--from-empty"];
const sql = execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", schemaDir, "--script"], {
  cwd: root,
  env: { ...process.env, PRISMA_SCHEMA_URL: "postgresql://unused" },
  encoding: "utf8",
}).replace(/^Loaded Prisma config.*\n/m, "");
if (!sql.trim() || /empty migration/i.test(sql)) {
  console.log("The schema has not changed since the last migration.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
fs.cpSync(schemaDir, path.join(dir, "schema"), { recursive: true });
// only the newest snapshot is ever read (it is the next migration's "from"): drop the older one
if (previous) fs.rmSync(path.join(migrationsDir, previous, "schema"), { recursive: true, force: true });
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql — review it, then commit.`);
