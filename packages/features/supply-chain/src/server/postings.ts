import { z } from "zod";
import { AppError, dateOfDay, dayOrNull, isoOrNull, shanghaiDate } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineExport, defineResource, procedure, router, type TContext } from "@qifu/trpc-core";
import {
  KeyChain,
  PostingKind,
  PostingStatus,
  ZPosting,
  ZPostingCreate,
  ZPostingFilter,
  ZPostingMatches,
  ZPostingUpdate,
  type TPosting,
  type TPostingCreate,
  type TPostingUpdate,
} from "../schemas";
import {
  actingEnterprise,
  checkLink,
  checkPeriod,
  linkName,
  linksOf,
  ownOrTown,
  POSTING_LABEL,
  postingReadScope,
  SUPPLY_CHAIN_STAFF,
} from "./access";
import { supplyChainMatcher, type TPostingProfile } from "./matching";

export const POSTING_INCLUDE = {
  enterprise: { select: { name: true, town: { select: { name: true } } } },
  cluster: { select: { links: true } },
} satisfies Prisma.SupplyChainPostingInclude;
export type TPostingRow = Prisma.SupplyChainPostingGetPayload<{ include: typeof POSTING_INCLUDE }>;

export function toPostingDto(r: TPostingRow): TPosting {
  return {
    id: r.id,
    // enum-like text columns, written only through the schemas' enums
    kind: r.kind as TPosting["kind"],
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterprise.name,
    townId: r.townId,
    townName: r.enterprise.town?.name ?? null,
    chain: r.chain as TPosting["chain"],
    clusterId: r.clusterId,
    linkKey: r.linkKey,
    linkName: linkName(linksOf(r.cluster.links), r.linkKey),
    product: r.product,
    quantity: r.quantity,
    unit: r.unit,
    specification: r.specification,
    periodFrom: dayOrNull(r.periodFrom)!,
    periodTo: dayOrNull(r.periodTo)!,
    status: r.status as TPosting["status"],
    procurementListId: r.procurementListId,
    onBehalf: r.postedById !== null,
    postedOn: dayOrNull(r.postedOn)!,
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

/** The matcher's view of a posting DTO. */
export const profileOf = (p: TPosting): TPostingProfile => ({
  id: p.id,
  clusterId: p.clusterId,
  linkKey: p.linkKey,
  linkName: p.linkName,
  product: p.product,
  specification: p.specification,
  quantity: p.quantity,
  unit: p.unit,
  periodFrom: p.periodFrom,
  periodTo: p.periodTo,
  townId: p.townId,
  townName: p.townName,
});

async function preparePosting(ctx: TContext, input: TPostingCreate) {
  const enterprise = await actingEnterprise(ctx, input.enterpriseId, "enterpriseId");
  const { chain } = await checkLink(ctx, input.clusterId, input.linkKey);
  checkPeriod(input.periodFrom, input.periodTo);
  return {
    id: newId(),
    kind: input.kind,
    enterpriseId: enterprise.id,
    townId: enterprise.townId,
    chain,
    clusterId: input.clusterId,
    linkKey: input.linkKey,
    product: input.product,
    quantity: input.quantity,
    unit: input.unit,
    specification: input.specification ?? null,
    periodFrom: dateOfDay(input.periodFrom)!,
    periodTo: dateOfDay(input.periodTo)!,
    postedById: ctx.user?.role === "ENTERPRISE" ? null : (ctx.user?.id ?? null),
    postedOn: dateOfDay(shanghaiDate(ctx.now()))!,
  };
}

async function preparePostingUpdate(_ctx: TContext, existing: TPostingRow, input: TPostingUpdate) {
  checkPeriod(input.periodFrom ?? dayOrNull(existing.periodFrom)!, input.periodTo ?? dayOrNull(existing.periodTo)!);
  return {
    ...input,
    ...(input.periodFrom !== undefined ? { periodFrom: dateOfDay(input.periodFrom) } : {}),
    ...(input.periodTo !== undefined ? { periodTo: dateOfDay(input.periodTo) } : {}),
  };
}

export const postingsResource = defineResource({
  name: "supplyChainPostings",
  label: POSTING_LABEL,
  model: (db) => db.supplyChainPosting,
  include: POSTING_INCLUDE,
  schemas: { create: ZPostingCreate, update: ZPostingUpdate, filter: ZPostingFilter, dto: ZPosting },
  sortable: ["postedOn", "product", "quantity", "status", "updatedAt"],
  defaultSort: { field: "postedOn", order: "DESC" },
  policy: {
    read: [...SUPPLY_CHAIN_STAFF, "ENTERPRISE"],
    create: [...SUPPLY_CHAIN_STAFF, "ENTERPRISE"],
    update: [...SUPPLY_CHAIN_STAFF, "ENTERPRISE"],
    delete: [...SUPPLY_CHAIN_STAFF, "ENTERPRISE"],
  },
  scope: { read: postingReadScope, write: ownOrTown("enterpriseId") },
  outOfScope: {
    zh: "只能发布或修改本企业（镇街：本镇街企业）的供需信息",
    en: "You can only post or change your own enterprise's (a town: its enterprises') postings",
  },
  filterToWhere: (f, ctx) => ({
    ...(f.mine ? { enterpriseId: ctx.user?.enterpriseId ?? "" } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.chain ? { chain: f.chain } : {}),
    ...(f.clusterId ? { clusterId: f.clusterId } : {}),
    ...(f.linkKey ? { linkKey: f.linkKey } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.townId ? { townId: f.townId } : {}),
    ...(f.enterpriseId ? { enterpriseId: f.enterpriseId } : {}),
    ...(f.procurementListId ? { procurementListId: f.procurementListId } : {}),
    ...(f.q?.trim() ? { OR: [{ product: { contains: f.q.trim() } }, { enterprise: { name: { contains: f.q.trim() } } }] } : {}),
  }),
  toDto: toPostingDto,
  prepareCreate: preparePosting,
  prepareUpdate: preparePostingUpdate,
});

export const postingsExport = defineExport<TPosting>(postingsResource, {
  policy: [...SUPPLY_CHAIN_STAFF, "ENTERPRISE"],
  columns: [
    { header: { zh: "发布日期", en: "Posted on" }, value: (r) => r.postedOn },
    { header: { zh: "类型", en: "Kind" }, value: (r, lang) => PostingKind.label(r.kind, lang) },
    { header: { zh: "企业", en: "Enterprise" }, width: 28, value: (r) => r.enterpriseName },
    { header: { zh: "镇街", en: "Town" }, value: (r) => r.townName },
    { header: { zh: "产业链", en: "Chain" }, width: 16, value: (r, lang) => KeyChain.label(r.chain, lang) },
    { header: { zh: "环节", en: "Link" }, width: 16, value: (r) => r.linkName ?? "—" },
    { header: { zh: "产品/服务", en: "Product" }, width: 24, value: (r) => r.product },
    { header: { zh: "数量", en: "Quantity" }, value: (r) => r.quantity },
    { header: { zh: "单位", en: "Unit" }, value: (r) => r.unit },
    { header: { zh: "规格要求", en: "Specification" }, width: 28, value: (r) => r.specification ?? "" },
    { header: { zh: "供需期", en: "Period" }, width: 24, value: (r) => `${r.periodFrom}—${r.periodTo}` },
    { header: { zh: "状态", en: "Status" }, value: (r, lang) => PostingStatus.label(r.status, lang) },
  ],
});

/** How many counterpart postings one posting weighs (published, same chain, newest first). */
export const MATCH_CANDIDATES = 2_000;

export const postingsRouter = router({
  export: postingsExport,

  /**
   * The counterparts of one posting the caller may change (an enterprise its own; staff in their
   * town): a demand's suppliers, a supply's buyers, the same verdict per pair whichever side asks.
   * Contacts never leave here: they show on an accepted contact only.
   */
  matches: procedure([...SUPPLY_CHAIN_STAFF, "ENTERPRISE"], { description: "The matched counterparts of a posting, with reasons" })
    .input(z.object({ postingId: z.string().min(1).max(64) }))
    .output(ZPostingMatches)
    .query(async ({ ctx, input }) => {
      const row = await ctx.db.supplyChainPosting.findFirst({
        where: { AND: [{ id: input.postingId }, ownOrTown("enterpriseId")(ctx.user)] },
        include: POSTING_INCLUDE,
      });
      if (!row) throw AppError.notFound(POSTING_LABEL);
      const mine = toPostingDto(row);
      const rows = await ctx.db.supplyChainPosting.findMany({
        where: {
          kind: mine.kind === "DEMAND" ? "SUPPLY" : "DEMAND",
          status: "PUBLISHED",
          chain: mine.chain,
          enterpriseId: { not: mine.enterpriseId },
        },
        include: POSTING_INCLUDE,
        orderBy: [{ postedOn: "desc" }, { id: "asc" }],
        take: MATCH_CANDIDATES,
      });
      const others = rows.map(toPostingDto);
      const contacts = await ctx.db.supplyChainContact.findMany({
        where: mine.kind === "DEMAND" ? { demandId: mine.id } : { supplyId: mine.id },
        select: { id: true, status: true, demandId: true, supplyId: true },
      });
      const contactOf = (other: TPosting) => {
        const c = contacts.find((x) => (mine.kind === "DEMAND" ? x.supplyId : x.demandId) === other.id);
        return c ? { id: c.id, status: c.status as "REQUESTED" } : null;
      };
      const byId = new Map(others.map((o) => [o.id, o]));
      const result =
        mine.kind === "DEMAND"
          ? supplyChainMatcher.match(profileOf(mine), others.map(profileOf))
          : supplyChainMatcher.matchReverse(profileOf(mine), others.map(profileOf));
      const dto = (m: (typeof result.matches)[number]) => {
        const posting = byId.get(m.item.id)!; // every profile was made from one of these
        return {
          posting,
          score: m.score,
          reasons: m.reasons,
          concerns: m.concerns,
          failed: m.failed.map((f) => f.reason!),
          contact: contactOf(posting),
        };
      };
      return { matches: result.matches.map(dto), excluded: result.excluded.map(dto), considered: others.length };
    }),
});
