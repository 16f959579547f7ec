import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_TABLE_LABELS, auditFieldLabel, auditTableLabel } from "../src/audit-labels";

const DB = join(import.meta.dirname, "../../db/prisma");

/** Every table the migrations put the audit trigger on. */
function auditedTables(): string[] {
  const dir = join(DB, "migrations");
  const tables = new Set<string>();
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const folder of folders) {
    const sql = readFileSync(join(dir, folder, "migration.sql"), "utf8");
    for (const m of sql.matchAll(
      /CREATE TRIGGER \w+\s+AFTER INSERT OR UPDATE OR DELETE ON "?(\w+)"?\s+FOR EACH ROW EXECUTE FUNCTION qifu_audit\(\)/g,
    ))
      tables.add(m[1]);
    // a table a later migration drops (appeal_counter became case_counter) is no longer audited
    for (const m of sql.matchAll(/DROP TABLE (?:IF EXISTS )?"?(\w+)"?/g)) tables.delete(m[1]);
  }
  return [...tables].sort();
}

/** The columns of each table from the Prisma schema folder (relation fields left out). */
function columnsByTable(): Map<string, string[]> {
  const dir = join(DB, "schema");
  const models = new Map<string, string>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".prisma"))) {
    for (const m of readFileSync(join(dir, f), "utf8").matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) models.set(m[1], m[2]);
  }
  const out = new Map<string, string[]>();
  for (const body of models.values()) {
    const table = /@@map\("(\w+)"\)/.exec(body)?.[1];
    if (!table) continue;
    const cols = body
      .split("\n")
      .map((line) => line.trim().split(/\s+/))
      .filter(([name, type]) => name && type && /^\w+$/.test(name) && !models.has(type.replace(/[?[\]]/g, "")))
      .map(([name]) => name);
    out.set(table, cols);
  }
  return out;
}

describe("audit log labels", () => {
  it("every audited table has a Chinese and an English label", () => {
    const tables = auditedTables();
    expect(tables.length).toBeGreaterThan(30);
    expect(tables.filter((t) => !AUDIT_TABLE_LABELS[t])).toEqual([]);
    expect(auditTableLabel("enterprise_claim")).toBe("企业认领");
    expect(auditTableLabel("enterprise_claim", "en")).toBe("Enterprise claims");
  });

  it("every column of an audited table has a label", () => {
    const columns = columnsByTable();
    const missing: string[] = [];
    for (const table of auditedTables()) {
      const cols = columns.get(table);
      expect(cols, `no Prisma model maps to ${table}`).toBeTruthy();
      for (const c of cols!) if (auditFieldLabel(table, c) === c) missing.push(`${table}.${c}`);
    }
    expect(missing).toEqual([]);
    expect(auditFieldLabel("app_user", "lastLoginAt")).toBe("最近登录时间");
    expect(auditFieldLabel("calendar_day", "name", "en")).toBe("Holiday name");
    expect(auditFieldLabel("node", "name")).toBe("名称");
  });

  it("an unknown table or column keeps its own name", () => {
    expect(auditTableLabel("no_such_table")).toBe("no_such_table");
    expect(auditFieldLabel("node", "noSuchColumn")).toBe("noSuchColumn");
  });
});
