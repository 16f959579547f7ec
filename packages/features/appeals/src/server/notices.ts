import type { TDbTx } from "@qifu/db";
import { writeNotifications, type TRoleScope } from "@qifu/trpc-core";
import { AppealEventKind, AppealStatus, type TAppealEventKind, type TAppealStatus } from "../schemas";

/** Where each audience sees an appeal: enterprises on the public site, staff in the console. */
export const appealLinks = {
  public: (id: string) => `/my/appeals/${id}`,
  admin: (id: string) => `/admin/#/appeals/${id}/show`,
};

type TUnitCols = { unitTownId: string | null; unitDepartmentId: string | null };

/** The accounts that act for a handling unit: the town's admins, the department's handlers, or the district centre. */
export function unitAudience(u: TUnitCols): TRoleScope {
  if (u.unitTownId) return { role: "TOWN_ADMIN", townId: u.unitTownId };
  if (u.unitDepartmentId) return { role: "DEPARTMENT_HANDLER", departmentId: u.unitDepartmentId };
  return { role: "DISTRICT_ADMIN" };
}

export type TAudience = "enterprise" | "unit" | "commissioner";

type TFacts = { id: string; number: string; title: string; status: string; enterpriseId: string } & TUnitCols;
type TPlan = { enterprise: string[]; staff: string[] };
type TAnnounceOpts = { to: TAudience[]; actorId?: string | null; note?: string | null; units?: TUnitCols[] };

/** Who hears of it, in one query (resolved before any lock is taken, see createAppeal). */
export async function planAnnouncement(
  db: TDbTx,
  a: Omit<TFacts, "id" | "number" | "title" | "status">,
  opts: TAnnounceOpts,
): Promise<TPlan> {
  const or: Record<string, unknown>[] = [];
  if (opts.to.includes("enterprise")) or.push({ role: "ENTERPRISE", enterpriseId: a.enterpriseId });
  if (opts.to.includes("unit"))
    for (const s of (opts.units ?? [a]).map(unitAudience))
      or.push({ role: s.role, ...(s.townId ? { townId: s.townId } : {}), ...(s.departmentId ? { departmentId: s.departmentId } : {}) });
  if (opts.to.includes("commissioner"))
    or.push({ role: "COMMISSIONER", commissionerAssignments: { some: { enterpriseId: a.enterpriseId } } });
  if (!or.length) return { enterprise: [], staff: [] };
  const users = await db.user.findMany({
    where: { active: true, OR: or, ...(opts.actorId ? { id: { not: opts.actorId } } : {}) },
    select: { id: true, role: true },
    orderBy: { id: "asc" },
  });
  return {
    enterprise: users.filter((u) => u.role === "ENTERPRISE").map((u) => u.id),
    staff: users.filter((u) => u.role !== "ENTERPRISE").map((u) => u.id),
  };
}

/** Write the messages of a plan: the enterprise gets a public-site link (and SMS), staff a console link (and email). */
export async function writeAnnouncement(db: TDbTx, now: Date, plan: TPlan, a: TFacts, kind: TAppealEventKind, note?: string | null) {
  const label = AppealEventKind.labels[kind];
  const status = AppealStatus.labels[a.status as TAppealStatus];
  const n = note ? note.slice(0, 300) : null;
  const title = { zh: `诉求 ${a.number}：${label.zh}`, en: `Appeal ${a.number}: ${label.en}` };
  const body = {
    zh: `“${a.title}”当前状态：${status.zh}${n ? `。说明：${n}` : ""}`,
    en: `"${a.title}" is now: ${status.en}${n ? `. Note: ${n}` : ""}`,
  };
  const ctx = { db, now: () => now };
  const kindKey = `appeal.${kind.toLowerCase()}`;
  await writeNotifications(ctx, plan.enterprise, { title, body, link: appealLinks.public(a.id), kind: kindKey, channels: ["sms"] });
  await writeNotifications(ctx, plan.staff, { title, body, link: appealLinks.admin(a.id), kind: kindKey, channels: ["email"] });
}

/**
 * Tell the people concerned what just happened to an appeal (inside the step's transaction):
 * - the enterprise on every change of state (with SMS, it may not be watching the site);
 * - the handling unit when the appeal is routed, sent back, reassigned, supervised, or the
 *   enterprise acts on it (`units` may name other units, e.g. a new co-handling unit);
 * - the enterprise's commissioner on every change.
 * The actor is left out: they know what they just did.
 */
export async function announce(db: TDbTx, now: Date, appealId: string, kind: TAppealEventKind, opts: TAnnounceOpts) {
  const a = await db.appeal.findUniqueOrThrow({
    where: { id: appealId },
    select: { id: true, number: true, title: true, status: true, enterpriseId: true, unitTownId: true, unitDepartmentId: true },
  });
  await writeAnnouncement(db, now, await planAnnouncement(db, a, opts), a, kind, opts.note);
}
