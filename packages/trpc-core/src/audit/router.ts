import { z } from "zod";
import { AppError, AuditAction, auditChangesText, auditTableLabel, labelled, Role, type TRole } from "@qifu/domain";
import { procedure, router } from "../trpc";
import { ZPagination } from "../resource";
import { defineExport } from "../excel";

/**
 * The audit log, read-only, for district admins (GB/T 22239 security audit). Rows are
 * written only by the database trigger `qifu_audit()`; the table itself refuses UPDATE,
 * DELETE and TRUNCATE. There is deliberately no create, update or delete here.
 * The list speaks the resource contract's list shape so the admin data provider can use it;
 * `export` is the shared Excel export (trpc-core excel.ts) paging through that same list.
 * Retention: nothing in the application deletes audit rows (docs/security.md, ≥ 6 months).
 */
export const ZAuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  requestId: z.string().nullable(),
  action: z.enum(["INSERT", "UPDATE", "DELETE"]),
  resource: z.string(),
  recordId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

const ZDateTime = z.iso.datetime({ offset: true }).or(z.iso.date());

export const ZAuditFilter = z.object({
  resource: labelled(z.string().max(64).optional(), "数据表", "Table"),
  actorId: labelled(z.string().max(64).optional(), "操作人", "Actor"),
  recordId: labelled(z.string().max(64).optional(), "记录", "Record"),
  requestId: labelled(z.string().max(64).optional(), "请求编号", "Request id"),
  action: labelled(z.enum(["INSERT", "UPDATE", "DELETE"]).optional(), "操作", "Action"),
  from: labelled(ZDateTime.optional(), "起始时间", "From"),
  to: labelled(ZDateTime.optional(), "截止时间", "To"),
});

const ZAuditList = z.object({
  pagination: ZPagination.default({ page: 1, perPage: 25 }),
  sort: z.object({ field: z.enum(["at", "id"]), order: z.enum(["ASC", "DESC"]) }).optional(),
  filter: ZAuditFilter.optional(),
});

const ZAuditId = z.string().regex(/^\d{1,19}$/);

const AUDITORS = ["DISTRICT_ADMIN"] as const;

type TRow = {
  id: bigint;
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  requestId: string | null;
  action: string;
  resource: string;
  recordId: string | null;
  before: unknown;
  after: unknown;
};

function toDto(row: TRow, names: Map<string, string>): TAuditEntry {
  return {
    id: row.id.toString(),
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorName: row.actorId ? (names.get(row.actorId) ?? null) : null,
    actorRole: row.actorRole,
    requestId: row.requestId,
    action: row.action as TAuditEntry["action"],
    resource: row.resource,
    recordId: row.recordId,
    before: row.before ?? null,
    after: row.after ?? null,
  };
}

function whereOf(f: z.infer<typeof ZAuditFilter> | undefined) {
  if (!f) return {};
  // a bare date as the end of a range means "that whole day"
  const end = (s: string) => (s.length === 10 ? new Date(Date.parse(s) + 86_400_000 - 1) : new Date(s));
  return {
    ...(f.resource ? { resource: f.resource } : {}),
    ...(f.actorId ? { actorId: f.actorId } : {}),
    ...(f.recordId ? { recordId: f.recordId } : {}),
    ...(f.requestId ? { requestId: f.requestId } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.from || f.to ? { at: { ...(f.from ? { gte: new Date(f.from) } : {}), ...(f.to ? { lte: end(f.to) } : {}) } } : {}),
  };
}

const list = procedure(AUDITORS, { description: "Search the audit log" })
  .input(ZAuditList)
  .output(z.object({ data: z.array(ZAuditEntry), total: z.number().int() }))
  .query(async ({ ctx, input }) => {
    const where = whereOf(input.filter);
    const sort = input.sort ?? { field: "at", order: "DESC" };
    const dir = sort.order === "ASC" ? "asc" : "desc";
    const { page, perPage } = input.pagination;
    const [rows, total] = await Promise.all([
      ctx.db.auditLog.findMany({ where, orderBy: [{ [sort.field]: dir }, { id: dir }], skip: (page - 1) * perPage, take: perPage }),
      ctx.db.auditLog.count({ where }),
    ]);
    const names = await actorNames(ctx.db, rows);
    return { data: rows.map((r) => toDto(r, names)), total };
  });

/** Shanghai wall-clock time for the export ("2026-11-26 15:04:05"). */
const shanghaiTime = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");

/** The filtered list as .xlsx (the screen's filters and sort), through the shared helper. */
const exportList = defineExport<TAuditEntry>(
  { config: { label: { zh: "审计日志", en: "Audit log" }, sortable: ["at", "id"] }, ZListInput: ZAuditList, router: router({ list }) },
  {
    policy: AUDITORS,
    columns: [
      { header: { zh: "编号", en: "No." }, width: 10, value: (r) => r.id },
      { header: { zh: "时间（北京时间）", en: "Time (Beijing)" }, width: 21, value: (r) => shanghaiTime(r.at) },
      { header: { zh: "操作人", en: "Actor" }, width: 28, value: (r) => r.actorName ?? r.actorId ?? "系统 / system" },
      {
        header: { zh: "角色", en: "Role" },
        width: 16,
        value: (r, lang) => (r.actorRole && r.actorRole in Role.labels ? Role.labels[r.actorRole as TRole][lang] : r.actorRole),
      },
      { header: { zh: "操作", en: "Action" }, width: 8, value: (r, lang) => AuditAction.labels[r.action][lang] },
      { header: { zh: "数据表", en: "Table" }, width: 20, value: (r, lang) => auditTableLabel(r.resource, lang) },
      { header: { zh: "记录", en: "Record" }, width: 26, value: (r) => r.recordId },
      {
        header: { zh: "变更内容", en: "Changes" },
        width: 80,
        value: (r, lang) => auditChangesText(r.before, r.after, { table: r.resource, lang }),
      },
      { header: { zh: "请求编号", en: "Request id" }, width: 38, value: (r) => r.requestId },
    ],
  },
);

export const auditRouter = router({
  list,

  get: procedure(AUDITORS, { description: "One audit log entry" })
    .input(z.object({ id: ZAuditId }))
    .output(ZAuditEntry)
    .query(async ({ ctx, input }) => {
      const row = await ctx.db.auditLog.findUnique({ where: { id: BigInt(input.id) } });
      if (!row) throw AppError.notFound({ zh: "审计记录", en: "Audit entry" });
      return toDto(row, await actorNames(ctx.db, [row]));
    }),

  getMany: procedure(AUDITORS, { description: "Several audit log entries by id" })
    .input(z.object({ ids: z.array(ZAuditId).max(200) }))
    .output(z.array(ZAuditEntry))
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db.auditLog.findMany({ where: { id: { in: input.ids.map((i) => BigInt(i)) } } });
      const names = await actorNames(ctx.db, rows);
      return rows.map((r) => toDto(r, names));
    }),

  /** The tables that appear in the log, for the filter's choices. */
  resources: procedure(AUDITORS, { description: "Tables present in the audit log" })
    .output(z.array(z.string()))
    .query(async ({ ctx }) => (await ctx.db.auditLog.groupBy({ by: ["resource"], orderBy: { resource: "asc" } })).map((r) => r.resource)),

  /** The people who appear in the log, for the actor filter's choices. */
  actors: procedure(AUDITORS, { description: "People present in the audit log" })
    .output(z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })))
    .query(async ({ ctx }) => {
      const ids = (await ctx.db.auditLog.groupBy({ by: ["actorId"], where: { actorId: { not: null } } })).map((r) => r.actorId!);
      const users = await ctx.db.user.findMany({
        where: { id: { in: ids } },
        select: { id: true, displayName: true, username: true, role: true },
        orderBy: { username: "asc" },
      });
      return users.map((u) => ({ id: u.id, name: `${u.displayName}（${u.username}）`, role: u.role }));
    }),

  export: exportList,
});

async function actorNames(
  db: { user: { findMany: (args: any) => Promise<{ id: string; displayName: string }[]> } },
  rows: { actorId: string | null }[],
) {
  const ids = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => !!x))];
  if (!ids.length) return new Map<string, string>();
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
  return new Map(users.map((u) => [u.id, u.displayName]));
}
