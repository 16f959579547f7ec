// What an appeal looks like to its callers: staff DTOs with units and files, and the
// enterprise's narrower view.
import { isoOrNull } from "@qifu/domain";
import { type TDbTx } from "@qifu/db";
import { listFilesOf, type TContext, type TSessionUser, type TStoredFile } from "@qifu/trpc-core";
import {
  ENTERPRISE_HIDDEN_EVENTS,
  ENTERPRISE_NOTELESS_EVENTS,
  ZEnterpriseAppeal,
  ZEnterpriseAppealDetail,
  type TAppeal,
  type TAppealDetail,
  type TEnterpriseAppeal,
  type TEnterpriseAppealDetail,
  type TAppealEventKind,
  type TAppealStatus,
  type TSupervisionLevel,
  type TUrgency,
} from "../schemas";
import { FILE_KINDS, REOPEN_WINDOW_DAYS, unitOf } from "./appeal-access";

export const attachment = (f: TStoredFile) => ({ id: f.id, name: f.name, mime: f.mime, size: f.size, url: f.url });
// ---------------------------------------------------------------- DTOs

export type TRow = Awaited<ReturnType<TDbTx["appeal"]["findFirstOrThrow"]>> & { category: { name: string; nameEn: string } };
export const APPEAL_INCLUDE = { category: { select: { name: true, nameEn: true } } } as const;

export async function toAppealDtos(db: TDbTx, rows: TRow[]): Promise<TAppeal[]> {
  const [enterprises, towns, departments] = await Promise.all([
    db.enterprise.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.enterpriseId))] } }, select: { id: true, name: true } }),
    db.town.findMany({ select: { id: true, name: true } }),
    db.department.findMany({ select: { id: true, name: true } }),
  ]);
  const ent = new Map(enterprises.map((e) => [e.id, e.name]));
  const town = new Map(towns.map((t) => [t.id, t.name]));
  const dept = new Map(departments.map((d) => [d.id, d.name]));
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    description: r.description,
    categoryId: r.categoryId,
    categoryName: r.category.name,
    categoryNameEn: r.category.nameEn,
    urgency: r.urgency as TUrgency,
    mayPublish: r.mayPublish,
    channel: r.channel as "ENTERPRISE" | "COMMISSIONER" | "OPEN311",
    enterpriseId: r.enterpriseId,
    enterpriseName: ent.get(r.enterpriseId) ?? "",
    status: r.status as TAppealStatus,
    unit: r.unitTownId
      ? { kind: "TOWN", id: r.unitTownId, name: `${town.get(r.unitTownId) ?? "?"}企业服务部门` }
      : r.unitDepartmentId
        ? { kind: "DEPARTMENT", id: r.unitDepartmentId, name: dept.get(r.unitDepartmentId) ?? "?" }
        : { kind: "DISTRICT", id: null, name: "区中小企业服务中心（统筹分派）" },
    submittedAt: r.submittedAt.toISOString(),
    acceptedAt: isoOrNull(r.acceptedAt),
    answeredAt: isoOrNull(r.answeredAt),
    answer: r.answer,
    closedAt: isoOrNull(r.closedAt),
    resolved: r.resolved,
    satisfaction: r.satisfaction,
    reopenCount: r.reopenCount,
    callbackPending: r.callbackPending,
    ackDueAt: r.ackDueAt.toISOString(),
    resolveDueAt: r.resolveDueAt.toISOString(),
    paused: r.pausedAt !== null,
    hardBone: r.hardBone,
    ackBreached: r.ackBreachedAt !== null,
    resolveBreached: r.resolveBreachedAt !== null,
    supervisionLevel: r.supervisionLevel as TSupervisionLevel,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** The instant until which the submitter may reopen, or null when it cannot be reopened. */
export function reopenableUntil(r: { status: string; answeredAt: Date | null; closedAt: Date | null }): Date | null {
  if (!["ANSWERED", "CONFIRMED", "CLOSED"].includes(r.status)) return null;
  const last = Math.max(r.answeredAt?.getTime() ?? 0, r.closedAt?.getTime() ?? 0);
  return last ? new Date(last + REOPEN_WINDOW_DAYS * 86_400_000) : null;
}

export async function contactOf(db: TDbTx, enterpriseId: string) {
  const e = await db.enterprise.findUnique({ where: { id: enterpriseId }, select: { contactName: true, contactPhone: true } });
  return { contactName: e?.contactName ?? null, contactPhone: e?.contactPhone ?? null };
}

export async function appealDetail(db: TDbTx, row: TRow): Promise<TAppealDetail> {
  const [dto] = await toAppealDtos(db, [row]);
  const events = await db.appealEvent.findMany({ where: { appealId: row.id }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  const fctx = { db } as TContext;
  const own = (await listFilesOf(fctx, FILE_KINDS.appeal, [row.id])).get(row.id) ?? [];
  const ofEvents = await listFilesOf(
    fctx,
    FILE_KINDS.event,
    events.map((e) => e.id),
  );
  return {
    ...dto,
    reopenableUntil: isoOrNull(reopenableUntil(row)),
    coUnits: await Promise.all(
      (await db.appealCoUnit.findMany({ where: { appealId: row.id }, orderBy: { createdAt: "asc" } })).map((c) => unitOf(db, c)),
    ),
    visitIssueId: row.visitIssueId,
    files: own.map(attachment),
    ...(await contactOf(db, row.enterpriseId)),
    events: events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      kind: e.kind as TAppealEventKind,
      actorName: e.actorName,
      actorRole: e.actorRole,
      note: e.note,
      data: (e.data as Record<string, unknown> | null) ?? null,
      files: (ofEvents.get(e.id) ?? []).map(attachment),
    })),
  };
}

/**
 * The enterprise's view of an appeal (issue 11 point 5): the enterprise DTO, built by its own
 * schema (internal fields dropped), with the internal events left out and internal reasons removed.
 */
export function enterpriseAppeal(a: TAppeal): TEnterpriseAppeal {
  return ZEnterpriseAppeal.parse(a);
}
export function enterpriseAppealDetail(a: TAppealDetail): TEnterpriseAppealDetail {
  const events = a.events
    .filter((e) => !ENTERPRISE_HIDDEN_EVENTS.includes(e.kind))
    .map((e) => (ENTERPRISE_NOTELESS_EVENTS.includes(e.kind) ? { ...e, note: null } : e));
  return ZEnterpriseAppealDetail.parse({ ...a, events });
}
/** What the caller is told: enterprises get their DTO, staff the full one. */
export const appealForCaller = (user: TSessionUser | null, a: TAppeal) => (user?.role === "ENTERPRISE" ? enterpriseAppeal(a) : a);
export const appealDetailForCaller = (user: TSessionUser | null, a: TAppealDetail) =>
  user?.role === "ENTERPRISE" ? enterpriseAppealDetail(a) : a;
