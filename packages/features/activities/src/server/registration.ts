import QRCode from "qrcode";
import { z } from "zod";
import { AppError, CultivationTier, industrySection, shanghaiDate, type TCultivationTier } from "@qifu/domain";
import { newId, type TDbTx } from "@qifu/db";
import { notify, procedure, recordLedgerEntry, removeLedgerEntry, router, type TContext, type TLedgerEntry } from "@qifu/trpc-core";
import { ZCheckIn, ZMyRegistration, ZRate, ZRegistration, type TRegistration } from "../schemas";
import { ACTIVITY_INCLUDE, activityScope, toActivityPublicDto } from "./resources";

const ZActivityId = z.object({ activityId: z.string().min(1).max(64) });
const ACTIVITY_LABEL = { zh: "活动", en: "Activity" };

/** The enterprise of a signed-in enterprise account; an account whose claim is not yet verified has none. */
function ownEnterprise(ctx: TContext): string {
  const id = ctx.user?.enterpriseId;
  if (!id)
    throw new AppError("FORBIDDEN", {
      zh: "您的账号尚未关联企业（企业认领审核通过后即可报名）",
      en: "Your account is not linked to an enterprise yet (you can register once your claim is verified)",
    });
  return id;
}

/** Locks the activity's row for this transaction: registrations, cancellations and promotions of one activity take turns. */
async function lockActivity(tx: TDbTx, activityId: string) {
  await tx.$queryRaw`SELECT id FROM activity WHERE id = ${activityId} FOR UPDATE`;
}

/** Position on the waiting list (1 = next), by the number each registration drew when it joined. */
export async function waitingPosition(tx: TDbTx, reg: { activityId: string; status: string; queueNo: number }) {
  if (reg.status !== "WAITING") return null;
  return (
    1 + (await tx.activityRegistration.count({ where: { activityId: reg.activityId, status: "WAITING", queueNo: { lt: reg.queueNo } } }))
  );
}

const REG_INCLUDE = { enterprise: { select: { name: true } } } as const;
type TRegRow = {
  id: string;
  activityId: string;
  enterpriseId: string;
  status: string;
  queuedAt: Date;
  queueNo: number;
  attendedAt: Date | null;
} & {
  checkInBy: string | null;
  rating: number | null;
  comment: string | null;
  enterprise: { name: string };
};

async function toRegistrationDto(tx: TDbTx, r: TRegRow): Promise<TRegistration> {
  return registrationDto(r, await waitingPosition(tx, r));
}

function registrationDto(r: TRegRow, position: number | null): TRegistration {
  return {
    id: r.id,
    activityId: r.activityId,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterprise.name,
    status: r.status as TRegistration["status"],
    waitingPosition: position,
    queuedAt: r.queuedAt.toISOString(),
    attendedAt: r.attendedAt?.toISOString() ?? null,
    checkInBy: r.checkInBy,
    rating: r.rating,
    comment: r.comment,
  };
}

/** The audience rule: each list the organiser filled must include the enterprise. */
async function checkAudience(
  tx: TDbTx,
  activity: { audienceTiers: string[]; audienceIndustries: string[]; audienceTownIds: string[] },
  enterpriseId: string,
) {
  const e = await tx.enterprise.findUniqueOrThrow({
    where: { id: enterpriseId },
    select: { tier: true, industryCode: true, townId: true },
  });
  if (activity.audienceTiers.length && !activity.audienceTiers.includes(e.tier))
    throw new AppError("FORBIDDEN", {
      zh: `本活动面向：${activity.audienceTiers.map((t) => CultivationTier.label(t as TCultivationTier, "zh")).join("、")}`,
      en: `This activity is for: ${activity.audienceTiers.map((t) => CultivationTier.label(t as TCultivationTier, "en")).join(", ")}`,
    });
  const section = industrySection(e.industryCode)?.code;
  if (activity.audienceIndustries.length && (!section || !activity.audienceIndustries.includes(section)))
    throw new AppError("FORBIDDEN", { zh: "本活动面向其他行业的企业", en: "This activity is for enterprises of other industries" });
  if (activity.audienceTownIds.length && (!e.townId || !activity.audienceTownIds.includes(e.townId)))
    throw new AppError("FORBIDDEN", { zh: "本活动面向其他镇街的企业", en: "This activity is for enterprises of other towns" });
}

/**
 * 报名: a seat while seats last, else the waiting list. The seat is taken by a conditional UPDATE
 * on the activity row (`seatsTaken < capacity`), after the row lock: under any number of
 * concurrent registrations no more than `capacity` hold a seat (a CHECK constraint backs it).
 */
const register = procedure(["ENTERPRISE"], { description: "Register the caller's enterprise for an activity" })
  .input(ZActivityId)
  .output(ZRegistration)
  .mutation(async ({ ctx, input }) => {
    const enterpriseId = ownEnterprise(ctx);
    const tx = ctx.db;
    await lockActivity(tx, input.activityId);
    const activity = await tx.activity.findFirst({ where: { id: input.activityId, status: "PUBLISHED" } });
    if (!activity) throw AppError.notFound(ACTIVITY_LABEL);
    const now = ctx.now();
    if (activity.registrationOpensAt && now < activity.registrationOpensAt)
      throw new AppError("VALIDATION", { zh: "报名尚未开始", en: "Registration has not opened yet" });
    if (now > activity.registrationClosesAt) throw new AppError("VALIDATION", { zh: "报名已截止", en: "Registration has closed" });
    await checkAudience(tx, activity, enterpriseId);
    const existing = await tx.activityRegistration.findUnique({
      where: { activityId_enterpriseId: { activityId: activity.id, enterpriseId } },
    });
    if (existing && existing.status !== "CANCELLED")
      throw new AppError("CONFLICT", {
        zh: existing.status === "WAITING" ? "您已在候补名单中" : "您已报名本活动",
        en: existing.status === "WAITING" ? "You are already on the waiting list" : "You have already registered",
      });
    const seated = await tx.$executeRaw`
      UPDATE activity SET "seatsTaken" = "seatsTaken" + 1, "updatedAt" = now()
      WHERE id = ${activity.id} AND "seatsTaken" < capacity`;
    const [{ queueNo }] = await tx.$queryRaw<{ queueNo: number }[]>`
      UPDATE activity SET "queueCounter" = "queueCounter" + 1 WHERE id = ${activity.id} RETURNING "queueCounter" AS "queueNo"`;
    const status = seated === 1 ? "REGISTERED" : "WAITING";
    const data = { status, queuedAt: now, queueNo, promotedAt: null, cancelledAt: null, attendedAt: null, checkInBy: null };
    const reg = existing
      ? await tx.activityRegistration.update({ where: { id: existing.id }, data, include: REG_INCLUDE })
      : await tx.activityRegistration.create({
          data: { id: newId(), activityId: activity.id, enterpriseId, ...data },
          include: REG_INCLUDE,
        });
    return toRegistrationDto(tx, reg);
  });

/** 取消报名: frees the seat, and the first on the waiting list moves up (and is told so). */
const cancel = procedure(["ENTERPRISE"], { description: "Cancel the caller's enterprise's registration" })
  .input(ZActivityId)
  .output(ZRegistration)
  .mutation(async ({ ctx, input }) => {
    const enterpriseId = ownEnterprise(ctx);
    const tx = ctx.db;
    await lockActivity(tx, input.activityId);
    const reg = await tx.activityRegistration.findUnique({
      where: { activityId_enterpriseId: { activityId: input.activityId, enterpriseId } },
      include: { activity: { select: { startsAt: true, title: true } } },
    });
    if (!reg || reg.status === "CANCELLED") throw AppError.notFound({ zh: "报名", en: "Registration" });
    if (reg.attendedAt || ctx.now() >= reg.activity.startsAt)
      throw new AppError("VALIDATION", {
        zh: "活动已开始，不能取消报名",
        en: "The activity has started: the registration cannot be cancelled",
      });
    const cancelled = await tx.activityRegistration.update({
      where: { id: reg.id },
      data: { status: "CANCELLED", cancelledAt: ctx.now() },
      include: REG_INCLUDE,
    });
    if (reg.status === "REGISTERED") {
      await tx.$executeRaw`UPDATE activity SET "seatsTaken" = "seatsTaken" - 1, "updatedAt" = now() WHERE id = ${input.activityId}`;
      await promoteWaiting(ctx, input.activityId, reg.activity.title);
    }
    return toRegistrationDto(tx, cancelled);
  });

/** Gives free seats to the waiting list in order of joining; each promoted enterprise is notified. Call with the activity locked. */
async function promoteWaiting(ctx: TContext, activityId: string, title: string) {
  const tx = ctx.db;
  for (;;) {
    const next = await tx.activityRegistration.findFirst({
      where: { activityId, status: "WAITING" },
      orderBy: [{ queueNo: "asc" }, { id: "asc" }],
      select: { id: true, enterpriseId: true },
    });
    if (!next) return;
    const seated = await tx.$executeRaw`
      UPDATE activity SET "seatsTaken" = "seatsTaken" + 1, "updatedAt" = now() WHERE id = ${activityId} AND "seatsTaken" < capacity`;
    if (seated !== 1) return;
    await tx.activityRegistration.update({ where: { id: next.id }, data: { status: "REGISTERED", promotedAt: ctx.now() } });
    await notify(ctx, {
      roleScope: { role: "ENTERPRISE", enterpriseId: next.enterpriseId },
      title: { zh: `候补成功：${title}`, en: `You have a seat: ${title}` },
      body: {
        zh: `有企业取消报名，您已从候补名单递补为正式报名：${title}`,
        en: `A registration was cancelled and your enterprise moved up from the waiting list: ${title}`,
      },
      link: `/activities/${activityId}`,
      kind: "activity.promoted",
    });
  }
}

/** The ledger record of an enterprise's attendance at an activity (the seed writes its demo attendances with it too). */
export function attendanceEntry(
  a: { id: string; nodeId: string; category: string; place: string | null; startsAt: Date; title: string },
  seriesName: string,
  enterpriseId: string,
  staffName: string,
  createdById: string | null = null,
): TLedgerEntry {
  return {
    source: "ACTIVITY",
    originId: a.id,
    enterpriseId,
    nodeId: a.nodeId,
    category: a.category as TLedgerEntry["category"],
    channel: a.place ? "OFFLINE" : "ONLINE",
    servedOn: shanghaiDate(a.startsAt),
    staffName,
    summary: `${seriesName}：${a.title}`,
    createdById,
  };
}

/** Writes an attendance and its one ledger record, in the caller's transaction; false when it was already recorded. */
async function recordAttendance(ctx: TContext, activityId: string, enterpriseId: string, by: "SELF" | "STAFF") {
  const tx = ctx.db;
  const activity = await tx.activity.findUniqueOrThrow({
    where: { id: activityId },
    include: { series: { select: { name: true } }, node: { select: { name: true } } },
  });
  const { count } = await tx.activityRegistration.updateMany({
    where: { activityId, enterpriseId, status: "REGISTERED", attendedAt: null },
    data: { attendedAt: ctx.now(), checkInBy: by },
  });
  if (count === 0) return false;
  const staff = by === "STAFF" ? (ctx.user?.displayName ?? activity.node.name) : activity.node.name;
  await recordLedgerEntry(tx, attendanceEntry(activity, activity.series.name, enterpriseId, staff, ctx.user?.id ?? null));

  return true;
}

/** Check-in is open on the activity's day(s), Asia/Shanghai. */
function assertCheckInDay(ctx: TContext, a: { startsAt: Date; endsAt: Date }) {
  const today = shanghaiDate(ctx.now());
  if (today < shanghaiDate(a.startsAt) || today > shanghaiDate(a.endsAt))
    throw new AppError("VALIDATION", { zh: "只能在活动当天签到", en: "Check-in is only open on the day of the activity" });
}

const ZCheckInResult = z.object({ registration: ZRegistration, alreadyCheckedIn: z.boolean() });

/** 扫码签到: the enterprise's phone opens the QR page; the token in the URL proves it was at the event. */
const checkIn = procedure(["ENTERPRISE"], { description: "Check the caller's enterprise in with the activity's QR code" })
  .input(ZCheckIn)
  .output(ZCheckInResult)
  .mutation(async ({ ctx, input }) => {
    const enterpriseId = ownEnterprise(ctx);
    const tx = ctx.db;
    // a wrong token answers as an unknown activity: the id alone reveals nothing
    const activity = await tx.activity.findFirst({ where: { id: input.activityId, checkInToken: input.token, status: "PUBLISHED" } });
    if (!activity) throw AppError.notFound(ACTIVITY_LABEL);
    assertCheckInDay(ctx, activity);
    const reg = await tx.activityRegistration.findUnique({ where: { activityId_enterpriseId: { activityId: activity.id, enterpriseId } } });
    if (!reg || reg.status === "CANCELLED")
      throw new AppError("FORBIDDEN", {
        zh: "您未报名本活动，请联系现场工作人员",
        en: "You have not registered: please ask the staff on site",
      });
    if (reg.status === "WAITING")
      throw new AppError("VALIDATION", { zh: "您在候补名单中，尚未获得名额", en: "You are on the waiting list and have no seat" });
    const written = await recordAttendance(ctx, activity.id, enterpriseId, "SELF");
    const row = await tx.activityRegistration.findUniqueOrThrow({ where: { id: reg.id }, include: REG_INCLUDE });
    return { registration: await toRegistrationDto(tx, row), alreadyCheckedIn: !written };
  });

const STAFF = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"] as const;

/** The activity in the caller's scope (staff), or not found. */
async function activityInScope(ctx: TContext, activityId: string) {
  const activity = await ctx.db.activity.findFirst({ where: { AND: [{ id: activityId }, activityScope(ctx.user)] } });
  if (!activity) throw AppError.notFound(ACTIVITY_LABEL);
  return activity;
}

/** 签到名单: staff tick (or untick) an enterprise that came; the ledger record follows. */
const markAttendance = procedure(STAFF, { description: "Tick or untick an enterprise's attendance" })
  .input(z.object({ activityId: z.string().min(1).max(64), enterpriseId: z.string().min(1).max(64), attended: z.boolean() }))
  .output(ZRegistration)
  .mutation(async ({ ctx, input }) => {
    const tx = ctx.db;
    const activity = await activityInScope(ctx, input.activityId);
    if (ctx.now() < new Date(activity.startsAt.getTime() - 24 * 3600_000) || activity.status !== "PUBLISHED")
      throw new AppError("VALIDATION", { zh: "活动尚未举行，不能签到", en: "The activity has not taken place: no attendance yet" });
    const reg = await tx.activityRegistration.findUnique({
      where: { activityId_enterpriseId: { activityId: activity.id, enterpriseId: input.enterpriseId } },
    });
    if (!reg || reg.status !== "REGISTERED")
      throw new AppError("VALIDATION", { zh: "该企业没有本活动的正式报名", en: "The enterprise holds no seat at this activity" });
    if (input.attended) await recordAttendance(ctx, activity.id, input.enterpriseId, "STAFF");
    else if (reg.attendedAt) {
      if (reg.ratedAt)
        throw new AppError("VALIDATION", { zh: "企业已评价，不能撤销签到", en: "The enterprise has rated the activity: attendance stays" });
      await tx.activityRegistration.update({ where: { id: reg.id }, data: { attendedAt: null, checkInBy: null } });
      await removeLedgerEntry(tx, { source: "ACTIVITY", originId: activity.id, enterpriseId: input.enterpriseId });
    }
    const row = await tx.activityRegistration.findUniqueOrThrow({ where: { id: reg.id }, include: REG_INCLUDE });
    return toRegistrationDto(tx, row);
  });

/** 活动评价: 1–5 with a comment, by an enterprise that attended, once, after the activity began. */
const rate = procedure(["ENTERPRISE"], { description: "Rate an attended activity (once)" })
  .input(ZRate)
  .output(ZRegistration)
  .mutation(async ({ ctx, input }) => {
    const enterpriseId = ownEnterprise(ctx);
    const tx = ctx.db;
    const reg = await tx.activityRegistration.findUnique({
      where: { activityId_enterpriseId: { activityId: input.activityId, enterpriseId } },
      include: { activity: { select: { startsAt: true } } },
    });
    if (!reg || !reg.attendedAt)
      throw new AppError("FORBIDDEN", { zh: "只有签到参加的企业才能评价", en: "Only enterprises that attended can rate the activity" });
    if (ctx.now() < reg.activity.startsAt)
      throw new AppError("VALIDATION", { zh: "活动开始后才能评价", en: "You can rate once the activity has begun" });
    const { count } = await tx.activityRegistration.updateMany({
      where: { id: reg.id, ratedAt: null },
      data: { rating: input.rating, comment: input.comment ?? null, ratedAt: ctx.now() },
    });
    if (count === 0) throw new AppError("CONFLICT", { zh: "您已评价过本活动", en: "You have already rated this activity" });
    return toRegistrationDto(tx, await tx.activityRegistration.findUniqueOrThrow({ where: { id: reg.id }, include: REG_INCLUDE }));
  });

/** An enterprise's own registrations, newest activity first. */
const mine = procedure(["ENTERPRISE"], { description: "The caller's enterprise's registrations" })
  .output(z.array(ZMyRegistration))
  .query(async ({ ctx }) => {
    const enterpriseId = ctx.user?.enterpriseId;
    if (!enterpriseId) return [];
    const rows = await ctx.db.activityRegistration.findMany({
      where: { enterpriseId, status: { not: "CANCELLED" } },
      include: { ...REG_INCLUDE, activity: { include: ACTIVITY_INCLUDE } },
      orderBy: [{ activity: { startsAt: "desc" } }, { id: "asc" }],
      take: 200,
    });
    return Promise.all(rows.map(async (r) => ({ ...(await toRegistrationDto(ctx.db, r)), activity: toActivityPublicDto(r.activity) })));
  });

/** The registrations of one activity in the caller's scope (names only, never contacts). */
const registrations = procedure(STAFF, { description: "The registrations of an activity" })
  .input(ZActivityId)
  .output(z.array(ZRegistration))
  .query(async ({ ctx, input }) => {
    await activityInScope(ctx, input.activityId);
    const rows = await ctx.db.activityRegistration.findMany({
      where: { activityId: input.activityId },
      include: REG_INCLUDE,
      orderBy: [{ status: "asc" }, { queueNo: "asc" }, { id: "asc" }],
    });
    let waiting = 0;
    return rows.map((r) => registrationDto(r, r.status === "WAITING" ? ++waiting : null));
  });

/** The check-in QR code for the day: the public page's URL with the activity's token, as SVG. */
const checkInCode = procedure(STAFF, { description: "The activity's check-in QR code" })
  .input(ZActivityId.extend({ origin: z.url({ protocol: /^https?$/ }).max(200) }))
  .output(z.object({ url: z.string(), svg: z.string() }))
  .query(async ({ ctx, input }) => {
    const activity = await activityInScope(ctx, input.activityId);
    const url = `${new URL(input.origin).origin}/activities/${activity.id}/check-in?t=${activity.checkInToken}`;
    const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
    return { url, svg };
  });

export const registrationRouter = router({ register, cancel, checkIn, markAttendance, rate, mine, registrations, checkInCode });
