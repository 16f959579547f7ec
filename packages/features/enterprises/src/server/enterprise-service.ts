import { AppError, CultivationTier, creditCodeProblem, industryLabel, searchTextFor, sizeClassOf, type TLabel } from "@qifu/domain";
import { newId, type Prisma, type TDbTx } from "@qifu/db";
import type { TContext } from "@qifu/trpc-core";
import { ENTERPRISE_ADMIN_ONLY_FIELDS, type TEnterprise, type TEnterpriseCreate, type TEnterpriseUpdate } from "../schemas";

export const ENTERPRISE_INCLUDE = { town: true, _count: { select: { users: true } } } as const;

/** An enterprise as stored; the town and the account count when the query included them. */
type TEnterpriseRow = Prisma.EnterpriseGetPayload<object> & { town?: { name: string } | null; _count?: { users: number } };

export function toEnterpriseDto(row: TEnterpriseRow): TEnterprise {
  return {
    id: row.id,
    creditCode: row.creditCode,
    name: row.name,
    townId: row.townId,
    townName: row.town?.name ?? null,
    address: row.address,
    industryCode: row.industryCode,
    employees: row.employees,
    revenueWan: row.revenueWan,
    assetsWan: row.assetsWan,
    confirmedEmployees: row.confirmedEmployees ?? null,
    confirmedRevenueWan: row.confirmedRevenueWan ?? null,
    confirmedAssetsWan: row.confirmedAssetsWan ?? null,
    figuresConfirmedAt: row.figuresConfirmedAt ? row.figuresConfirmedAt.toISOString() : null,
    figuresSelfReported: selfReported(row),
    // enum-like text columns, written only through the schemas' enums
    sizeClass: row.sizeClass as TEnterprise["sizeClass"],
    foundedOn: row.foundedOn ? row.foundedOn.toISOString().slice(0, 10) : null,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    tier: row.tier as TEnterprise["tier"],
    tags: row.tags ?? [],
    description: row.description,
    accountCount: row._count?.users ?? 0,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const duplicateCreditCode = (code: string, holder: string): TLabel => ({
  zh: `统一社会信用代码 ${code} 已登记（${holder}），不能重复登记`,
  en: `Credit code ${code} is already registered (${holder}); it cannot be registered twice`,
});

export type TCodeProblem = { conflict: boolean; message: TLabel };

/** The credit code's own problems (shape, check digit), then whether another record holds it. */
export async function checkCreditCode(db: TDbTx, code: string, exceptId?: string): Promise<TCodeProblem | null> {
  const problem = creditCodeProblem(code);
  if (problem) return { conflict: false, message: problem };
  const other = await db.enterprise.findUnique({ where: { creditCode: code }, select: { id: true, name: true } });
  return other && other.id !== exceptId ? { conflict: true, message: duplicateCreditCode(code, other.name) } : null;
}

export function creditCodeError(p: TCodeProblem, path = "creditCode") {
  return new AppError(p.conflict ? "CONFLICT" : "VALIDATION", p.message, [{ path, message: p.message }]);
}

async function assertTown(ctx: TContext, townId: string | null | undefined) {
  if (!townId) return;
  if (!(await ctx.db.town.findUnique({ where: { id: townId }, select: { id: true } })))
    throw AppError.validation("townId", { zh: "所属镇街不存在", en: "The town does not exist" });
}

type TRowFields = {
  name: string;
  address?: string | null;
  industryCode?: string | null;
  tags?: string[];
  description?: string | null;
  creditCode: string;
};

/** The three figures an enterprise reports and a town admin confirms (issue 11 point 11). */
export const FIGURES = [
  ["employees", "confirmedEmployees"],
  ["revenueWan", "confirmedRevenueWan"],
  ["assetsWan", "confirmedAssetsWan"],
] as const;
type TFigures = { [K in (typeof FIGURES)[number][number]]?: number | null };

/** The reported figures are not (all) confirmed: the enterprise set them itself. */
export const selfReported = (row: TFigures) =>
  FIGURES.some(([reported, confirmed]) => (row[reported] ?? null) !== (row[confirmed] ?? null));

/** The row's confirmed figures, as the size rule reads them. */
export const confirmedFigures = (row: TFigures) => ({
  employees: row.confirmedEmployees ?? null,
  revenueWan: row.confirmedRevenueWan ?? null,
  assetsWan: row.confirmedAssetsWan ?? null,
});

/**
 * The confirmed columns a write sets: staff entries count as confirmed, but only for the
 * figures staff actually changed (an edit form sends the enterprise's unconfirmed figures back
 * unchanged; that is no confirmation). An enterprise's own entries are never confirmed.
 */
function confirmedBy(ctx: TContext, existing: TFigures | null, input: TFigures) {
  if (!ctx.user || ctx.user.role === "ENTERPRISE") return {};
  const out: Record<string, unknown> = {};
  for (const [reported, confirmed] of FIGURES) {
    const v = input[reported];
    if (v === undefined || (existing && (existing[reported] ?? null) === v)) continue;
    out[confirmed] = v;
  }
  return Object.keys(out).length ? { ...out, figuresConfirmedAt: ctx.now(), figuresConfirmedById: ctx.user.id } : {};
}

/** Derived columns, recomputed on every write: the size class (from the confirmed figures) and the search text. */
async function derived(db: TDbTx, row: TRowFields & TFigures & { townId?: string | null }) {
  const town = row.townId ? await db.town.findUnique({ where: { id: row.townId }, select: { name: true } }) : null;
  return {
    sizeClass: sizeClassOf({ industryCode: row.industryCode, ...confirmedFigures(row) }),
    searchText: searchTextFor(
      row.name,
      row.creditCode,
      row.address,
      row.description,
      (row.tags ?? []).join(" "),
      industryLabel(row.industryCode),
      town?.name,
    ),
  };
}

const dateOrNull = (s: string | null | undefined) => (s ? new Date(`${s}T00:00:00Z`) : s === null ? null : undefined);

/** Row data for a new enterprise. Town admins create in their own town only (checked by the resource's scope). */
export async function prepareEnterpriseCreate(ctx: TContext, input: TEnterpriseCreate) {
  const problem = await checkCreditCode(ctx.db, input.creditCode);
  if (problem) throw creditCodeError(problem);
  const townId = input.townId ?? (ctx.user?.role === "TOWN_ADMIN" ? ctx.user.townId : null);
  await assertTown(ctx, townId);
  const data = { ...input, townId, foundedOn: dateOrNull(input.foundedOn) ?? null, ...confirmedBy(ctx, null, input) };
  return { id: newId(), ...data, ...(await derived(ctx.db, data)) };
}

export async function prepareEnterpriseUpdate(ctx: TContext, existing: TEnterpriseRow, input: TEnterpriseUpdate) {
  if (ctx.user?.role === "ENTERPRISE") {
    const locked = ENTERPRISE_ADMIN_ONLY_FIELDS.filter((f) => input[f] !== undefined && input[f] !== existing[f]);
    if (locked.length)
      throw new AppError(
        "FORBIDDEN",
        {
          zh: "企业用户不能修改统一社会信用代码和所属镇街，请联系镇街企业服务部门",
          en: "Enterprise accounts cannot change the credit code or town; please contact your town's enterprise service office",
        },
        locked.map((f) => ({ path: f, message: { zh: "由管理员维护", en: "Maintained by staff" } })),
      );
  }
  if (input.creditCode !== undefined && input.creditCode !== existing.creditCode) {
    const problem = await checkCreditCode(ctx.db, input.creditCode, existing.id);
    if (problem) throw creditCodeError(problem);
  }
  if (input.townId !== undefined) await assertTown(ctx, input.townId);
  const confirmed = confirmedBy(ctx, existing, input);
  const merged = { ...existing, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)), ...confirmed };
  const { foundedOn, ...rest } = input;
  return {
    ...rest,
    ...confirmed,
    ...(foundedOn !== undefined ? { foundedOn: dateOrNull(foundedOn) } : {}),
    ...(await derived(ctx.db, merged)),
  };
}

/** A town (or district) admin confirms the figures an enterprise reported: they then count. */
export async function confirmEnterpriseFigures(ctx: TContext, existing: TEnterpriseRow) {
  const confirmed = Object.fromEntries(FIGURES.map(([reported, c]) => [c, existing[reported] ?? null]));
  const merged = { ...existing, ...confirmed };
  return { ...confirmed, figuresConfirmedAt: ctx.now(), figuresConfirmedById: ctx.user!.id, ...(await derived(ctx.db, merged)) };
}

export const tierLabel = (t: string, lang: "zh" | "en") => CultivationTier.label(t as TEnterprise["tier"], lang);
