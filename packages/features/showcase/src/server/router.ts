import { z } from "zod";
import { AppError, STAFF_ROLES, text, type TLabel } from "@qifu/domain";
import { listFilesOf, procedure, router, type TContext } from "@qifu/trpc-core";
import {
  ZShowcaseDetail,
  ZShowcaseEntry,
  ZShowcaseLinkOptions,
  ZShowcasePublic,
  ZShowcasePublicList,
  ZShowcasePublicSearch,
  ZShowcaseStats,
  type TShowcaseDetail,
  type TShowcaseLinks,
  type TShowcasePublic,
} from "../schemas";
import {
  SHOWCASE_EDITORS,
  SHOWCASE_FILES,
  SHOWCASE_INCLUDE,
  SHOWCASE_LABEL,
  SHOWCASE_REVIEWERS,
  showcaseResource,
  showcaseScope,
  toShowcaseDto,
  type TShowcaseRow,
} from "./resources";
import { showcaseStats } from "./stats";

const ZId = z.object({ id: z.string().min(1).max(64) });

/** Move an entry from one status to another inside the caller's scope, or say why not. */
async function transition(ctx: TContext, id: string, from: string[], data: Record<string, unknown>, refusal: TLabel) {
  const row = await ctx.db.showcaseEntry.findFirst({ where: { AND: [{ id }, showcaseScope(ctx.user)] } });
  if (!row) throw AppError.notFound(SHOWCASE_LABEL);
  if (!from.includes(row.status)) throw new AppError("CONFLICT", refusal);
  return toShowcaseDto(await ctx.db.showcaseEntry.update({ where: { id }, data, include: SHOWCASE_INCLUDE }));
}

/** The links of many entries resolved to names in four queries (lists and the home page alike). */
async function linksOf(ctx: TContext, rows: TShowcaseRow[]): Promise<Map<string, TShowcaseLinks>> {
  const ids = (k: "nodeId" | "productId" | "ledgerRecordId" | "evaluationSubjectId") => [
    ...new Set(rows.flatMap((r) => (r[k] ? [r[k]!] : []))),
  ];
  const [nodes, products, records, subjects] = await Promise.all([
    ctx.db.node.findMany({ where: { id: { in: ids("nodeId") } }, select: { id: true, name: true, kind: true } }),
    ctx.db.serviceProduct.findMany({
      where: { id: { in: ids("productId") }, status: "PUBLISHED" },
      select: { id: true, title: true, node: { select: { name: true } } },
    }),
    ctx.db.ledgerRecord.findMany({
      where: { id: { in: ids("ledgerRecordId") } },
      select: { id: true, category: true, servedOn: true, ratingScore: true, node: { select: { name: true } } },
    }),
    ctx.db.evaluationSubject.findMany({
      where: { id: { in: ids("evaluationSubjectId") }, round: { status: "PUBLISHED" } },
      select: {
        id: true,
        round: { select: { name: true } },
        results: { where: { supersededAt: null }, orderBy: { version: "desc" }, take: 1, select: { stars: true, rank: true, total: true } },
      },
    }),
  ]);
  const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
  const [n, p, r, s] = [byId(nodes), byId(products), byId(records), byId(subjects)];
  return new Map(
    rows.map((row) => {
      const node = row.nodeId ? n.get(row.nodeId) : undefined;
      const product = row.productId ? p.get(row.productId) : undefined;
      const record = row.ledgerRecordId ? r.get(row.ledgerRecordId) : undefined;
      const subject = row.evaluationSubjectId ? s.get(row.evaluationSubjectId) : undefined;
      const result = subject?.results[0];
      return [
        row.id,
        {
          node: node ? { id: node.id, name: node.name, kind: node.kind } : null,
          product: product ? { id: product.id, title: product.title, nodeName: product.node.name } : null,
          record: record
            ? {
                id: record.id,
                category: record.category,
                nodeName: record.node.name,
                servedOn: record.servedOn.toISOString().slice(0, 10),
                rating: record.ratingScore,
              }
            : null,
          evaluation:
            subject && result
              ? { subjectId: subject.id, roundName: subject.round.name, stars: result.stars, rank: result.rank, total: result.total }
              : null,
        },
      ];
    }),
  );
}

/** Entries with their pictures and links. */
async function detailsOf(ctx: TContext, rows: TShowcaseRow[]): Promise<TShowcaseDetail[]> {
  const [links, files] = await Promise.all([
    linksOf(ctx, rows),
    listFilesOf(
      ctx,
      SHOWCASE_FILES,
      rows.map((r) => r.id),
    ),
  ]);
  return rows.map((row) => ({
    ...toShowcaseDto(row),
    pictures: (files.get(row.id) ?? []).map((f) => ({ id: f.id, name: f.name, url: f.url })),
    links: links.get(row.id)!,
  }));
}

const toPublic = (d: TShowcaseDetail): TShowcasePublic => ZShowcasePublic.parse(d);

/** Published entries, newest first. */
const PUBLISHED = { status: "PUBLISHED" } as const;
const NEWEST = [{ publishedAt: "desc" as const }, { id: "asc" as const }];

/** Read access to a picture: the public for a published entry, staff within their scope. */
export async function canReadPicture(ctx: TContext, entryId: string) {
  const row = await ctx.prisma.showcaseEntry.findUnique({ where: { id: entryId }, select: { status: true } });
  if (!row) return false;
  if (row.status === "PUBLISHED") return true;
  return !!ctx.user && (await ctx.prisma.showcaseEntry.count({ where: { AND: [{ id: entryId }, showcaseScope(ctx.user)] } })) > 0;
}

/** Beside the resource contract: review (submit → publish or return → take down), the public pages and the figures. */
export const showcaseRouter = router({
  /** One entry with pictures and links, within the caller's scope (the console's show page). */
  detail: procedure(SHOWCASE_EDITORS, { description: "A showcase entry with its pictures and resolved links" })
    .input(ZId)
    .output(ZShowcaseDetail)
    .query(async ({ ctx, input }) => {
      const row = await ctx.db.showcaseEntry.findFirst({
        where: { AND: [{ id: input.id }, showcaseScope(ctx.user)] },
        include: SHOWCASE_INCLUDE,
      });
      if (!row) throw AppError.notFound(SHOWCASE_LABEL);
      return (await detailsOf(ctx, [row]))[0]!;
    }),

  submit: procedure(SHOWCASE_EDITORS, { description: "Send a draft or returned showcase entry to the district for review" })
    .input(ZId)
    .output(ZShowcaseEntry)
    .mutation(({ ctx, input }) =>
      transition(
        ctx,
        input.id,
        ["DRAFT", "RETURNED", "WITHDRAWN"],
        { status: "SUBMITTED", submittedAt: ctx.now(), reviewNote: null },
        { zh: "只有草稿、退回或撤下的风采可以提交审核", en: "Only a draft, returned or withdrawn entry can be submitted" },
      ),
    ),

  /** The district's review: publish, or return with the reason. */
  review: procedure(SHOWCASE_REVIEWERS, { description: "Publish a submitted showcase entry, or return it with the reason" })
    .input(
      ZId.extend({
        decision: z.enum(["PUBLISH", "RETURN"]),
        note: text("审核意见", "Review note", { max: 500 }).optional(),
      }),
    )
    .output(ZShowcaseEntry)
    .mutation(({ ctx, input }) => {
      if (input.decision === "RETURN" && !input.note)
        throw AppError.validation("note", { zh: "退回须写明理由", en: "Say why the entry is returned" });
      const reviewed = { reviewedAt: ctx.now(), reviewedById: ctx.user!.id, reviewNote: input.note ?? null };
      return transition(
        ctx,
        input.id,
        ["SUBMITTED"],
        input.decision === "PUBLISH" ? { ...reviewed, status: "PUBLISHED", publishedAt: ctx.now() } : { ...reviewed, status: "RETURNED" },
        { zh: "只有待审核的风采可以审核", en: "Only a submitted entry can be reviewed" },
      );
    }),

  /** Take a published entry off the public site (the district), with the reason. */
  withdraw: procedure(SHOWCASE_REVIEWERS, { description: "Take a published showcase entry off the public site" })
    .input(ZId.extend({ note: text("撤下理由", "Reason", { min: 2, max: 500 }) }))
    .output(ZShowcaseEntry)
    .mutation(({ ctx, input }) =>
      transition(
        ctx,
        input.id,
        ["PUBLISHED"],
        { status: "WITHDRAWN", reviewNote: input.note, reviewedAt: ctx.now(), reviewedById: ctx.user!.id },
        { zh: "只有已发布的风采可以撤下", en: "Only a published entry can be taken down" },
      ),
    ),

  /** What a form may link to: nodes in scope, and for a chosen node its published products, rated records and published results. */
  linkOptions: procedure(SHOWCASE_EDITORS, {
    description: "The nodes, products, records and evaluation results a showcase entry may link to",
  })
    .input(z.object({ nodeId: z.string().max(64).optional() }))
    // (a node outside the caller's town is simply not among the choices)
    .output(ZShowcaseLinkOptions)
    .query(async ({ ctx, input }) => {
      const townWhere = ctx.user!.role === "TOWN_ADMIN" ? { townId: ctx.user!.townId } : {};
      const nodes = await ctx.db.node.findMany({
        where: { ...townWhere, status: "ACTIVE" },
        select: { id: true, name: true, townId: true },
        orderBy: [{ name: "asc" }],
        take: 500,
      });
      const node = nodes.find((n) => n.id === input.nodeId);
      if (!node) return { nodes, products: [], records: [], results: [] };
      const nodeId = node.id;
      const [products, records, subjects] = await Promise.all([
        ctx.db.serviceProduct.findMany({
          where: { nodeId, status: "PUBLISHED" },
          select: { id: true, title: true },
          orderBy: { title: "asc" },
        }),
        ctx.db.ledgerRecord.findMany({
          where: { nodeId },
          select: { id: true, category: true, servedOn: true, summary: true, ratingScore: true },
          orderBy: [{ ratingScore: { sort: "desc", nulls: "last" } }, { servedOn: "desc" }],
          take: 50,
        }),
        ctx.db.evaluationSubject.findMany({
          // the node's own results, or its town's (a town is judged as a whole)
          where: {
            OR: [{ nodeId }, ...(node.townId ? [{ townId: node.townId }] : [])],
            round: { status: "PUBLISHED" },
            results: { some: { supersededAt: null } },
          },
          select: {
            id: true,
            round: { select: { name: true } },
            results: { where: { supersededAt: null }, take: 1, select: { stars: true, rank: true } },
          },
        }),
      ]);
      return {
        nodes,
        products: products.map((p) => ({ id: p.id, name: p.title })),
        records: records.map((r) => ({
          id: r.id,
          name: `${r.servedOn.toISOString().slice(0, 10)} ${r.summary.slice(0, 30)}${r.ratingScore ? `（评价 ${r.ratingScore} 分）` : ""}`,
        })),
        results: subjects.map((s) => ({ id: s.id, name: `${s.round.name}：${s.results[0]!.stars} 星，第 ${s.results[0]!.rank} 名` })),
      };
    }),

  /** The public showcase: published entries, by kind, Chinese full-text search. */
  publicList: procedure("public", { description: "Published showcase entries, for anyone" })
    .input(ZShowcasePublicSearch)
    .output(ZShowcasePublicList)
    .query(async ({ ctx, input }) => {
      const q = input.q?.trim() ? await showcaseResource.searchIds(ctx, input.q) : null;
      const where = { AND: [PUBLISHED, input.kind ? { kind: input.kind } : {}, q ?? {}] };
      const [rows, total] = await Promise.all([
        ctx.db.showcaseEntry.findMany({
          where,
          include: SHOWCASE_INCLUDE,
          orderBy: NEWEST,
          skip: (input.page - 1) * input.perPage,
          take: input.perPage,
        }),
        ctx.db.showcaseEntry.count({ where }),
      ]);
      return { data: (await detailsOf(ctx, rows)).map(toPublic), total };
    }),

  /** One published entry's page. */
  publicGet: procedure("public", { description: "A published showcase entry, for anyone" })
    .input(ZId)
    .output(ZShowcasePublic)
    .query(async ({ ctx, input }) => {
      const row = await ctx.db.showcaseEntry.findFirst({ where: { id: input.id, ...PUBLISHED }, include: SHOWCASE_INCLUDE });
      if (!row) throw AppError.notFound(SHOWCASE_LABEL);
      return toPublic((await detailsOf(ctx, [row]))[0]!);
    }),

  /** The home page's feature: the latest published entries. */
  latest: procedure("public", { description: "The latest published showcase entries (the home page)" })
    .input(z.object({ limit: z.number().int().min(1).max(12).default(3) }))
    .output(z.array(ZShowcasePublic))
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db.showcaseEntry.findMany({ where: PUBLISHED, include: SHOWCASE_INCLUDE, orderBy: NEWEST, take: input.limit });
      return (await detailsOf(ctx, rows)).map(toPublic);
    }),

  stats: procedure(STAFF_ROLES, { description: "Showcase figures of a year within the caller's scope" })
    .input(z.object({ year: z.number().int().min(2000).max(2100) }))
    .output(ZShowcaseStats)
    .query(({ ctx, input }) => showcaseStats(ctx, input.year)),
});
