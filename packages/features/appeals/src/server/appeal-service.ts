import { AppError, shanghaiYear, type TLabel, type WorkingCalendar, isoOrNull } from "@qifu/domain";
import { newId, type TDbTx } from "@qifu/db";
import { attachFiles, formatCaseNumber, listFilesOf, loadCalendar, nextCaseNumber, NO_ROWS, type TCanRead, type TContext, type TSessionUser, type TStoredFile, type TWhere } from "@qifu/trpc-core";
import {
  ACTIVE_STATUSES, ENTERPRISE_HIDDEN_EVENTS, OPEN_STATUSES, ENTERPRISE_NOTELESS_EVENTS, SUPERVISION_ORDER, ZEnterpriseAppeal, ZEnterpriseAppealDetail,
  type TAppeal, type TAppealDetail, type TEnterpriseAppeal, type TEnterpriseAppealDetail, type TAppealEventKind, type TAppealStatus, type TAppealSubmit,
  type TLimits, type TSupervisionLevel, type TUnit, type TUnitRef, type TUrgency,
} from "../schemas";
import { announce, planAnnouncement, writeAnnouncement, type TAudience } from "./notices";

/** Reopening is allowed this many calendar days after the latest answer or closing (Huadu 暖企专员 rule). */
export const REOPEN_WINDOW_DAYS = 15;
const LABEL: TLabel = { zh: "诉求", en: "Appeal" };

export type TActor = { id: string | null; name: string; role: string | null };
export const SYSTEM_ACTOR: TActor = { id: null, name: "系统（时限监控）", role: "SYSTEM" };
const ROUTING_ACTOR: TActor = { id: null, name: "系统（按分派规则）", role: "SYSTEM" };
const actorOf = (u: TSessionUser): TActor => ({ id: u.id, name: u.displayName, role: u.role });

// ---------------------------------------------------------------- scope

/** The enterprises a commissioner looks after. */
async function commissionerEnterprises(db: TDbTx, userId: string): Promise<string[]> {
  const rows = await db.commissionerAssignment.findMany({ where: { commissionerId: userId }, select: { enterpriseId: true } });
  return rows.map((r) => r.enterpriseId);
}

/**
 * Appeals a caller may read: the district all; a town unit or department those routed to it
 * now; an enterprise its own; a commissioner those of their enterprises (and those they filed).
 */
export async function appealReadScope(db: TDbTx, user: TSessionUser | null): Promise<TWhere> {
  switch (user?.role) {
    case "DISTRICT_ADMIN": return {};
    // the lead unit, or a co-handling (协办) unit
    case "TOWN_ADMIN": return user.townId ? { OR: [{ unitTownId: user.townId }, { coUnits: { some: { unitTownId: user.townId } } }] } : NO_ROWS;
    case "DEPARTMENT_HANDLER": return user.departmentId ? { OR: [{ unitDepartmentId: user.departmentId }, { coUnits: { some: { unitDepartmentId: user.departmentId } } }] } : NO_ROWS;
    case "ENTERPRISE": return user.enterpriseId ? { enterpriseId: user.enterpriseId } : NO_ROWS;
    case "COMMISSIONER": return { OR: [{ enterpriseId: { in: await commissionerEnterprises(db, user.id) } }, { submittedById: user.id }] };
    default: return NO_ROWS;
  }
}

/** Files on intake are owned by the appeal, files of an answer by its timeline event: both readable by whoever reads the appeal. */
export const FILE_KINDS = { appeal: "appeal", event: "appealEvent" } as const;
const canReadAppeal = async (ctx: TContext, appealId: string) =>
  !!(await ctx.prisma.appeal.findFirst({ where: { AND: [{ id: appealId }, await appealReadScope(ctx.prisma, ctx.user)] }, select: { id: true } }));
export const appealFileOwners: Record<string, TCanRead> = {
  [FILE_KINDS.appeal]: canReadAppeal,
  [FILE_KINDS.event]: async (ctx, eventId) => {
    const e = await ctx.prisma.appealEvent.findUnique({ where: { id: eventId }, select: { appealId: true } });
    return !!e && canReadAppeal(ctx, e.appealId);
  },
};
const attachment = (f: TStoredFile) => ({ id: f.id, name: f.name, mime: f.mime, size: f.size, url: f.url });

/** Whether the caller acts as the handling unit of this appeal (the district centre always may). */
function isHandlingUnit(user: TSessionUser, a: { unitTownId: string | null; unitDepartmentId: string | null }) {
  if (user.role === "DISTRICT_ADMIN") return true;
  if (user.role === "TOWN_ADMIN") return !!user.townId && a.unitTownId === user.townId;
  if (user.role === "DEPARTMENT_HANDLER") return !!user.departmentId && a.unitDepartmentId === user.departmentId;
  return false;
}

const isOwnEnterprise = (user: TSessionUser, a: { enterpriseId: string }) => user.role === "ENTERPRISE" && !!user.enterpriseId && user.enterpriseId === a.enterpriseId;

// ---------------------------------------------------------------- units and routing

export async function unitOf(db: TDbTx, ref: { unitTownId: string | null; unitDepartmentId: string | null }): Promise<TUnit> {
  if (ref.unitTownId) {
    const t = await db.town.findUnique({ where: { id: ref.unitTownId }, select: { name: true } });
    return { kind: "TOWN", id: ref.unitTownId, name: `${t?.name ?? "?"}企业服务部门` };
  }
  if (ref.unitDepartmentId) {
    const d = await db.department.findUnique({ where: { id: ref.unitDepartmentId }, select: { name: true } });
    return { kind: "DEPARTMENT", id: ref.unitDepartmentId, name: d?.name ?? "?" };
  }
  return { kind: "DISTRICT", id: null, name: "区中小企业服务中心（统筹分派）" };
}

const refColumns = (ref: TUnitRef | null) => ({
  unitTownId: ref?.kind === "TOWN" ? ref.id : null,
  unitDepartmentId: ref?.kind === "DEPARTMENT" ? ref.id : null,
});
const sameUnit = (a: { unitTownId: string | null; unitDepartmentId: string | null }, b: { unitTownId: string | null; unitDepartmentId: string | null }) =>
  a.unitTownId === b.unitTownId && a.unitDepartmentId === b.unitDepartmentId;

/**
 * The handling unit for a category and an enterprise's town: the most specific rule wins
 * (category+town, category, town, default); no rule at all sends it to the district centre.
 * `exclude` skips a unit that has just declined the appeal.
 */
export async function resolveRoute(db: TDbTx, categoryId: string, townId: string | null, exclude?: { unitTownId: string | null; unitDepartmentId: string | null }) {
  const rules = await db.appealRoute.findMany({
    where: { OR: [{ categoryId, townId }, { categoryId, townId: null }, { categoryId: null, townId }, { categoryId: null, townId: null }] },
  });
  const rank = (r: { categoryId: string | null; townId: string | null }) => (r.categoryId ? 0 : 2) + (r.townId ? 0 : 1);
  const ordered = rules.filter((r) => r.townId === null || r.townId === townId).sort((a, b) => rank(a) - rank(b));
  for (const r of ordered) {
    const cols = { unitTownId: r.unitTownId, unitDepartmentId: r.unitDepartmentId };
    if (!exclude || !sameUnit(cols, exclude)) return cols;
  }
  return { unitTownId: null, unitDepartmentId: null };
}

async function checkUnit(db: TDbTx, ref: TUnitRef, path: string) {
  const exists = ref.kind === "TOWN" ? await db.town.findUnique({ where: { id: ref.id } }) : await db.department.findUnique({ where: { id: ref.id } });
  if (!exists) throw AppError.validation(path, { zh: "承办单位不存在", en: "No such handling unit" });
}

// ---------------------------------------------------------------- DTOs

type TRow = Awaited<ReturnType<TDbTx["appeal"]["findFirstOrThrow"]>> & { category: { name: string; nameEn: string } };
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

async function contactOf(db: TDbTx, enterpriseId: string) {
  const e = await db.enterprise.findUnique({ where: { id: enterpriseId }, select: { contactName: true, contactPhone: true } });
  return { contactName: e?.contactName ?? null, contactPhone: e?.contactPhone ?? null };
}

export async function appealDetail(db: TDbTx, row: TRow): Promise<TAppealDetail> {
  const [dto] = await toAppealDtos(db, [row]);
  const events = await db.appealEvent.findMany({ where: { appealId: row.id }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  const fctx = { db } as TContext;
  const own = (await listFilesOf(fctx, FILE_KINDS.appeal, [row.id])).get(row.id) ?? [];
  const ofEvents = await listFilesOf(fctx, FILE_KINDS.event, events.map((e) => e.id));
  return {
    ...dto,
    reopenableUntil: isoOrNull(reopenableUntil(row)),
    coUnits: await Promise.all((await db.appealCoUnit.findMany({ where: { appealId: row.id }, orderBy: { createdAt: "asc" } })).map((c) => unitOf(db, c))),
    visitIssueId: row.visitIssueId,
    files: own.map(attachment),
    ...(await contactOf(db, row.enterpriseId)),
    events: events.map((e) => ({
      id: e.id, at: e.at.toISOString(), kind: e.kind as TAppealEventKind, actorName: e.actorName, actorRole: e.actorRole,
      note: e.note, data: (e.data as Record<string, unknown> | null) ?? null, files: (ofEvents.get(e.id) ?? []).map(attachment),
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
export const appealDetailForCaller = (user: TSessionUser | null, a: TAppealDetail) => (user?.role === "ENTERPRISE" ? enterpriseAppealDetail(a) : a);

// ---------------------------------------------------------------- events

let eventSeq = 0;
/** An event row (without its appeal id); several events of one step share a timestamp, so the id keeps their order. */
function eventRow(at: Date, actor: TActor, kind: TAppealEventKind, note?: string | null, data?: Record<string, unknown>) {
  const id = `${at.getTime().toString(36).padStart(9, "0")}-${(eventSeq++ % 1e6).toString(36).padStart(4, "0")}-${newId()}`;
  return { id, at, kind, actorId: actor.id, actorName: actor.name, actorRole: actor.role, note: note ?? null, data: (data ?? undefined) as never };
}

export async function logEvent(db: TDbTx, appealId: string, at: Date, actor: TActor, kind: TAppealEventKind, note?: string | null, data?: Record<string, unknown>) {
  const row = eventRow(at, actor, kind, note, data);
  await db.appealEvent.create({ data: { appealId, ...row } });
  return row.id;
}

// ---------------------------------------------------------------- intake

function limitsOf(category: { limits: unknown }, urgency: TUrgency) {
  return (category.limits as TLimits)[urgency];
}

/** Appeal numbers: "HD-2026-000123" (the shared case numbering). */
export const APPEAL_PREFIX = "HD";
export const formatNumber = (year: number, seq: number) => formatCaseNumber(APPEAL_PREFIX, year, seq);

export async function submitAppeal(ctx: TContext, input: TAppealSubmit & { urgency: TUrgency; mayPublish: boolean }) {
  const user = ctx.user!;
  const db = ctx.db;
  let enterpriseId: string;
  if (user.role === "ENTERPRISE") {
    if (!user.enterpriseId) throw new AppError("FORBIDDEN", { zh: "您的账号尚未关联企业，不能提交诉求", en: "Your account is not linked to an enterprise yet" });
    if (input.enterpriseId && input.enterpriseId !== user.enterpriseId) throw AppError.forbidden();
    enterpriseId = user.enterpriseId;
  } else {
    if (!input.enterpriseId) throw AppError.validation("enterpriseId", { zh: "请选择代录的企业", en: "Choose the enterprise you record it for" });
    if (user.role === "COMMISSIONER" && !(await commissionerEnterprises(db, user.id)).includes(input.enterpriseId))
      throw new AppError("FORBIDDEN", { zh: "只能为您联系的企业代录诉求", en: "You can only record appeals for the enterprises you look after" }, [
        { path: "enterpriseId", message: { zh: "不是您联系的企业", en: "Not one of your enterprises" } },
      ]);
    enterpriseId = input.enterpriseId;
  }
  const id = await createAppeal(db, ctx.now(), {
    input, enterpriseId, actor: { ...actorOf(user), id: user.id }, channel: user.role === "ENTERPRISE" ? "ENTERPRISE" : "COMMISSIONER",
    submitNote: user.role === "ENTERPRISE" ? null : "由暖企专员代为登记",
  });
  await attachFiles(ctx, { fileIds: input.fileIds ?? [], ownerKind: FILE_KINDS.appeal, ownerId: id, max: 5 });
  return id;
}

/**
 * File an appeal for an enterprise (the caller's checks done): route it, start its clocks,
 * take the next gapless number, log and announce. Shared by the portal, the commissioners'
 * records, visit-log issues and the Open311 intake.
 */
export async function createAppeal(db: TDbTx, now: Date, o: {
  input: { title: string; description: string; categoryId: string; urgency: TUrgency; mayPublish: boolean };
  enterpriseId: string;
  actor: TActor & { id: string };
  channel: "ENTERPRISE" | "COMMISSIONER" | "OPEN311";
  submitNote?: string | null;
  open311KeyId?: string | null;
  visitIssueId?: string | null;
}) {
  const { input, enterpriseId } = o;
  const [enterprise, category] = await Promise.all([
    db.enterprise.findUnique({ where: { id: enterpriseId }, select: { id: true, townId: true } }),
    db.appealCategory.findUnique({ where: { id: input.categoryId } }),
  ]);
  if (!enterprise) throw AppError.validation("enterpriseId", { zh: "企业不存在", en: "No such enterprise" });
  if (!category || !category.active) throw AppError.validation("categoryId", { zh: "请选择有效的诉求类别", en: "Choose a valid category" });

  const year = shanghaiYear(now);
  const cal = await loadCalendar(db);
  const limits = limitsOf(category, input.urgency);
  const unit = await resolveRoute(db, category.id, enterprise.townId);
  const to = await unitOf(db, unit);
  const ackDueAt = cal.addWorkingHours(now, limits.ackHours);
  const resolveDueAt = cal.addWorkingDays(now, limits.resolveDays);
  const events = [
    eventRow(now, o.actor, "SUBMIT", o.submitNote ?? null),
    eventRow(now, ROUTING_ACTOR, "ROUTE", `按分派规则交由${to.name}办理`, { to }),
    eventRow(now, SYSTEM_ACTOR, "SLA_ACTIVATE", `应在 ${limits.ackHours} 个工作小时内受理，${limits.resolveDays} 个工作日内办结`, {
      ackDueAt: ackDueAt.toISOString(), resolveDueAt: resolveDueAt.toISOString(),
    }),
  ];
  // who hears of it is settled before the counter is locked
  const plan = await planAnnouncement(db, { enterpriseId, ...unit }, { to: ["enterprise", "unit", "commissioner"], actorId: o.actor.id });
  // The number is taken last: the counter row stays locked until commit, so everything that
  // can be done before it is, and the appeal and its events go in one statement after it.
  const { number, seq } = await nextCaseNumber(db, APPEAL_PREFIX, now);
  const id = newId();
  await db.appeal.create({
    data: {
      id, number, year, seq, enterpriseId, submittedById: o.actor.id, channel: o.channel,
      open311KeyId: o.open311KeyId ?? null, visitIssueId: o.visitIssueId ?? null,
      title: input.title, description: input.description, categoryId: category.id, urgency: input.urgency, mayPublish: input.mayPublish,
      status: "SUBMITTED", ...unit, submittedAt: now, ackDueAt, resolveDueAt,
      events: { create: events },
    },
    select: { id: true },
  });
  await writeAnnouncement(db, now, plan, { id, number, title: input.title, status: "SUBMITTED", enterpriseId, ...unit }, "SUBMIT");
  return id;
}

// ---------------------------------------------------------------- transitions

type TWho = "unit" | "coUnit" | "enterprise" | "district" | "visitor";

/**
 * Load an appeal for a step: not readable → "not found" (nothing about it leaks); readable
 * but not the caller's step → "forbidden"; wrong state → "conflict". The row is locked for
 * the rest of the transaction so two steps on one appeal do not interleave.
 */
async function loadForStep(ctx: TContext, id: string, who: TWho[], from: TAppealStatus[]) {
  const user = ctx.user!;
  const where = { AND: [{ id }, await appealReadScope(ctx.db, user)] };
  const visible = await ctx.db.appeal.findFirst({ where, select: { id: true } });
  if (!visible) throw AppError.notFound(LABEL);
  await ctx.db.$queryRaw`SELECT id FROM appeal WHERE id = ${id} FOR UPDATE`;
  const row = await ctx.db.appeal.findUniqueOrThrow({ where: { id }, include: APPEAL_INCLUDE });
  const coUnitKey = user.role === "TOWN_ADMIN" ? `TOWN:${user.townId}` : user.role === "DEPARTMENT_HANDLER" ? `DEPARTMENT:${user.departmentId}` : null;
  const isCoUnit = !!coUnitKey && who.includes("coUnit") && !!(await ctx.db.appealCoUnit.findUnique({ where: { appealId_unitKey: { appealId: id, unitKey: coUnitKey } } }));
  const commissionerOf = user.role === "COMMISSIONER";
  const allowed = who.some((w) =>
    w === "unit" ? isHandlingUnit(user, row)
      : w === "coUnit" ? isCoUnit
      : w === "enterprise" ? isOwnEnterprise(user, row)
        : w === "district" ? user.role === "DISTRICT_ADMIN"
          : isHandlingUnit(user, row) || commissionerOf);
  if (!allowed) throw AppError.forbidden();
  if (!from.includes(row.status as TAppealStatus))
    throw new AppError("CONFLICT", {
      zh: `诉求当前状态为“${row.status}”，不能执行此操作`.replace(row.status, statusZh(row.status)),
      en: `The appeal is ${row.status.toLowerCase().replace("_", " ")}; this step is not possible now`,
    });
  return row;
}

const STATUS_ZH: Record<string, string> = { SUBMITTED: "已提交", ACCEPTED: "已受理", IN_PROGRESS: "办理中", ANSWERED: "已答复", CONFIRMED: "已确认", CLOSED: "已办结", WITHDRAWN: "已撤回" };
const statusZh = (s: string) => STATUS_ZH[s] ?? s;

/** Shift the clock by the working time spent waiting on the enterprise, and restart it. */
async function resumeClock(db: TDbTx, row: { id: string; pausedAt: Date | null; resolveDueAt: Date; ackDueAt: Date }, now: Date, cal: WorkingCalendar, actor: TActor) {
  if (!row.pausedAt) return;
  const paused = cal.workingMillisBetween(row.pausedAt, now);
  const resolveDueAt = cal.addWorkingMillis(row.resolveDueAt, paused);
  await db.appeal.update({ where: { id: row.id }, data: { pausedAt: null, resolveDueAt } });
  await logEvent(db, row.id, now, actor, "SLA_RESUME", `暂停 ${(paused / 3600_000).toFixed(1)} 个工作小时，办结时限顺延`, { pausedWorkingMs: paused, resolveDueAt: resolveDueAt.toISOString() });
}

/** Raise the supervision level (never lowers it). Shared by the job and district admins. */
export async function raiseSupervision(db: TDbTx, row: { id: string; supervisionLevel: string }, level: TSupervisionLevel, now: Date, actor: TActor, note: string) {
  if (SUPERVISION_ORDER.indexOf(level) <= SUPERVISION_ORDER.indexOf(row.supervisionLevel as TSupervisionLevel)) return false;
  await db.appeal.update({ where: { id: row.id }, data: { supervisionLevel: level } });
  await logEvent(db, row.id, now, actor, "SUPERVISE", note, { level, from: row.supervisionLevel });
  await announce(db, now, row.id, "SUPERVISE", { to: ["unit", "commissioner"], actorId: actor.id, note });
  return true;
}

const ALL: TAudience[] = ["enterprise", "unit", "commissioner"];
const TO_ENTERPRISE: TAudience[] = ["enterprise", "commissioner"];
const tell = (ctx: TContext, id: string, kind: TAppealEventKind, to: TAudience[], note?: string | null) =>
  announce(ctx.db, ctx.now(), id, kind, { to, actorId: ctx.user?.id, note });

export const steps = {
  async accept(ctx: TContext, id: string, note?: string) {
    const row = await loadForStep(ctx, id, ["unit"], ["SUBMITTED"]);
    const now = ctx.now();
    await ctx.db.appeal.update({ where: { id }, data: { status: "ACCEPTED", acceptedAt: now } });
    await logEvent(ctx.db, id, now, actorOf(ctx.user!), "ACCEPT", note);
    await tell(ctx, id, "ACCEPT", TO_ENTERPRISE, note);
    if (now <= row.ackDueAt) await logEvent(ctx.db, id, now, SYSTEM_ACTOR, "SLA_FULFIL", "按时受理", { clock: "ack" });
  },

  async start(ctx: TContext, id: string, note?: string) {
    await loadForStep(ctx, id, ["unit"], ["ACCEPTED"]);
    await ctx.db.appeal.update({ where: { id }, data: { status: "IN_PROGRESS" } });
    await logEvent(ctx.db, id, ctx.now(), actorOf(ctx.user!), "START", note);
    await tell(ctx, id, "START", TO_ENTERPRISE, note);
  },

  /** Decline: the enterprise is told who declined, why, and where it went next. */
  async sendBack(ctx: TContext, id: string, reason: string, suggest?: TUnitRef) {
    const row = await loadForStep(ctx, id, ["unit"], OPEN_STATUSES);
    const db = ctx.db;
    const now = ctx.now();
    const from = await unitOf(db, row);
    let next;
    if (suggest) {
      await checkUnit(db, suggest, "suggest");
      next = refColumns(suggest);
      if (sameUnit(next, row)) throw AppError.validation("suggest", { zh: "不能转回本单位", en: "Choose another unit" });
    } else {
      const ent = await db.enterprise.findUnique({ where: { id: row.enterpriseId }, select: { townId: true } });
      next = await resolveRoute(db, row.categoryId, ent?.townId ?? null, row);
    }
    const to = await unitOf(db, next);
    const cal = await loadCalendar(db);
    const limits = limitsOf(await db.appealCategory.findUniqueOrThrow({ where: { id: row.categoryId } }), row.urgency as TUrgency);
    // the next unit gets its own acknowledgement window; the resolution limit keeps running
    await db.appeal.update({
      where: { id },
      data: { ...next, status: "SUBMITTED", acceptedAt: null, pausedAt: null, ackDueAt: cal.addWorkingHours(now, limits.ackHours), ackWarnedAt: null, ackBreachedAt: null },
    });
    await logEvent(db, id, now, actorOf(ctx.user!), "SEND_BACK", reason, { from, to });
    await tell(ctx, id, "SEND_BACK", ALL, `${from.name} → ${to.name}：${reason}`);
    return { id, number: row.number, unit: to };
  },

  async requestInfo(ctx: TContext, id: string, note: string) {
    const row = await loadForStep(ctx, id, ["unit"], ["ACCEPTED", "IN_PROGRESS"]);
    if (row.pausedAt) throw new AppError("CONFLICT", { zh: "已在等待企业补充材料", en: "Already waiting on the enterprise" });
    const now = ctx.now();
    await ctx.db.appeal.update({ where: { id }, data: { pausedAt: now } });
    await logEvent(ctx.db, id, now, actorOf(ctx.user!), "REQUEST_INFO", note);
    await logEvent(ctx.db, id, now, SYSTEM_ACTOR, "SLA_PAUSE", "等待企业补充材料，计时暂停");
    await tell(ctx, id, "REQUEST_INFO", TO_ENTERPRISE, note);
  },

  async supplement(ctx: TContext, id: string, note: string) {
    const row = await loadForStep(ctx, id, ["enterprise"], ["ACCEPTED", "IN_PROGRESS"]);
    if (!row.pausedAt) throw new AppError("CONFLICT", { zh: "承办单位没有要求补充材料", en: "No information was requested" });
    const now = ctx.now();
    await logEvent(ctx.db, id, now, actorOf(ctx.user!), "SUPPLEMENT", note);
    await tell(ctx, id, "SUPPLEMENT", ["unit", "commissioner"], note);
    await resumeClock(ctx.db, row, now, await loadCalendar(ctx.db), SYSTEM_ACTOR);
  },

  async answer(ctx: TContext, id: string, answer: string, resolved: boolean, fileIds: string[] = []) {
    const row = await loadForStep(ctx, id, ["unit"], ["ACCEPTED", "IN_PROGRESS"]);
    const now = ctx.now();
    await resumeClock(ctx.db, row, now, await loadCalendar(ctx.db), SYSTEM_ACTOR);
    const due = (await ctx.db.appeal.findUniqueOrThrow({ where: { id }, select: { resolveDueAt: true } })).resolveDueAt;
    await ctx.db.appeal.update({ where: { id }, data: { status: "ANSWERED", answeredAt: now, answer, resolved } });
    const eventId = await logEvent(ctx.db, id, now, actorOf(ctx.user!), "ANSWER", answer, { resolved });
    await attachFiles(ctx, { fileIds, ownerKind: FILE_KINDS.event, ownerId: eventId, max: 5 });
    await tell(ctx, id, "ANSWER", TO_ENTERPRISE, answer);
    if (now <= due) await logEvent(ctx.db, id, now, SYSTEM_ACTOR, "SLA_FULFIL", "按时答复", { clock: "resolve" });
  },

  /** The enterprise confirms (rates) the answer; or a return visit records the same facts. */
  async confirm(ctx: TContext, id: string, f: { satisfaction: number; resolved: boolean; note?: string }, visit = false) {
    await loadForStep(ctx, id, visit ? ["visitor"] : ["enterprise"], ["ANSWERED"]);
    const now = ctx.now();
    await ctx.db.appeal.update({ where: { id }, data: { status: "CONFIRMED", confirmedAt: now, satisfaction: f.satisfaction, resolved: f.resolved } });
    await logEvent(ctx.db, id, now, actorOf(ctx.user!), visit ? "RETURN_VISIT" : "CONFIRM", f.note, { satisfaction: f.satisfaction, resolved: f.resolved });
    await tell(ctx, id, visit ? "RETURN_VISIT" : "CONFIRM", ALL, f.note);
  },

  async close(ctx: TContext, id: string, note?: string) {
    await loadForStep(ctx, id, ["unit"], ["CONFIRMED"]);
    const now = ctx.now();
    await ctx.db.appeal.update({ where: { id }, data: { status: "CLOSED", closedAt: now } });
    await logEvent(ctx.db, id, now, actorOf(ctx.user!), "CLOSE", note);
    await tell(ctx, id, "CLOSE", TO_ENTERPRISE, note);
  },

  /** Only the enterprise itself, within 15 days of the latest answer or closing. */
  async reopen(ctx: TContext, id: string, reason: string) {
    const row = await loadForStep(ctx, id, ["enterprise"], ["ANSWERED", "CONFIRMED", "CLOSED"]);
    const now = ctx.now();
    const until = reopenableUntil(row);
    if (!until || now > until)
      throw new AppError("CONFLICT", { zh: `答复或办结已超过 ${REOPEN_WINDOW_DAYS} 天，不能重新办理，请提交新的诉求`, en: `More than ${REOPEN_WINDOW_DAYS} days have passed; please file a new appeal` });
    const db = ctx.db;
    const cal = await loadCalendar(db);
    const limits = limitsOf(await db.appealCategory.findUniqueOrThrow({ where: { id: row.categoryId } }), row.urgency as TUrgency);
    const resolveDueAt = cal.addWorkingDays(now, limits.resolveDays);
    // a reopened appeal is "in progress" again with a fresh resolution limit; the earlier
    // answer, rating and closing stay in the timeline
    await db.appeal.update({
      where: { id },
      data: { status: "IN_PROGRESS", reopenCount: { increment: 1 }, confirmedAt: null, closedAt: null, satisfaction: null, resolved: false, resolveDueAt, resolveWarnedAt: null, resolveBreachedAt: null },
    });
    await logEvent(db, id, now, actorOf(ctx.user!), "REOPEN", reason);
    await tell(ctx, id, "REOPEN", ALL, reason);
    await logEvent(db, id, now, SYSTEM_ACTOR, "SLA_ACTIVATE", `重新计时：${limits.resolveDays} 个工作日内办结`, { resolveDueAt: resolveDueAt.toISOString() });
  },

  /** Withdrawn by the enterprise: queued for a call-back to confirm it was its own will. */
  async withdraw(ctx: TContext, id: string, note?: string) {
    await loadForStep(ctx, id, ["enterprise"], OPEN_STATUSES);
    const now = ctx.now();
    await ctx.db.appeal.update({ where: { id }, data: { status: "WITHDRAWN", withdrawnAt: now, callbackPending: true, pausedAt: null } });
    await logEvent(ctx.db, id, now, actorOf(ctx.user!), "WITHDRAW", note);
    await tell(ctx, id, "WITHDRAW", ALL, note);
  },

  async callbackDone(ctx: TContext, id: string, note: string) {
    const row = await loadForStep(ctx, id, ["visitor"], ["WITHDRAWN"]);
    if (!row.callbackPending) throw new AppError("CONFLICT", { zh: "已回访确认", en: "Call-back already done" });
    const now = ctx.now();
    await ctx.db.appeal.update({ where: { id }, data: { callbackPending: false } });
    await logEvent(ctx.db, id, now, actorOf(ctx.user!), "RETURN_VISIT", note, { callback: true });
  },

  async reassign(ctx: TContext, id: string, unit: TUnitRef, note?: string) {
    const row = await loadForStep(ctx, id, ["district"], OPEN_STATUSES);
    await checkUnit(ctx.db, unit, "unit");
    const next = refColumns(unit);
    if (sameUnit(next, row)) throw AppError.validation("unit", { zh: "已由该单位承办", en: "Already with this unit" });
    const from = await unitOf(ctx.db, row);
    const to = await unitOf(ctx.db, next);
    const now = ctx.now();
    await ctx.db.appeal.update({ where: { id }, data: { ...next, status: "SUBMITTED", acceptedAt: null } });
    await logEvent(ctx.db, id, now, actorOf(ctx.user!), "REASSIGN", note, { from, to });
    await tell(ctx, id, "REASSIGN", ALL, `${from.name} → ${to.name}${note ? `：${note}` : ""}`);
  },

  /** The lead unit (or the district) adds a co-handling unit; it is told, and may then read and add notes. */
  async addCoUnit(ctx: TContext, id: string, unit: TUnitRef, note?: string) {
    const row = await loadForStep(ctx, id, ["unit"], OPEN_STATUSES);
    await checkUnit(ctx.db, unit, "unit");
    const cols = refColumns(unit);
    if (sameUnit(cols, row)) throw AppError.validation("unit", { zh: "主办单位不能同时是协办单位", en: "The lead unit cannot also co-handle" });
    const unitKey = `${unit.kind}:${unit.id}`;
    if (await ctx.db.appealCoUnit.findUnique({ where: { appealId_unitKey: { appealId: id, unitKey } } }))
      throw AppError.validation("unit", { zh: "该单位已是协办单位", en: "Already a co-handling unit" });
    const now = ctx.now();
    await ctx.db.appealCoUnit.create({ data: { id: newId(), appealId: id, unitKey, ...cols, addedById: ctx.user!.id, createdAt: now } });
    const added = await unitOf(ctx.db, cols);
    await logEvent(ctx.db, id, now, actorOf(ctx.user!), "CO_UNIT_ADD", note ?? null, { unit: added });
    await announce(ctx.db, now, id, "CO_UNIT_ADD", { to: ["unit"], units: [cols], actorId: ctx.user!.id, note: `${added.name}${note ? `：${note}` : ""}` });
  },

  /** A note on the timeline by the lead unit, a co-handling unit or the district. */
  async addNote(ctx: TContext, id: string, note: string) {
    const row = await loadForStep(ctx, id, ["unit", "coUnit"], ACTIVE_STATUSES);
    const now = ctx.now();
    await logEvent(ctx.db, id, now, actorOf(ctx.user!), "NOTE", note);
    // the lead unit hears of a co-unit's note (and the co-units of the lead's: they work together)
    const co = await ctx.db.appealCoUnit.findMany({ where: { appealId: id }, select: { unitTownId: true, unitDepartmentId: true } });
    await announce(ctx.db, now, id, "NOTE", { to: ["unit"], units: [row, ...co], actorId: ctx.user!.id, note });
  },

  /** 硬骨头: the district flags a long-standing appeal; solving it earns bonus points in the assessment. */
  async flagHardBone(ctx: TContext, id: string, note: string) {
    const row = await loadForStep(ctx, id, ["district"], ACTIVE_STATUSES);
    if (row.hardBone) throw new AppError("CONFLICT", { zh: "已列为硬骨头问题", en: "Already flagged" });
    const now = ctx.now();
    await ctx.db.appeal.update({ where: { id }, data: { hardBone: true, hardBoneAt: now } });
    await logEvent(ctx.db, id, now, actorOf(ctx.user!), "HARD_BONE", note);
    await announce(ctx.db, now, id, "HARD_BONE", { to: ["unit", "commissioner"], actorId: ctx.user!.id, note });
  },

  async supervise(ctx: TContext, id: string, level: TSupervisionLevel, note: string) {
    const row = await loadForStep(ctx, id, ["district"], OPEN_STATUSES);
    const raised = await raiseSupervision(ctx.db, row, level, ctx.now(), actorOf(ctx.user!), note);
    if (!raised) throw new AppError("CONFLICT", { zh: "督办等级只能提高", en: "The supervision level can only go up" });
  },
};
