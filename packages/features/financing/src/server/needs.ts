import { z } from "zod";
import { AppError, CultivationTier, isoOrNull, dayOrNull, shanghaiDate, dateOfDay } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineExport, defineResource, procedure, router, type TContext } from "@qifu/trpc-core";
import {
  Collateral,
  MATCHMAKING_SERIES_CODE,
  NeedStatus,
  Urgency,
  ZMatchmakingEvent,
  ZNeed,
  ZNeedFilter,
  ZNeedMatches,
  ZNeedPost,
  type TNeed,
  type TNeedPost,
} from "../schemas";
import { FINANCING_STAFF, INSTITUTION, myEnterpriseId, NEED_LABEL, needScope, wan } from "./access";
import { financingMatcher, NEED_PROFILE_INCLUDE, toNeedProfile } from "./matching";
import { PRODUCT_INCLUDE, toOffer, toProductDto } from "./products";

const NEED_INCLUDE = {
  ...NEED_PROFILE_INCLUDE,
  town: { select: { name: true } },
  activity: { select: { title: true } },
} satisfies Prisma.FinancingNeedInclude;
type TNeedRow = Prisma.FinancingNeedGetPayload<{ include: typeof NEED_INCLUDE }>;
function toNeedDto(r: TNeedRow): TNeed {
  return {
    id: r.id,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterprise.name,
    townId: r.townId,
    townName: r.town?.name ?? null,
    amountFen: Number(r.amountFen),
    purpose: r.purpose,
    termMonths: r.termMonths,
    collateral: r.collateral as TNeed["collateral"],
    urgency: r.urgency as TNeed["urgency"],
    status: r.status as TNeed["status"],
    postedOn: dayOrNull(r.postedOn)!,
    tier: r.enterprise.tier as TNeed["tier"],
    activityId: r.activityId,
    activityTitle: r.activity?.title ?? null,
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

/** How far back a need may name an event it did not register for (enterprises walk in to a 对接会). */
const RECENT_EVENT_DAYS = 180;
/** The 金融+ events a need may name: one the enterprise registered for, or any held in the last half year. */
const matchmakingEventsOf = (enterpriseId: string, now: Date) =>
  ({
    series: { code: MATCHMAKING_SERIES_CODE },
    status: "PUBLISHED",
    OR: [
      { registrations: { some: { enterpriseId, status: "REGISTERED" } } },
      { startsAt: { gte: new Date(now.getTime() - RECENT_EVENT_DAYS * 86_400_000), lte: now } },
    ],
  }) satisfies Prisma.ActivityWhereInput;

/** An enterprise posts its own need; its town (the town's scope) is the enterprise's, as of posting. */
async function prepareNeed(ctx: TContext, input: TNeedPost) {
  const enterpriseId = myEnterpriseId(ctx);
  const enterprise = await ctx.db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId }, select: { townId: true, name: true } });
  if (input.activityId) {
    const event = await ctx.db.activity.findFirst({
      where: { id: input.activityId, ...matchmakingEventsOf(enterpriseId, ctx.now()) },
      select: { id: true },
    });
    const message = {
      zh: "请选择本企业报名的或近半年举办的金融+对接会",
      en: "Choose a Finance+ matchmaking event you registered for or one held in the last six months",
    };
    if (!event) throw new AppError("VALIDATION", message, [{ path: "activityId", message }]);
  }
  return {
    id: newId(),
    ...input,
    amountFen: BigInt(input.amountFen),
    enterpriseId,
    townId: enterprise.townId,
    postedOn: dateOfDay(shanghaiDate(ctx.now()))!,
  };
}

export const needsResource = defineResource({
  name: "financingNeeds",
  label: NEED_LABEL,
  model: (db) => db.financingNeed,
  include: NEED_INCLUDE,
  // needs are posted, never edited: a changed need is a new one (the institutions answered the old)
  schemas: { create: ZNeedPost, update: ZNeedPost.partial(), filter: ZNeedFilter, dto: ZNeed },
  sortable: ["postedOn", "amountFen", "status", "updatedAt"],
  defaultSort: { field: "postedOn", order: "DESC" },
  policy: {
    read: [...FINANCING_STAFF, ...INSTITUTION, "ENTERPRISE"],
    create: ["ENTERPRISE"],
    update: ["ENTERPRISE"],
    delete: ["ENTERPRISE"],
  },
  scope: {
    read: needScope,
    write: (u) => (u?.role === "ENTERPRISE" && u.enterpriseId ? { enterpriseId: u.enterpriseId } : { id: { in: [] } }),
  },
  outOfScope: { zh: "只能发布本企业的融资需求", en: "You can only post your own enterprise's needs" },
  filterToWhere: (f) => ({
    ...(f.townId ? { townId: f.townId } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.q?.trim() ? { OR: [{ purpose: { contains: f.q.trim() } }, { enterprise: { name: { contains: f.q.trim() } } }] } : {}),
  }),
  toDto: toNeedDto,
  prepareCreate: prepareNeed,
  prepareUpdate: async () => {
    throw new AppError("CONFLICT", {
      zh: "融资需求发布后不能修改：如有变化，请发布新的需求",
      en: "A posted need cannot be changed: post a new one instead",
    });
  },
});

export const needsExport = defineExport<TNeed>(needsResource, {
  policy: [...FINANCING_STAFF, ...INSTITUTION, "ENTERPRISE"],
  columns: [
    { header: { zh: "发布日期", en: "Posted on" }, value: (r) => r.postedOn },
    { header: { zh: "企业", en: "Enterprise" }, width: 28, value: (r) => r.enterpriseName },
    { header: { zh: "镇街", en: "Town" }, value: (r) => r.townName },
    { header: { zh: "梯度", en: "Tier" }, width: 18, value: (r, lang) => CultivationTier.label(r.tier, lang) },
    { header: { zh: "金额", en: "Amount" }, value: (r) => wan(r.amountFen) },
    { header: { zh: "资金用途", en: "Use of funds" }, width: 28, value: (r) => r.purpose },
    { header: { zh: "期限（月）", en: "Term (months)" }, value: (r) => r.termMonths },
    { header: { zh: "抵质押物", en: "Collateral" }, value: (r, lang) => Collateral.label(r.collateral, lang) },
    { header: { zh: "紧急程度", en: "Urgency" }, value: (r, lang) => Urgency.label(r.urgency, lang) },
    { header: { zh: "状态", en: "Status" }, value: (r, lang) => NeedStatus.label(r.status, lang) },
    { header: { zh: "对接会", en: "Matchmaking event" }, width: 24, value: (r) => r.activityTitle },
  ],
});

/** How many products one need weighs (published, by name): the district has tens. */
export const PRODUCT_CANDIDATES = 2_000;

export const needsRouter = router({
  list: needsResource.router.list,
  get: needsResource.router.get,
  getMany: needsResource.router.getMany,
  /** 发布融资需求: the signed-in enterprise posts a need (amount, use, term, collateral, urgency). */
  create: needsResource.router.create,
  export: needsExport,

  /** 对接会: the 金融+ events the signed-in enterprise may name (registered for, or held lately), newest first (the need form's "raised at"). */
  events: procedure(["ENTERPRISE"], { description: "The Finance+ matchmaking events a need of the enterprise may name" })
    .input(z.object({}).optional())
    .output(z.array(ZMatchmakingEvent))
    .query(async ({ ctx }) => {
      const rows = await ctx.db.activity.findMany({
        where: matchmakingEventsOf(myEnterpriseId(ctx), ctx.now()),
        orderBy: { startsAt: "desc" },
        take: 50,
        select: { id: true, title: true, startsAt: true },
      });
      return rows.map((r) => ({ id: r.id, title: r.title, startsOn: shanghaiDate(r.startsAt) }));
    }),

  /** The published products for one of the enterprise's own needs, best first with the reasons; the excluded with why not. */
  matches: procedure(["ENTERPRISE"], { description: "Financing products matched to one of the enterprise's needs, with reasons" })
    .input(z.object({ needId: z.string().min(1).max(64) }))
    .output(ZNeedMatches)
    .query(async ({ ctx, input }) => {
      const need = await ctx.db.financingNeed.findFirst({
        where: { id: input.needId, enterpriseId: myEnterpriseId(ctx) },
        include: { ...NEED_PROFILE_INCLUDE, sendings: { select: { productId: true, nodeId: true } } },
      });
      if (!need) throw AppError.notFound(NEED_LABEL);
      const rows = await ctx.db.financingProduct.findMany({
        where: { status: "PUBLISHED", node: { status: "ACTIVE" } },
        include: PRODUCT_INCLUDE,
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: PRODUCT_CANDIDATES,
      });
      const byId = new Map(rows.map((r) => [r.id, r]));
      const sentNodes = new Set(need.sendings.map((s) => s.nodeId));
      const result = financingMatcher.match(toNeedProfile(need), rows.map(toOffer));
      const dto = (m: (typeof result.matches)[number]) => {
        const row = byId.get(m.item.id)!; // every offer was made from one of these rows
        return {
          product: toProductDto(row),
          score: m.score,
          reasons: m.reasons,
          concerns: m.concerns,
          failed: m.failed.map((f) => f.reason!),
          sent: sentNodes.has(row.nodeId),
        };
      };
      return { matches: result.matches.map(dto), excluded: result.excluded.map(dto), considered: rows.length };
    }),
});
