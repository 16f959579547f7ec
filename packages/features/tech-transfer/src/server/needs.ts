import { z } from "zod";
import { AppError, dateOfDay, shanghaiDate } from "@qifu/domain";
import { newId } from "@qifu/db";
import { defineExport, defineResource, procedure, router, type TContext } from "@qifu/trpc-core";
import {
  TechField,
  TechNeedStatus,
  WantedMode,
  ZNeed,
  ZNeedFilter,
  ZNeedMatches,
  ZNeedPost,
  ZNeedPostFor,
  type TNeed,
  type TNeedPost,
} from "../schemas";
import { myEnterpriseId, NEED_LABEL, NODE_STAFF, needScope, TT_STAFF, wan } from "./access";
import { ACHIEVEMENT_INCLUDE, toAchievementDto, toOffer } from "./achievements";
import { techMatcher } from "./matching";
import { NEED_INCLUDE, toNeedDto, toNeedProfile } from "./needs-dto";

/** The need's row: its town (the town's scope) is the enterprise's as of posting. */
async function needData(ctx: TContext, enterpriseId: string, input: TNeedPost, postedByNodeId: string | null) {
  const enterprise = await ctx.db.enterprise.findUnique({ where: { id: enterpriseId }, select: { townId: true } });
  if (!enterprise) throw AppError.validation("enterpriseId", { zh: "企业不存在", en: "The enterprise does not exist" });
  const today = shanghaiDate(ctx.now());
  if (input.deadline && input.deadline < today)
    throw AppError.validation("deadline", { zh: "期望解决期限不能早于今天", en: "The deadline cannot be in the past" });
  return {
    id: newId(),
    ...input,
    keywords: [...new Set(input.keywords)],
    budgetFen: input.budgetFen === null ? null : BigInt(input.budgetFen),
    deadline: input.deadline ? dateOfDay(input.deadline) : null,
    enterpriseId,
    townId: enterprise.townId,
    postedOn: dateOfDay(today)!,
    postedByNodeId,
  };
}

export const needsResource = defineResource({
  name: "techNeeds",
  label: NEED_LABEL,
  model: (db) => db.techNeed,
  include: NEED_INCLUDE,
  // needs are posted, never edited: a changed need is a new one (providers answered the old)
  schemas: { create: ZNeedPost, update: ZNeedPost.partial(), filter: ZNeedFilter, dto: ZNeed },
  sortable: ["postedOn", "field", "budgetFen", "status", "updatedAt"],
  defaultSort: { field: "postedOn", order: "DESC" },
  policy: { read: [...TT_STAFF, ...NODE_STAFF, "ENTERPRISE"], create: ["ENTERPRISE"], update: ["ENTERPRISE"], delete: ["ENTERPRISE"] },
  scope: {
    read: needScope,
    write: (u) => (u?.role === "ENTERPRISE" && u.enterpriseId ? { enterpriseId: u.enterpriseId } : { id: { in: [] } }),
  },
  outOfScope: { zh: "只能发布本企业的技术需求", en: "You can only post your own enterprise's needs" },
  filterToWhere: (f) => ({
    ...(f.townId ? { townId: f.townId } : {}),
    ...(f.field ? { field: f.field } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.q?.trim() ? { OR: [{ problem: { contains: f.q.trim() } }, { enterprise: { name: { contains: f.q.trim() } } }] } : {}),
  }),
  toDto: toNeedDto,
  prepareCreate: (ctx, input: TNeedPost) => needData(ctx, myEnterpriseId(ctx), input, null),
  prepareUpdate: async () => {
    throw new AppError("CONFLICT", {
      zh: "技术需求发布后不能修改：如有变化，请发布新的需求",
      en: "A posted need cannot be changed: post a new one instead",
    });
  },
});

export const needsExport = defineExport<TNeed>(needsResource, {
  policy: [...TT_STAFF, ...NODE_STAFF, "ENTERPRISE"],
  columns: [
    { header: { zh: "发布日期", en: "Posted on" }, value: (r) => r.postedOn },
    { header: { zh: "企业", en: "Enterprise" }, width: 28, value: (r) => r.enterpriseName },
    { header: { zh: "镇街", en: "Town" }, value: (r) => r.townName },
    { header: { zh: "技术领域", en: "Field" }, width: 16, value: (r, lang) => TechField.label(r.field, lang) },
    { header: { zh: "技术难题", en: "Problem" }, width: 36, value: (r) => r.problem },
    { header: { zh: "关键词", en: "Keywords" }, width: 20, value: (r) => r.keywords.join("、") },
    { header: { zh: "预算", en: "Budget" }, value: (r) => (r.budgetFen === null ? "" : wan(r.budgetFen)) },
    { header: { zh: "期望解决期限", en: "Deadline" }, value: (r) => r.deadline },
    { header: { zh: "期望合作方式", en: "Wanted mode" }, value: (r, lang) => WantedMode.label(r.wantedMode, lang) },
    { header: { zh: "状态", en: "Status" }, value: (r, lang) => TechNeedStatus.label(r.status, lang) },
    { header: { zh: "代为发布", en: "Posted by" }, width: 24, value: (r) => r.postedByName },
  ],
});

/** How many achievements one need weighs (published, by title): the district has hundreds at most. */
export const ACHIEVEMENT_CANDIDATES = 2_000;

export const needsRouter = router({
  list: needsResource.router.list,
  get: needsResource.router.get,
  getMany: needsResource.router.getMany,
  /** 发布技术需求: the signed-in enterprise posts a need. */
  create: needsResource.router.create,
  export: needsExport,

  /**
   * 代为发布: node staff (or a town or the district) post a need on an enterprise's behalf: a town
   * admin and a town's node for the town's enterprises, the district and district-level nodes for any.
   */
  postFor: procedure([...TT_STAFF, ...NODE_STAFF], { description: "Post a technology need on an enterprise's behalf" })
    .input(ZNeedPostFor)
    .output(ZNeed)
    .mutation(async ({ ctx, input }) => {
      const { enterpriseId, ...need } = input;
      const u = ctx.user!;
      const enterprise = await ctx.db.enterprise.findUnique({ where: { id: enterpriseId }, select: { townId: true } });
      const nodeTown = u.nodeId ? (await ctx.db.node.findUnique({ where: { id: u.nodeId }, select: { townId: true } }))?.townId : null;
      const town = u.role === "TOWN_ADMIN" ? u.townId : u.role === "NODE_OPERATOR" ? nodeTown : null;
      if (!enterprise || (u.role !== "DISTRICT_ADMIN" && town && enterprise.townId !== town) || (u.role === "TOWN_ADMIN" && !town))
        throw new AppError("FORBIDDEN", {
          zh: "只能为本镇街的企业代为发布需求",
          en: "You can only post for an enterprise of your own town",
        });
      const row = await ctx.db.techNeed.create({
        data: await needData(ctx, enterpriseId, need, u.role === "NODE_OPERATOR" ? (u.nodeId ?? null) : null),
        include: NEED_INCLUDE,
      });
      return toNeedDto(row);
    }),

  /** The published achievements for one of the enterprise's own needs, best first with the reasons; the excluded with why not. */
  matches: procedure(["ENTERPRISE"], { description: "Achievements matched to one of the enterprise's needs, with reasons" })
    .input(z.object({ needId: z.string().min(1).max(64) }))
    .output(ZNeedMatches)
    .query(async ({ ctx, input }) => {
      const need = await ctx.db.techNeed.findFirst({
        where: { id: input.needId, enterpriseId: myEnterpriseId(ctx) },
        include: { contacts: { select: { achievementId: true } } },
      });
      if (!need) throw AppError.notFound(NEED_LABEL);
      const rows = await ctx.db.techAchievement.findMany({
        where: { status: "PUBLISHED", providerNode: { status: "ACTIVE" } },
        include: ACHIEVEMENT_INCLUDE,
        orderBy: [{ title: "asc" }, { id: "asc" }],
        take: ACHIEVEMENT_CANDIDATES,
      });
      const byId = new Map(rows.map((r) => [r.id, r]));
      const contacted = new Set(need.contacts.map((c) => c.achievementId));
      const result = techMatcher.match(toNeedProfile(need, shanghaiDate(ctx.now())), rows.map(toOffer));
      const dto = (m: (typeof result.matches)[number]) => {
        const row = byId.get(m.item.id)!; // every offer was made from one of these rows
        return {
          achievement: { ...toAchievementDto(row), reviewNote: null },
          score: m.score,
          reasons: m.reasons,
          concerns: m.concerns,
          failed: m.failed.map((f) => f.reason!),
          contacted: contacted.has(row.id),
        };
      };
      return { matches: result.matches.map(dto), excluded: result.excluded.map(dto), considered: rows.length };
    }),
});
