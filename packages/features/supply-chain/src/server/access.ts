import { AppError, type TLabel } from "@qifu/domain";
import { NO_ROWS, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import { ChainSegment, type TKeyChain } from "../schemas";

/** Console staff of the programme: the district, a town admin (its town), node staff (their node's town). */
export const SUPPLY_CHAIN_STAFF = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"] as const;
/** Who reads the figures: the district all, a town admin its town. */
export const FIGURES_STAFF = ["DISTRICT_ADMIN", "TOWN_ADMIN"] as const;

export const POSTING_LABEL: TLabel = { zh: "供需信息", en: "Supply or demand posting" };
export const CONTACT_LABEL: TLabel = { zh: "供需对接", en: "Supply-chain contact" };
export const LIST_LABEL: TLabel = { zh: "采购清单", en: "Procurement list" };
export const DEAL_LABEL: TLabel = { zh: "配套成交", en: "Supply-chain deal" };
export const VISIT_LABEL: TLabel = { zh: "走进企业活动", en: "Enterprise visit" };

/** The town a staff account answers for (a node's staff: the node's town); null for the district. */
export function staffTown(user: TSessionUser | null): string | null | undefined {
  if (user?.role === "DISTRICT_ADMIN") return null;
  if (user?.role === "TOWN_ADMIN" || user?.role === "NODE_OPERATOR") return user.townId ?? undefined;
  return undefined;
}

/** Rows with a `townId` column: the district all; a town admin and node staff their town; nobody else. */
export function townScope(user: TSessionUser | null): TWhere {
  const town = staffTown(user);
  return town === null ? {} : town ? { townId: town } : NO_ROWS;
}

/** Postings: staff by town; an enterprise its own and every published one (never the others' contacts: those are in no posting). */
export function postingReadScope(user: TSessionUser | null): TWhere {
  if (user?.role === "ENTERPRISE")
    return user.enterpriseId ? { OR: [{ enterpriseId: user.enterpriseId }, { status: "PUBLISHED" }] } : { status: "PUBLISHED" };
  return townScope(user);
}
/** Writes: staff by town; an enterprise only its own. */
export function ownOrTown(field: string) {
  return (user: TSessionUser | null): TWhere =>
    user?.role === "ENTERPRISE" ? (user.enterpriseId ? { [field]: user.enterpriseId } : NO_ROWS) : townScope(user);
}

/** The signed-in enterprise's id, or a clear refusal for an account whose claim is not approved yet. */
export function myEnterpriseId(ctx: TContext): string {
  const id = ctx.user?.enterpriseId;
  if (!id)
    throw new AppError("FORBIDDEN", {
      zh: "您的账号还没有关联企业：企业认领经审核通过后，即可发布供需信息",
      en: "Your account has no enterprise yet: once your enterprise claim is approved you can post supply and demand",
    });
  return id;
}

/** The enterprise a posting or list is for: an enterprise itself; staff name it (their scope is checked after writing). */
export async function actingEnterprise(ctx: TContext, given: string | null | undefined, field: string) {
  const id = ctx.user?.role === "ENTERPRISE" ? myEnterpriseId(ctx) : given;
  if (!id) throw AppError.validation(field, { zh: "请选择代为发布的企业", en: "Choose the enterprise you post for" });
  const e = await ctx.db.enterprise.findUnique({ where: { id }, select: { id: true, name: true, townId: true } });
  if (!e) throw AppError.validation(field, { zh: "企业不存在", en: "The enterprise does not exist" });
  return e;
}

export type TLink = { key: string; segment: (typeof ChainSegment.values)[number]; name: string };
/** A cluster's stored links (the clusters' JSON column), as they hold them. */
export function linksOf(raw: unknown): TLink[] {
  return Array.isArray(raw) ? (raw as TLink[]).filter((l) => l && typeof l.key === "string" && typeof l.name === "string") : [];
}
export const linkName = (links: TLink[], key: string | null) => (key ? (links.find((l) => l.key === key)?.name ?? null) : null);

/** The links of the named clusters, read once per request: clusterId → links. */
export async function linksByCluster(ctx: TContext, ids: Iterable<string | null>) {
  const wanted = [...new Set([...ids].filter((x): x is string => !!x))];
  const rows = wanted.length
    ? await ctx.db.industrialCluster.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true, links: true } })
    : [];
  return new Map(rows.map((r) => [r.id, { name: r.name, links: linksOf(r.links) }]));
}

/** An active cluster and one of its links: the chain is the cluster's. */
export async function checkLink(ctx: TContext, clusterId: string, key: string | null | undefined) {
  const cluster = await ctx.db.industrialCluster.findUnique({
    where: { id: clusterId },
    select: { chain: true, status: true, links: true },
  });
  if (!cluster || cluster.status !== "ACTIVE")
    throw AppError.validation("clusterId", { zh: "请选择培育中的产业集群", en: "Choose an active industrial cluster" });
  const links = linksOf(cluster.links);
  if (key !== undefined && key !== null && !links.some((l) => l.key === key))
    throw AppError.validation("linkKey", { zh: "该产业链没有这个环节", en: "This chain has no such link" });
  return { chain: cluster.chain as TKeyChain, links };
}

/** From ≤ to, with a clear message on the second field. */
export function checkPeriod(from: string | undefined, to: string | undefined, field = "periodTo") {
  if (from && to && from > to)
    throw AppError.validation(field, { zh: "供需期止不能早于供需期起", en: "The period cannot end before it starts" });
}

/** 1,234.5 万元 from fen. */
export const wan = (fen: number | bigint) => `${(Number(fen) / 1_000_000).toLocaleString("zh-CN", { maximumFractionDigits: 2 })}万元`;
