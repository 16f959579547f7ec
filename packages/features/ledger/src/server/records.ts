import { z } from "zod";
import { AppError, type TLabel } from "@qifu/domain";
import { newId } from "@qifu/db";
import { defineResource, procedure, router, ZPagination, type TContext, type TWhere } from "@qifu/trpc-core";
import {
  FOLLOW_UP_AT_OR_BELOW,
  RETURN_VISIT_AFTER_DAYS,
  SATISFIED_FROM,
  ZRate,
  ZRecord,
  ZRecordCreate,
  ZRecordFilter,
  ZRecordUpdate,
  ZVisit,
  type TRecordCreate,
} from "../schemas";
import { attachEvidence, evidenceOf } from "./evidence";
import {
  dateOf,
  LEDGER_READERS,
  LEDGER_STAFF,
  ledgerScope,
  nodeFor,
  outOfScope,
  RECORD,
  RECORD_INCLUDE,
  shanghaiToday,
  staffReaches,
  staffScope,
  SUPERVISORS,
  supervisorScope,
  toRecordDto,
} from "./ledger-service";
import { notifyLowRating, notifyToRate } from "./notify";

/** Checks shared by a record written by hand, by import and on delivery of a request. */
export async function checkDelivery(ctx: TContext, input: { servedOn: string }, field = "servedOn") {
  if (input.servedOn > shanghaiToday(ctx.now()))
    throw AppError.validation(field, { zh: "服务日期不能晚于今天", en: "The service date cannot be in the future" });
  if (input.servedOn < "2000-01-01") throw AppError.validation(field, { zh: "服务日期不正确", en: "Invalid service date" });
}

/** Row data of a new ledger record written by staff (the caller must reach the node). */
export async function prepareRecordCreate(ctx: TContext, input: Omit<TRecordCreate, "fileIds">, source: "DIRECT" | "IMPORT" = "DIRECT") {
  const node = await nodeFor(ctx, input.nodeId);
  if (!staffReaches(ctx.user, node)) throw outOfScope();
  if (!(await ctx.db.enterprise.findUnique({ where: { id: input.enterpriseId }, select: { id: true } })))
    throw AppError.validation("enterpriseId", { zh: "企业不存在", en: "The enterprise does not exist" });
  if (input.productId) {
    const product = await ctx.db.serviceProduct.findUnique({ where: { id: input.productId }, select: { nodeId: true } });
    if (!product || product.nodeId !== node.id)
      throw AppError.validation("productId", {
        zh: "服务产品不存在或不属于该节点",
        en: "The product does not exist or is not this node's",
      });
  }
  await checkDelivery(ctx, input);
  return {
    id: newId(),
    enterpriseId: input.enterpriseId,
    nodeId: node.id,
    townId: node.townId,
    productId: input.productId ?? null,
    category: input.category,
    channel: input.channel,
    servedOn: dateOf(input.servedOn),
    staffName: input.staffName,
    summary: input.summary,
    source,
    createdById: ctx.user?.id ?? null,
  };
}

function filterToWhere(f: z.infer<typeof ZRecordFilter>): TWhere {
  const served: Record<string, Date> = {};
  if (f.year) Object.assign(served, { gte: dateOf(`${f.year}-01-01`), lt: dateOf(`${f.year + 1}-01-01`) });
  if (f.servedFrom) served.gte = dateOf(f.servedFrom);
  if (f.servedTo) served.lte = dateOf(f.servedTo);
  return {
    ...(f.townId ? { townId: f.townId } : {}),
    ...(f.nodeId ? { nodeId: f.nodeId } : {}),
    ...(f.enterpriseId ? { enterpriseId: f.enterpriseId } : {}),
    ...(f.category ? { category: f.category } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
    ...(f.source ? { source: f.source } : {}),
    ...(Object.keys(served).length ? { servedOn: served } : {}),
    ...(f.rated === true ? { ratedAt: { not: null } } : f.rated === false ? { ratedAt: null } : {}),
  };
}

/** `ledgerRecords`: the ledger (台账). Staff keep their node's / town's; an enterprise reads its own. */
export const recordsResource = defineResource({
  name: "ledgerRecords",
  label: RECORD,
  model: (db) => db.ledgerRecord,
  include: RECORD_INCLUDE,
  schemas: { create: ZRecordCreate, update: ZRecordUpdate, filter: ZRecordFilter, dto: ZRecord },
  sortable: ["servedOn", "createdAt", "updatedAt", "category", "channel", "nodeId", "townId", "ratingScore"],
  defaultSort: { field: "servedOn", order: "DESC" },
  policy: { read: LEDGER_READERS, create: LEDGER_STAFF, update: LEDGER_STAFF, delete: LEDGER_STAFF },
  scope: { read: ledgerScope, write: staffScope },
  filterToWhere,
  toDto: toRecordDto,
  prepareCreate: async (ctx, { fileIds, ...input }) => {
    const data = await prepareRecordCreate(ctx, input);
    await attachEvidence(ctx, data.id, fileIds);
    await notifyToRate(ctx, data);
    return data;
  },
  prepareUpdate: async (ctx, existing, input) => {
    if (existing.ratedAt)
      throw new AppError("CONFLICT", { zh: "企业已评价的服务记录不能修改", en: "A record the enterprise has rated cannot be changed" });
    if (input.productId) {
      const product = await ctx.db.serviceProduct.findUnique({ where: { id: input.productId }, select: { nodeId: true } });
      if (!product || product.nodeId !== existing.nodeId)
        throw AppError.validation("productId", {
          zh: "服务产品不存在或不属于该节点",
          en: "The product does not exist or is not this node's",
        });
    }
    if (input.servedOn) await checkDelivery(ctx, { servedOn: input.servedOn });
    return { ...input, ...(input.servedOn ? { servedOn: dateOf(input.servedOn) } : {}) };
  },
  beforeDelete: async (_ctx, existing) => {
    if (existing.source === "REQUEST" || existing.ratedAt)
      throw new AppError("CONFLICT", {
        zh: "来自企业申请或已评价的服务记录不能删除",
        en: "A record from a request, or one already rated, cannot be deleted",
      });
  },
  outOfScope: {
    zh: "只能为本节点（镇街管理员：本镇街的节点）登记服务记录",
    en: "You can only record services of your own node (town admins: of your town's nodes)",
  },
});

const ZId = z.object({ id: z.string().min(1).max(64) });
const reasonsNeeded: TLabel = {
  zh: "评分为 3 分及以下时，请至少选择一项不满意原因",
  en: "For a score of 3 or less, choose at least one reason",
};

/** The rating columns for a score (reasons only for a low score, which needs at least one). */
function ratingData(score: number, reasons: string[], comment: string | null | undefined, via: "ENTERPRISE" | "VISIT", now: Date) {
  if (score < SATISFIED_FROM && reasons.length === 0) throw AppError.validation("reasons", reasonsNeeded);
  return {
    ratingScore: score,
    ratingReasons: score < SATISFIED_FROM ? [...new Set(reasons)] : [],
    ratingComment: comment ?? null,
    ratedAt: now,
    ratedVia: via,
  };
}

/** The first day whose unrated records are due for a return visit (calendar days, Asia/Shanghai). */
export function returnVisitCutoff(now: Date): Date {
  return new Date(dateOf(shanghaiToday(now)).getTime() - RETURN_VISIT_AFTER_DAYS * 86_400_000);
}

/**
 * Records waiting for a return-visit call (待回访), in the caller's supervision scope, not yet
 * called: unrated 7 or more days after the service, or rated 3 or less (to follow up).
 */
export function returnVisitWhere(ctx: Pick<TContext, "user" | "now">): TWhere {
  return {
    AND: [
      supervisorScope(ctx.user),
      { visitedAt: null },
      { OR: [{ ratedAt: null, servedOn: { lte: returnVisitCutoff(ctx.now()) } }, { ratingScore: { lte: FOLLOW_UP_AT_OR_BELOW } }] },
    ],
  };
}

/** Workflow procedures beside the resource: rating, the return-visit queue and calls, one record with its files. */
export const recordsWorkflow = router({
  /** The registry is scoped to towns, but a node serves enterprises from anywhere: name and code only. */
  enterpriseOptions: procedure(LEDGER_STAFF, { description: "Find an enterprise to record a service for (name or credit code)" })
    .input(z.object({ q: z.string().trim().max(50).optional(), ids: z.array(z.string().max(64)).max(20).optional() }))
    .output(z.array(z.object({ id: z.string(), name: z.string(), creditCode: z.string() })))
    .query(async ({ ctx, input }) => {
      const q = input.q?.trim();
      return ctx.db.enterprise.findMany({
        where: input.ids?.length
          ? { id: { in: input.ids } }
          : q
            ? { OR: [{ name: { contains: q } }, { creditCode: { startsWith: q.toUpperCase() } }] }
            : {},
        select: { id: true, name: true, creditCode: true },
        orderBy: { name: "asc" },
        take: 20,
      });
    }),

  detail: procedure(LEDGER_READERS, { description: "One ledger record with its evidence files" })
    .input(ZId)
    .output(ZRecord)
    .query(async ({ ctx, input }) => {
      const row = await ctx.db.ledgerRecord.findFirst({
        where: { AND: [{ id: input.id }, ledgerScope(ctx.user)] },
        include: RECORD_INCLUDE,
      });
      if (!row) throw AppError.notFound(RECORD);
      return { ...toRecordDto(row), files: await evidenceOf(ctx, row.id) };
    }),

  rate: procedure(["ENTERPRISE"], { description: "The served enterprise rates a record, once" })
    .input(ZRate)
    .output(ZRecord)
    .mutation(async ({ ctx, input }) => {
      const enterpriseId = ctx.user!.enterpriseId;
      const row = enterpriseId ? await ctx.db.ledgerRecord.findFirst({ where: { id: input.id, enterpriseId } }) : null;
      if (!row) throw AppError.notFound(RECORD);
      if (row.ratedAt)
        throw new AppError("CONFLICT", { zh: "这次服务已经评价过了，不能重复评价", en: "This service has already been rated" });
      const data = ratingData(input.score, input.reasons, input.comment, "ENTERPRISE", ctx.now());
      // guarded by ratedAt: two tabs rating at once write one rating
      const { count } = await ctx.db.ledgerRecord.updateMany({ where: { id: row.id, ratedAt: null }, data });
      if (count !== 1)
        throw new AppError("CONFLICT", { zh: "这次服务已经评价过了，不能重复评价", en: "This service has already been rated" });
      const out = toRecordDto(await ctx.db.ledgerRecord.findUniqueOrThrow({ where: { id: row.id }, include: RECORD_INCLUDE }));
      // a low rating opens a return visit (returnVisitWhere): the town is asked to follow up
      if (input.score <= FOLLOW_UP_AT_OR_BELOW)
        await notifyLowRating(ctx, {
          id: out.id,
          townId: out.townId,
          score: input.score,
          enterpriseName: out.enterpriseName,
          nodeName: out.nodeName,
        });
      return out;
    }),

  returnVisits: procedure(SUPERVISORS, {
    description: "Records to call back: no rating 7 days after the service, or a rating of 3 or less",
  })
    .input(
      z
        .object({
          pagination: ZPagination.default({ page: 1, perPage: 25 }),
          filter: z.object({ nodeId: z.string().max(64).optional() }).optional(),
        })
        .optional(),
    )
    .output(z.object({ data: z.array(ZRecord), total: z.number().int() }))
    .query(async ({ ctx, input }) => {
      const { page, perPage } = input?.pagination ?? { page: 1, perPage: 25 };
      const where = { AND: [returnVisitWhere(ctx), input?.filter?.nodeId ? { nodeId: input.filter.nodeId } : {}] };
      const [rows, total] = await Promise.all([
        ctx.db.ledgerRecord.findMany({
          where,
          include: RECORD_INCLUDE,
          orderBy: [{ servedOn: "asc" }, { id: "asc" }],
          skip: (page - 1) * perPage,
          take: perPage,
        }),
        ctx.db.ledgerRecord.count({ where }),
      ]);
      return { data: rows.map(toRecordDto), total };
    }),

  visit: procedure(SUPERVISORS, { description: "Log the outcome of a return-visit call (and the score given on it)" })
    .input(ZVisit)
    .output(ZRecord)
    .mutation(async ({ ctx, input }) => {
      const row = await ctx.db.ledgerRecord.findFirst({ where: { AND: [{ id: input.id }, supervisorScope(ctx.user)] } });
      if (!row) throw AppError.notFound(RECORD);
      // a rated record is called back only to follow up a low rating; its rating stays the enterprise's
      const followUp = row.ratingScore !== null && row.ratingScore <= FOLLOW_UP_AT_OR_BELOW;
      if (row.ratedAt && !followUp)
        throw new AppError("CONFLICT", { zh: "企业已评价，无需回访", en: "The enterprise has already rated this service" });
      if (row.visitedAt) throw new AppError("CONFLICT", { zh: "这条记录已回访过", en: "This record has already had its return visit" });
      if (followUp && input.score !== undefined)
        throw AppError.validation("score", {
          zh: "企业已评分，回访只记录跟进情况",
          en: "The enterprise has rated it; the call records the follow-up only",
        });
      if (input.score !== undefined && input.outcome !== "REACHED")
        throw AppError.validation("score", {
          zh: "只有联系上企业时才能记录评分",
          en: "A score can only be recorded when the enterprise was reached",
        });
      const now = ctx.now();
      const rating = input.score !== undefined ? ratingData(input.score, input.reasons, null, "VISIT", now) : {};
      const updated = await ctx.db.ledgerRecord.update({
        where: { id: row.id },
        data: { visitOutcome: input.outcome, visitNote: input.note, visitedAt: now, visitedById: ctx.user!.id, ...rating },
        include: RECORD_INCLUDE,
      });
      return toRecordDto(updated);
    }),
});
