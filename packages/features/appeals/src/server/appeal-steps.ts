// The closed loop's steps after intake (accept … close, reopen, supervise), each checking who
// may take it from which status; the router's step(...) lines call these.
import { AppError, type WorkingCalendar } from "@qifu/domain";
import { newId, type TDbTx } from "@qifu/db";
import { attachFiles, loadCalendar, type TContext } from "@qifu/trpc-core";
import {
  ACTIVE_STATUSES,
  OPEN_STATUSES,
  SUPERVISION_ORDER,
  type TAppealEventKind,
  type TAppealStatus,
  type TSupervisionLevel,
  type TUnitRef,
  type TUrgency,
} from "../schemas";
import { announce, type TAudience } from "./notices";
import {
  FILE_KINDS,
  LABEL,
  REOPEN_WINDOW_DAYS,
  SYSTEM_ACTOR,
  type TActor,
  actorOf,
  appealReadScope,
  checkUnit,
  isHandlingUnit,
  isOwnEnterprise,
  refColumns,
  resolveRoute,
  sameUnit,
  unitOf,
} from "./appeal-access";
import { APPEAL_INCLUDE, reopenableUntil } from "./appeal-dto";
import { limitsOf, logEvent } from "./appeal-intake";

// ---------------------------------------------------------------- transitions

export type TWho = "unit" | "coUnit" | "enterprise" | "district" | "visitor";

/**
 * Load an appeal for a step: not readable → "not found" (nothing about it leaks); readable
 * but not the caller's step → "forbidden"; wrong state → "conflict". The row is locked for
 * the rest of the transaction so two steps on one appeal do not interleave.
 */
export async function loadForStep(ctx: TContext, id: string, who: TWho[], from: TAppealStatus[]) {
  const user = ctx.user!;
  const where = { AND: [{ id }, await appealReadScope(ctx.db, user)] };
  const visible = await ctx.db.appeal.findFirst({ where, select: { id: true } });
  if (!visible) throw AppError.notFound(LABEL);
  await ctx.db.$queryRaw`SELECT id FROM appeal WHERE id = ${id} FOR UPDATE`;
  const row = await ctx.db.appeal.findUniqueOrThrow({ where: { id }, include: APPEAL_INCLUDE });
  const coUnitKey =
    user.role === "TOWN_ADMIN" ? `TOWN:${user.townId}` : user.role === "DEPARTMENT_HANDLER" ? `DEPARTMENT:${user.departmentId}` : null;
  const isCoUnit =
    !!coUnitKey &&
    who.includes("coUnit") &&
    !!(await ctx.db.appealCoUnit.findUnique({ where: { appealId_unitKey: { appealId: id, unitKey: coUnitKey } } }));
  const commissionerOf = user.role === "COMMISSIONER";
  const allowed = who.some((w) =>
    w === "unit"
      ? isHandlingUnit(user, row)
      : w === "coUnit"
        ? isCoUnit
        : w === "enterprise"
          ? isOwnEnterprise(user, row)
          : w === "district"
            ? user.role === "DISTRICT_ADMIN"
            : isHandlingUnit(user, row) || commissionerOf,
  );
  if (!allowed) throw AppError.forbidden();
  if (!from.includes(row.status as TAppealStatus))
    throw new AppError("CONFLICT", {
      zh: `诉求当前状态为“${row.status}”，不能执行此操作`.replace(row.status, statusZh(row.status)),
      en: `The appeal is ${row.status.toLowerCase().replace("_", " ")}; this step is not possible now`,
    });
  return row;
}

export const STATUS_ZH: Record<string, string> = {
  SUBMITTED: "已提交",
  ACCEPTED: "已受理",
  IN_PROGRESS: "办理中",
  ANSWERED: "已答复",
  CONFIRMED: "已确认",
  CLOSED: "已办结",
  WITHDRAWN: "已撤回",
};
export const statusZh = (s: string) => STATUS_ZH[s] ?? s;

/** Shift the clock by the working time spent waiting on the enterprise, and restart it. */
export async function resumeClock(
  db: TDbTx,
  row: { id: string; pausedAt: Date | null; resolveDueAt: Date; ackDueAt: Date },
  now: Date,
  cal: WorkingCalendar,
  actor: TActor,
) {
  if (!row.pausedAt) return;
  const paused = cal.workingMillisBetween(row.pausedAt, now);
  const resolveDueAt = cal.addWorkingMillis(row.resolveDueAt, paused);
  await db.appeal.update({ where: { id: row.id }, data: { pausedAt: null, resolveDueAt } });
  await logEvent(db, row.id, now, actor, "SLA_RESUME", `暂停 ${(paused / 3600_000).toFixed(1)} 个工作小时，办结时限顺延`, {
    pausedWorkingMs: paused,
    resolveDueAt: resolveDueAt.toISOString(),
  });
}

/** Raise the supervision level (never lowers it). Shared by the job and district admins. */
export async function raiseSupervision(
  db: TDbTx,
  row: { id: string; supervisionLevel: string },
  level: TSupervisionLevel,
  now: Date,
  actor: TActor,
  note: string,
) {
  if (SUPERVISION_ORDER.indexOf(level) <= SUPERVISION_ORDER.indexOf(row.supervisionLevel as TSupervisionLevel)) return false;
  await db.appeal.update({ where: { id: row.id }, data: { supervisionLevel: level } });
  await logEvent(db, row.id, now, actor, "SUPERVISE", note, { level, from: row.supervisionLevel });
  await announce(db, now, row.id, "SUPERVISE", { to: ["unit", "commissioner"], actorId: actor.id, note });
  return true;
}

export const ALL: TAudience[] = ["enterprise", "unit", "commissioner"];
export const TO_ENTERPRISE: TAudience[] = ["enterprise", "commissioner"];
export const tell = (ctx: TContext, id: string, kind: TAppealEventKind, to: TAudience[], note?: string | null) =>
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
      data: {
        ...next,
        status: "SUBMITTED",
        acceptedAt: null,
        pausedAt: null,
        ackDueAt: cal.addWorkingHours(now, limits.ackHours),
        ackWarnedAt: null,
        ackBreachedAt: null,
      },
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
    await ctx.db.appeal.update({
      where: { id },
      data: { status: "CONFIRMED", confirmedAt: now, satisfaction: f.satisfaction, resolved: f.resolved },
    });
    await logEvent(ctx.db, id, now, actorOf(ctx.user!), visit ? "RETURN_VISIT" : "CONFIRM", f.note, {
      satisfaction: f.satisfaction,
      resolved: f.resolved,
    });
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
      throw new AppError("CONFLICT", {
        zh: `答复或办结已超过 ${REOPEN_WINDOW_DAYS} 天，不能重新办理，请提交新的诉求`,
        en: `More than ${REOPEN_WINDOW_DAYS} days have passed; please file a new appeal`,
      });
    const db = ctx.db;
    const cal = await loadCalendar(db);
    const limits = limitsOf(await db.appealCategory.findUniqueOrThrow({ where: { id: row.categoryId } }), row.urgency as TUrgency);
    const resolveDueAt = cal.addWorkingDays(now, limits.resolveDays);
    // a reopened appeal is "in progress" again with a fresh resolution limit; the earlier
    // answer, rating and closing stay in the timeline
    await db.appeal.update({
      where: { id },
      data: {
        status: "IN_PROGRESS",
        reopenCount: { increment: 1 },
        confirmedAt: null,
        closedAt: null,
        satisfaction: null,
        resolved: false,
        resolveDueAt,
        resolveWarnedAt: null,
        resolveBreachedAt: null,
      },
    });
    await logEvent(db, id, now, actorOf(ctx.user!), "REOPEN", reason);
    await tell(ctx, id, "REOPEN", ALL, reason);
    await logEvent(db, id, now, SYSTEM_ACTOR, "SLA_ACTIVATE", `重新计时：${limits.resolveDays} 个工作日内办结`, {
      resolveDueAt: resolveDueAt.toISOString(),
    });
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
    if (sameUnit(cols, row))
      throw AppError.validation("unit", { zh: "主办单位不能同时是协办单位", en: "The lead unit cannot also co-handle" });
    const unitKey = `${unit.kind}:${unit.id}`;
    if (await ctx.db.appealCoUnit.findUnique({ where: { appealId_unitKey: { appealId: id, unitKey } } }))
      throw AppError.validation("unit", { zh: "该单位已是协办单位", en: "Already a co-handling unit" });
    const now = ctx.now();
    await ctx.db.appealCoUnit.create({ data: { id: newId(), appealId: id, unitKey, ...cols, addedById: ctx.user!.id, createdAt: now } });
    const added = await unitOf(ctx.db, cols);
    await logEvent(ctx.db, id, now, actorOf(ctx.user!), "CO_UNIT_ADD", note ?? null, { unit: added });
    await announce(ctx.db, now, id, "CO_UNIT_ADD", {
      to: ["unit"],
      units: [cols],
      actorId: ctx.user!.id,
      note: `${added.name}${note ? `：${note}` : ""}`,
    });
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
