import { auditFieldLabel } from "./audit-labels";
import { defineEnum } from "./labels";

/** What an audit log row records (the database trigger's TG_OP). */
export const AuditAction = defineEnum({
  INSERT: { zh: "新增", en: "Created" },
  UPDATE: { zh: "修改", en: "Changed" },
  DELETE: { zh: "删除", en: "Deleted" },
});

export type TAuditChange = { field: string; before: unknown; after: unknown };

/** Fields the trigger writes on every update; they say nothing about what the person changed. */
const NOISE = new Set(["updatedAt"]);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields an audit entry changed, in a stable order: for an update the fields whose value
 * differs, for an insert every field set, for a delete every field the row had. Used by the
 * audit screen (before/after diff) and its Excel export, so both say the same thing.
 */
export function auditChanges(before: unknown, after: unknown): TAuditChange[] {
  const b = (before && typeof before === "object" ? before : null) as Record<string, unknown> | null;
  const a = (after && typeof after === "object" ? after : null) as Record<string, unknown> | null;
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const keep = (f: string) => (b && a ? !same(b[f], a[f]) && !NOISE.has(f) : (a ?? b)![f] !== null && (a ?? b)![f] !== undefined);
  return b || a ? fields.filter(keep).map((field) => ({ field, before: b?.[field] ?? null, after: a?.[field] ?? null })) : [];
}

/** A value of an audit entry as one short line of text (objects as compact JSON). */
export function auditValueText(value: unknown, max = 200): string {
  if (value === null || value === undefined) return "—";
  const s = typeof value === "string" ? value : JSON.stringify(value);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * "名称: 甲 → 乙; 工作人员数: 0 → 7" (the export's one-cell summary); the columns by their
 * label when the table is given (audit-labels.ts), else by their own name.
 */
export function auditChangesText(before: unknown, after: unknown, opts: { table?: string; lang?: "zh" | "en"; max?: number } = {}): string {
  const { table, lang = "zh", max = 2000 } = opts;
  const name = (f: string) => (table ? auditFieldLabel(table, f, lang) : f);
  const parts = auditChanges(before, after).map((c) =>
    before && after
      ? `${name(c.field)}: ${auditValueText(c.before, 120)} → ${auditValueText(c.after, 120)}`
      : `${name(c.field)}: ${auditValueText(before ? c.before : c.after, 120)}`,
  );
  const s = parts.join(lang === "zh" ? "；" : "; ");
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
