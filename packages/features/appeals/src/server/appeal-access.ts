// Who acts and who sees: the actors of the timeline, the read scope of appeals and their files,
// the handling unit, and the routing of a category and town to a unit.
import { AppError, type TLabel } from "@qifu/domain";
import { type TDbTx } from "@qifu/db";
import { NO_ROWS, type TCanRead, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import { type TUnit, type TUnitRef } from "../schemas";

/** Reopening is allowed this many calendar days after the latest answer or closing (Huadu 暖企专员 rule). */
export const REOPEN_WINDOW_DAYS = 15;
export const LABEL: TLabel = { zh: "诉求", en: "Appeal" };

export type TActor = { id: string | null; name: string; role: string | null };
export const SYSTEM_ACTOR: TActor = { id: null, name: "系统（时限监控）", role: "SYSTEM" };
export const ROUTING_ACTOR: TActor = { id: null, name: "系统（按分派规则）", role: "SYSTEM" };
export const actorOf = (u: TSessionUser): TActor => ({ id: u.id, name: u.displayName, role: u.role });

// ---------------------------------------------------------------- scope

/** The enterprises a commissioner looks after. */
export async function commissionerEnterprises(db: TDbTx, userId: string): Promise<string[]> {
  const rows = await db.commissionerAssignment.findMany({ where: { commissionerId: userId }, select: { enterpriseId: true } });
  return rows.map((r) => r.enterpriseId);
}

/**
 * Appeals a caller may read: the district all; a town unit or department those routed to it
 * now; an enterprise its own; a commissioner those of their enterprises (and those they filed).
 */
export async function appealReadScope(db: TDbTx, user: TSessionUser | null): Promise<TWhere> {
  switch (user?.role) {
    case "DISTRICT_ADMIN":
      return {};
    // the lead unit, or a co-handling (协办) unit
    case "TOWN_ADMIN":
      return user.townId ? { OR: [{ unitTownId: user.townId }, { coUnits: { some: { unitTownId: user.townId } } }] } : NO_ROWS;
    case "DEPARTMENT_HANDLER":
      return user.departmentId
        ? { OR: [{ unitDepartmentId: user.departmentId }, { coUnits: { some: { unitDepartmentId: user.departmentId } } }] }
        : NO_ROWS;
    case "ENTERPRISE":
      return user.enterpriseId ? { enterpriseId: user.enterpriseId } : NO_ROWS;
    case "COMMISSIONER":
      return { OR: [{ enterpriseId: { in: await commissionerEnterprises(db, user.id) } }, { submittedById: user.id }] };
    default:
      return NO_ROWS;
  }
}

/** Files on intake are owned by the appeal, files of an answer by its timeline event: both readable by whoever reads the appeal. */
export const FILE_KINDS = { appeal: "appeal", event: "appealEvent" } as const;
export const canReadAppeal = async (ctx: TContext, appealId: string) =>
  !!(await ctx.prisma.appeal.findFirst({
    where: { AND: [{ id: appealId }, await appealReadScope(ctx.prisma, ctx.user)] },
    select: { id: true },
  }));
export const appealFileOwners: Record<string, TCanRead> = {
  [FILE_KINDS.appeal]: canReadAppeal,
  [FILE_KINDS.event]: async (ctx, eventId) => {
    const e = await ctx.prisma.appealEvent.findUnique({ where: { id: eventId }, select: { appealId: true } });
    return !!e && canReadAppeal(ctx, e.appealId);
  },
};

/** Whether the caller acts as the handling unit of this appeal (the district centre always may). */
export function isHandlingUnit(user: TSessionUser, a: { unitTownId: string | null; unitDepartmentId: string | null }) {
  if (user.role === "DISTRICT_ADMIN") return true;
  if (user.role === "TOWN_ADMIN") return !!user.townId && a.unitTownId === user.townId;
  if (user.role === "DEPARTMENT_HANDLER") return !!user.departmentId && a.unitDepartmentId === user.departmentId;
  return false;
}

export const isOwnEnterprise = (user: TSessionUser, a: { enterpriseId: string }) =>
  user.role === "ENTERPRISE" && !!user.enterpriseId && user.enterpriseId === a.enterpriseId;

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

export const refColumns = (ref: TUnitRef | null) => ({
  unitTownId: ref?.kind === "TOWN" ? ref.id : null,
  unitDepartmentId: ref?.kind === "DEPARTMENT" ? ref.id : null,
});
export const sameUnit = (
  a: { unitTownId: string | null; unitDepartmentId: string | null },
  b: { unitTownId: string | null; unitDepartmentId: string | null },
) => a.unitTownId === b.unitTownId && a.unitDepartmentId === b.unitDepartmentId;

/**
 * The handling unit for a category and an enterprise's town: the most specific rule wins
 * (category+town, category, town, default); no rule at all sends it to the district centre.
 * `exclude` skips a unit that has just declined the appeal.
 */
export async function resolveRoute(
  db: TDbTx,
  categoryId: string,
  townId: string | null,
  exclude?: { unitTownId: string | null; unitDepartmentId: string | null },
) {
  const rules = await db.appealRoute.findMany({
    where: {
      OR: [
        { categoryId, townId },
        { categoryId, townId: null },
        { categoryId: null, townId },
        { categoryId: null, townId: null },
      ],
    },
  });
  const rank = (r: { categoryId: string | null; townId: string | null }) => (r.categoryId ? 0 : 2) + (r.townId ? 0 : 1);
  const ordered = rules.filter((r) => r.townId === null || r.townId === townId).sort((a, b) => rank(a) - rank(b));
  for (const r of ordered) {
    const cols = { unitTownId: r.unitTownId, unitDepartmentId: r.unitDepartmentId };
    if (!exclude || !sameUnit(cols, exclude)) return cols;
  }
  return { unitTownId: null, unitDepartmentId: null };
}

export async function checkUnit(db: TDbTx, ref: TUnitRef, path: string) {
  const exists =
    ref.kind === "TOWN" ? await db.town.findUnique({ where: { id: ref.id } }) : await db.department.findUnique({ where: { id: ref.id } });
  if (!exists) throw AppError.validation(path, { zh: "承办单位不存在", en: "No such handling unit" });
}
