import { z } from "zod";
import { AppError, dateOfDay, dayOrNull, isoOrNull, searchTextFor, shanghaiDate } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineExport, defineResource, procedure, router, type TContext } from "@qifu/trpc-core";
import {
  AchievementStatus,
  TechField,
  TransferMode,
  ZAchievement,
  ZAchievementCreate,
  ZAchievementFilter,
  ZAchievementNeeds,
  ZAchievementUpdate,
  ZPublicAchievements,
  ZPublicAchievementSearch,
  ZReview,
  type TAchievement,
  type TAchievementCreate,
  type TAchievementUpdate,
} from "../schemas";
import {
  ACHIEVEMENT_LABEL,
  achievementReadScope,
  achievementWriteScope,
  checkProvider,
  NODE_STAFF,
  needScope,
  reviewScope,
  TT_STAFF,
  wan,
} from "./access";
import { techMatcher, type TAchievementOffer } from "./matching";
import { NEED_INCLUDE, toNeedDto, toNeedProfile } from "./needs-dto";

export const ACHIEVEMENT_INCLUDE = {
  providerNode: { select: { name: true, townId: true, town: { select: { name: true } } } },
} satisfies Prisma.TechAchievementInclude;
export type TAchievementRow = Prisma.TechAchievementGetPayload<{ include: typeof ACHIEVEMENT_INCLUDE }>;

export function toAchievementDto(r: TAchievementRow): TAchievement {
  return {
    id: r.id,
    providerNodeId: r.providerNodeId,
    providerName: r.providerNode.name,
    providerTownName: r.providerNode.town?.name ?? null,
    title: r.title,
    field: r.field as TAchievement["field"],
    keywords: r.keywords,
    maturity: r.maturity,
    mode: r.mode as TAchievement["mode"],
    priceMinFen: Number(r.priceMinFen),
    priceMaxFen: Number(r.priceMaxFen),
    contact: r.contact,
    description: r.description,
    status: r.status as TAchievement["status"],
    reviewNote: r.reviewNote,
    reviewedOn: dayOrNull(r.reviewedOn),
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

export const toOffer = (r: TAchievementRow): TAchievementOffer => ({
  id: r.id,
  title: r.title,
  field: r.field as TAchievementOffer["field"],
  keywords: r.keywords,
  maturity: r.maturity,
  mode: r.mode as TAchievementOffer["mode"],
  priceMinFen: Number(r.priceMinFen),
  priceMaxFen: Number(r.priceMaxFen),
  townId: r.providerNode.townId,
  townName: r.providerNode.town?.name ?? null,
});

const searchText = (a: { title: string; description?: string | null; keywords?: readonly string[] }, provider: string) =>
  searchTextFor(a.title, a.description, (a.keywords ?? []).join(" "), provider);

function checkPrice(a: { priceMinFen: bigint | number; priceMaxFen: bigint | number }) {
  if (Number(a.priceMinFen) > Number(a.priceMaxFen))
    throw AppError.validation("priceMaxFen", { zh: "最高报价不能低于最低报价", en: "The highest price cannot be below the lowest" });
}

/** A new achievement waits for review; the provider's staff offer their own node's. */
async function prepareCreate(ctx: TContext, input: TAchievementCreate) {
  checkPrice(input);
  const node = await checkProvider(ctx, input.providerNodeId);
  return {
    id: newId(),
    ...input,
    priceMinFen: BigInt(input.priceMinFen),
    priceMaxFen: BigInt(input.priceMaxFen),
    status: "PENDING",
    searchText: searchText(input, node.name),
  };
}

/** A changed achievement goes back to review (what the public sees was reviewed). */
async function prepareUpdate(ctx: TContext, existing: TAchievementRow, input: TAchievementUpdate) {
  const merged = { ...existing, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as TAchievementRow;
  checkPrice(merged);
  const node = input.providerNodeId ? await checkProvider(ctx, input.providerNodeId) : existing.providerNode;
  return {
    ...input,
    ...(input.priceMinFen !== undefined ? { priceMinFen: BigInt(input.priceMinFen) } : {}),
    ...(input.priceMaxFen !== undefined ? { priceMaxFen: BigInt(input.priceMaxFen) } : {}),
    status: "PENDING",
    searchText: searchText(merged, node.name),
  };
}

export const achievementsResource = defineResource({
  name: "techAchievements",
  label: ACHIEVEMENT_LABEL,
  model: (db) => db.techAchievement,
  searchTable: "tech_achievement",
  include: ACHIEVEMENT_INCLUDE,
  schemas: { create: ZAchievementCreate, update: ZAchievementUpdate, filter: ZAchievementFilter, dto: ZAchievement },
  sortable: ["title", "field", "maturity", "status", "priceMinFen", "updatedAt"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  policy: {
    read: [...TT_STAFF, ...NODE_STAFF],
    create: ["DISTRICT_ADMIN", ...NODE_STAFF],
    update: ["DISTRICT_ADMIN", ...NODE_STAFF],
    delete: ["DISTRICT_ADMIN"],
  },
  scope: { read: achievementReadScope, write: achievementWriteScope },
  outOfScope: { zh: "只能管理本机构的科技成果", en: "You can only manage your own institution's achievements" },
  filterToWhere: (f) => ({
    ...(f.field ? { field: f.field } : {}),
    ...(f.mode ? { mode: f.mode } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.providerNodeId ? { providerNodeId: f.providerNodeId } : {}),
  }),
  toDto: toAchievementDto,
  prepareCreate,
  prepareUpdate,
  beforeDelete: async (ctx, existing: TAchievementRow) => {
    if (await ctx.db.techContact.count({ where: { achievementId: existing.id } }))
      throw new AppError("CONFLICT", {
        zh: "已有企业对接该成果，不能删除；可将其下架",
        en: "Enterprises have contacted this achievement: withdraw it instead of deleting it",
      });
  },
});

export const achievementsExport = defineExport<TAchievement>(achievementsResource, {
  policy: [...TT_STAFF, ...NODE_STAFF],
  columns: [
    { header: { zh: "成果名称", en: "Title" }, width: 30, value: (r) => r.title },
    { header: { zh: "成果提供方", en: "Provider" }, width: 28, value: (r) => r.providerName },
    { header: { zh: "技术领域", en: "Field" }, width: 16, value: (r, lang) => TechField.label(r.field, lang) },
    { header: { zh: "关键词", en: "Keywords" }, width: 20, value: (r) => r.keywords.join("、") },
    { header: { zh: "成熟度（TRL）", en: "Maturity (TRL)" }, value: (r) => r.maturity },
    { header: { zh: "转化方式", en: "Mode" }, value: (r, lang) => TransferMode.label(r.mode, lang) },
    { header: { zh: "报价", en: "Price" }, width: 20, value: (r) => `${wan(r.priceMinFen)}–${wan(r.priceMaxFen)}` },
    { header: { zh: "联系方式", en: "Contact" }, width: 20, value: (r) => r.contact },
    { header: { zh: "状态", en: "Status" }, value: (r, lang) => AchievementStatus.label(r.status, lang) },
    { header: { zh: "审核意见", en: "Review note" }, width: 20, value: (r) => r.reviewNote },
  ],
});

/** How many needs one reverse match weighs (newest first). */
export const NEED_CANDIDATES = 2_000;
const PUBLIC_WHERE = { status: "PUBLISHED", providerNode: { status: "ACTIVE" } };

export const achievementsRouter = router({
  export: achievementsExport,

  /** 审核: the district, or the town admin of the provider's town, publishes or returns a pending achievement, or withdraws a published one. */
  review: procedure(TT_STAFF, { description: "Publish, return or withdraw an achievement after review" })
    .input(ZReview)
    .output(ZAchievement)
    .mutation(async ({ ctx, input }) => {
      const row = await ctx.db.techAchievement.findFirst({ where: { AND: [{ id: input.id }, reviewScope(ctx.user)] } });
      if (!row) throw AppError.notFound(ACHIEVEMENT_LABEL);
      const allowed = input.decision === "WITHDRAW" ? row.status === "PUBLISHED" : row.status === "PENDING";
      if (!allowed)
        throw new AppError("CONFLICT", {
          zh: input.decision === "WITHDRAW" ? "只有已发布的成果可以下架" : "只有待审核的成果可以审核",
          en:
            input.decision === "WITHDRAW" ? "Only a published achievement can be withdrawn" : "Only a pending achievement can be reviewed",
        });
      const status = input.decision === "PUBLISH" ? "PUBLISHED" : input.decision === "REJECT" ? "REJECTED" : "WITHDRAWN";
      return toAchievementDto(
        await ctx.db.techAchievement.update({
          where: { id: row.id },
          data: {
            status,
            reviewNote: input.decision === "PUBLISH" ? null : input.note,
            reviewedBy: ctx.user!.displayName,
            reviewedOn: dateOfDay(shanghaiDate(ctx.now()))!,
          },
          include: ACHIEVEMENT_INCLUDE,
        }),
      );
    }),

  /** The public sees published achievements of active providers, with the full-text search. */
  publicList: procedure("public", { description: "Published achievements, for the public site" })
    .input(ZPublicAchievementSearch)
    .output(ZPublicAchievements)
    .query(async ({ ctx, input }) => {
      const search = input.q?.trim() ? await achievementsResource.searchIds(ctx, input.q) : null;
      const where = { AND: [PUBLIC_WHERE, input.field ? { field: input.field } : {}, search ?? {}] };
      const [rows, total] = await Promise.all([
        ctx.db.techAchievement.findMany({
          where,
          include: ACHIEVEMENT_INCLUDE,
          orderBy: [{ maturity: "desc" }, { title: "asc" }, { id: "asc" }],
          skip: (input.page - 1) * input.perPage,
          take: input.perPage,
        }),
        ctx.db.techAchievement.count({ where }),
      ]);
      return { data: rows.map((r) => ({ ...toAchievementDto(r), reviewNote: null })), total };
    }),

  /**
   * The reverse direction: for one achievement of the caller's scope, the open needs the caller
   * may read ranked by the same criteria (a provider: the needs contacted to its achievements;
   * the district all), eligible first, then the excluded with why.
   */
  matchingNeeds: procedure(["DISTRICT_ADMIN", ...NODE_STAFF], { description: "Open needs ranked for one achievement" })
    .input(z.object({ achievementId: z.string().min(1).max(64) }))
    .output(ZAchievementNeeds)
    .query(async ({ ctx, input }) => {
      const a = await ctx.db.techAchievement.findFirst({
        where: { AND: [{ id: input.achievementId }, achievementWriteScope(ctx.user)] },
        include: ACHIEVEMENT_INCLUDE,
      });
      if (!a) throw AppError.notFound(ACHIEVEMENT_LABEL);
      const needs = await ctx.db.techNeed.findMany({
        where: { AND: [needScope(ctx.user), { status: "OPEN" }] },
        include: NEED_INCLUDE,
        orderBy: [{ postedOn: "desc" }, { id: "asc" }],
        take: NEED_CANDIDATES,
      });
      const byId = new Map(needs.map((n) => [n.id, n]));
      const today = shanghaiDate(ctx.now());
      const result = techMatcher.matchReverse(
        toOffer(a),
        needs.map((n) => toNeedProfile(n, today)),
      );
      const row = (m: (typeof result.matches)[number], eligible: boolean) => ({
        need: toNeedDto(byId.get(m.item.id)!), // every profile was made from one of these rows
        score: m.score,
        eligible,
        reasons: m.reasons,
        concerns: m.concerns,
        failed: m.failed.map((f) => f.reason!),
      });
      return { data: [...result.matches.map((m) => row(m, true)), ...result.excluded.map((m) => row(m, false))], considered: needs.length };
    }),
});
