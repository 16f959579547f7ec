// The timeline's events and intake: numbering, time limits from the category, routing and the
// first notices of a new appeal (from the portal, Open311 or a visit log).
import { AppError, shanghaiYear } from "@qifu/domain";
import { newId, type TDbTx } from "@qifu/db";
import { attachFiles, formatCaseNumber, loadCalendar, nextCaseNumber, type TContext } from "@qifu/trpc-core";
import { type TAppealEventKind, type TAppealSubmit, type TLimits, type TUrgency } from "../schemas";
import { planAnnouncement, writeAnnouncement } from "./notices";
import {
  FILE_KINDS,
  ROUTING_ACTOR,
  SYSTEM_ACTOR,
  type TActor,
  actorOf,
  commissionerEnterprises,
  resolveRoute,
  unitOf,
} from "./appeal-access";

// ---------------------------------------------------------------- events

export let eventSeq = 0;
/** An event row (without its appeal id); several events of one step share a timestamp, so the id keeps their order. */
export function eventRow(at: Date, actor: TActor, kind: TAppealEventKind, note?: string | null, data?: Record<string, unknown>) {
  const id = `${at.getTime().toString(36).padStart(9, "0")}-${(eventSeq++ % 1e6).toString(36).padStart(4, "0")}-${newId()}`;
  return {
    id,
    at,
    kind,
    actorId: actor.id,
    actorName: actor.name,
    actorRole: actor.role,
    note: note ?? null,
    data: (data ?? undefined) as never,
  };
}

export async function logEvent(
  db: TDbTx,
  appealId: string,
  at: Date,
  actor: TActor,
  kind: TAppealEventKind,
  note?: string | null,
  data?: Record<string, unknown>,
) {
  const row = eventRow(at, actor, kind, note, data);
  await db.appealEvent.create({ data: { appealId, ...row } });
  return row.id;
}

// ---------------------------------------------------------------- intake

export function limitsOf(category: { limits: unknown }, urgency: TUrgency) {
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
    if (!user.enterpriseId)
      throw new AppError("FORBIDDEN", { zh: "您的账号尚未关联企业，不能提交诉求", en: "Your account is not linked to an enterprise yet" });
    if (input.enterpriseId && input.enterpriseId !== user.enterpriseId) throw AppError.forbidden();
    enterpriseId = user.enterpriseId;
  } else {
    if (!input.enterpriseId)
      throw AppError.validation("enterpriseId", { zh: "请选择代录的企业", en: "Choose the enterprise you record it for" });
    if (user.role === "COMMISSIONER" && !(await commissionerEnterprises(db, user.id)).includes(input.enterpriseId))
      throw new AppError(
        "FORBIDDEN",
        { zh: "只能为您联系的企业代录诉求", en: "You can only record appeals for the enterprises you look after" },
        [{ path: "enterpriseId", message: { zh: "不是您联系的企业", en: "Not one of your enterprises" } }],
      );
    enterpriseId = input.enterpriseId;
  }
  const id = await createAppeal(db, ctx.now(), {
    input,
    enterpriseId,
    actor: { ...actorOf(user), id: user.id },
    channel: user.role === "ENTERPRISE" ? "ENTERPRISE" : "COMMISSIONER",
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
export async function createAppeal(
  db: TDbTx,
  now: Date,
  o: {
    input: { title: string; description: string; categoryId: string; urgency: TUrgency; mayPublish: boolean };
    enterpriseId: string;
    actor: TActor & { id: string };
    channel: "ENTERPRISE" | "COMMISSIONER" | "OPEN311";
    submitNote?: string | null;
    open311KeyId?: string | null;
    visitIssueId?: string | null;
  },
) {
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
      ackDueAt: ackDueAt.toISOString(),
      resolveDueAt: resolveDueAt.toISOString(),
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
      id,
      number,
      year,
      seq,
      enterpriseId,
      submittedById: o.actor.id,
      channel: o.channel,
      open311KeyId: o.open311KeyId ?? null,
      visitIssueId: o.visitIssueId ?? null,
      title: input.title,
      description: input.description,
      categoryId: category.id,
      urgency: input.urgency,
      mayPublish: input.mayPublish,
      status: "SUBMITTED",
      ...unit,
      submittedAt: now,
      ackDueAt,
      resolveDueAt,
      events: { create: events },
    },
    select: { id: true },
  });
  await writeAnnouncement(db, now, plan, { id, number, title: input.title, status: "SUBMITTED", enterpriseId, ...unit }, "SUBMIT");
  return id;
}
