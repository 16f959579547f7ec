import {
  categoriesForQuery,
  ServiceCategory,
  SizeClass,
  type TCultivationTier,
  type TServiceCategory,
  type TSizeClass,
} from "@qifu/domain";
import { OPEN_REQUEST_STATUSES } from "@qifu/feature-ledger/schemas";
import type { TContext, TWhere } from "@qifu/trpc-core";
import type { TServiceChannel } from "../../schemas";
import { readAudience } from "./audience";
import type { TAsked, TEnterpriseNeed, TProductOffer } from "./criteria";

/**
 * The two sides of the matching, read from the database (read-only): an enterprise's profile
 * and what it has asked for (its service requests and ledger records by category, its appeals
 * by the service categories their category's name names), and products as offers. The ledger's
 * and the appeals' tables are read here directly: a feature never imports another's server code.
 */
const YEAR_MS = 365.25 * 86_400_000;
const ENTERPRISE_SELECT = {
  id: true,
  name: true,
  townId: true,
  town: { select: { name: true } },
  industryCode: true,
  sizeClass: true,
  tier: true,
  foundedOn: true,
} as const;

type TEnterpriseRow = {
  id: string;
  name: string;
  townId: string | null;
  town: { name: string } | null;
  industryCode: string | null;
  sizeClass: string | null;
  tier: string;
  foundedOn: Date | null;
};

/** The service categories an appeal category's name speaks of ("融资" → 投资融资; "人才与用工" → 人才引进). */
async function appealCategoryMap(ctx: TContext): Promise<Map<string, TServiceCategory[]>> {
  const cats = await ctx.db.appealCategory.findMany({ select: { id: true, name: true } });
  return new Map(cats.map((c) => [c.id, categoriesForQuery(c.name)]));
}

/** Counts per (enterprise, service category) of requests, records and appeals of these enterprises. */
async function askedBy(ctx: TContext, enterpriseIds: string[]) {
  const where = { enterpriseId: { in: enterpriseIds } };
  const [requests, records, appeals, appealCats] = await Promise.all([
    ctx.db.serviceRequest.groupBy({ by: ["enterpriseId", "category"], where, _count: { _all: true } }),
    ctx.db.ledgerRecord.groupBy({ by: ["enterpriseId", "category"], where, _count: { _all: true } }),
    ctx.db.appeal.groupBy({ by: ["enterpriseId", "categoryId"], where, _count: { _all: true } }),
    appealCategoryMap(ctx),
  ]);
  const asked = new Map<string, Partial<Record<TServiceCategory, TAsked>>>();
  const add = (enterpriseId: string, category: string, field: keyof TAsked, n: number) => {
    if (!(ServiceCategory.values as readonly string[]).includes(category)) return;
    const mine = asked.get(enterpriseId) ?? {};
    const cell = (mine[category as TServiceCategory] ??= { requests: 0, records: 0, appeals: 0 });
    cell[field] += n;
    asked.set(enterpriseId, mine);
  };
  for (const r of requests) add(r.enterpriseId, r.category, "requests", r._count._all);
  for (const r of records) add(r.enterpriseId, r.category, "records", r._count._all);
  for (const r of appeals)
    for (const category of appealCats.get(r.categoryId) ?? []) add(r.enterpriseId, category, "appeals", r._count._all);
  return asked;
}

function toNeed(
  row: TEnterpriseRow,
  now: Date,
  asked: Partial<Record<TServiceCategory, TAsked>> | undefined,
  openProductIds: ReadonlySet<string>,
): TEnterpriseNeed {
  return {
    id: row.id,
    name: row.name,
    townId: row.townId,
    townName: row.town?.name ?? null,
    industryCode: row.industryCode,
    sizeClass: (SizeClass.values as readonly string[]).includes(row.sizeClass ?? "") ? (row.sizeClass as TSizeClass) : null,
    tier: row.tier as TCultivationTier,
    ageYears: row.foundedOn ? (now.getTime() - row.foundedOn.getTime()) / YEAR_MS : null,
    asked: asked ?? {},
    openProductIds,
  };
}

/** One enterprise as a need: the signed-in enterprise's own profile. */
export async function loadEnterpriseNeed(ctx: TContext, enterpriseId: string): Promise<TEnterpriseNeed | null> {
  const row = await ctx.db.enterprise.findUnique({ where: { id: enterpriseId }, select: ENTERPRISE_SELECT });
  if (!row) return null;
  const [asked, open] = await Promise.all([
    askedBy(ctx, [enterpriseId]),
    ctx.db.serviceRequest.findMany({ where: { enterpriseId, status: { in: [...OPEN_REQUEST_STATUSES] } }, select: { productId: true } }),
  ]);
  return toNeed(row, ctx.now(), asked.get(enterpriseId), new Set(open.map((r) => r.productId)));
}

/**
 * The enterprises `where` selects as needs for one product, at most `cap` (by name, then id):
 * the ones with an open request for the product carry it, so the "in progress" criterion rules
 * them out the same way in both directions.
 */
export async function loadEnterpriseNeeds(ctx: TContext, where: TWhere, productId: string, cap: number): Promise<TEnterpriseNeed[]> {
  const rows = await ctx.db.enterprise.findMany({ where, select: ENTERPRISE_SELECT, orderBy: [{ name: "asc" }, { id: "asc" }], take: cap });
  const ids = rows.map((r) => r.id);
  const [asked, open] = await Promise.all([
    askedBy(ctx, ids),
    ctx.db.serviceRequest.findMany({
      where: { productId, enterpriseId: { in: ids }, status: { in: [...OPEN_REQUEST_STATUSES] } },
      select: { enterpriseId: true },
    }),
  ]);
  const openFor = new Set(open.map((r) => r.enterpriseId));
  const none = new Set<string>();
  const mine = new Set([productId]);
  const now = ctx.now();
  return rows.map((r) => toNeed(r, now, asked.get(r.id), openFor.has(r.id) ? mine : none));
}

type TProductRow = {
  id: string;
  category: string;
  townId: string | null;
  node?: { town?: { name: string } | null } | null;
  feeFree: boolean;
  feeAmountFen: number | null;
  feeUnit: string | null;
  channel: string;
  targetEnterprises: string | null;
};

export function toOffer(row: TProductRow): TProductOffer {
  return {
    id: row.id,
    category: row.category as TServiceCategory,
    townId: row.townId,
    townName: row.node?.town?.name ?? null,
    feeFree: row.feeFree,
    feeAmountFen: row.feeAmountFen,
    feeUnit: row.feeUnit,
    channel: row.channel as TServiceChannel,
    audience: readAudience(row.targetEnterprises),
  };
}
