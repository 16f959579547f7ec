import { AppError, dateOfDay, dayOrNull, isoOrNull } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineResource, mergeRouters, procedure, router, type TContext } from "@qifu/trpc-core";
import {
  ZBenchmark,
  ZBenchmarkCreate,
  ZBenchmarkFilter,
  ZBenchmarkUpdate,
  ZPublicBenchmarks,
  ZPublicSearch,
  type TBenchmark,
} from "../schemas";
import { BENCHMARK_LABEL, STAFF } from "./access";

const BENCHMARK_INCLUDE = {
  enterprise: {
    select: {
      name: true,
      tier: true,
      town: { select: { name: true } },
      digitalDiagnoses: { where: { status: "COMMITTED" }, orderBy: { committedAt: "desc" as const }, take: 1, select: { level: true } },
    },
  },
} satisfies Prisma.DigitalBenchmarkInclude;
type TBenchmarkRow = Prisma.DigitalBenchmarkGetPayload<{ include: typeof BENCHMARK_INCLUDE }>;

const toBenchmarkDto = (r: TBenchmarkRow, names = new Map<string, { name: string; providerName: string }>()): TBenchmark => ({
  id: r.id,
  enterpriseId: r.enterpriseId,
  enterpriseName: r.enterprise.name,
  townName: r.enterprise.town?.name ?? null,
  tier: r.enterprise.tier,
  title: r.title,
  recognisedOn: dayOrNull(r.recognisedOn)!,
  before: r.before,
  after: r.after,
  solutionIds: r.solutionIds,
  solutions: r.solutionIds.flatMap((id) => (names.has(id) ? [{ id, ...names.get(id)! }] : [])),
  level: r.enterprise.digitalDiagnoses[0]?.level ?? null,
  published: r.published,
  updatedAt: isoOrNull(r.updatedAt)!,
});

async function checkRefs(ctx: TContext, enterpriseId: string | undefined, solutionIds: string[] | undefined) {
  if (enterpriseId && !(await ctx.db.enterprise.findUnique({ where: { id: enterpriseId }, select: { id: true } })))
    throw AppError.validation("enterpriseId", { zh: "企业不存在", en: "The enterprise does not exist" });
  if (solutionIds?.length && (await ctx.db.digitalSolution.count({ where: { id: { in: solutionIds } } })) !== new Set(solutionIds).size)
    throw AppError.validation("solutionIds", { zh: "方案不存在", en: "A solution does not exist" });
}

/** 数字化转型标杆: the district recognises them (高新技术/专精特新/小巨人/单项冠军 first); a town admin reads its town's. */
export const benchmarksResource = defineResource({
  name: "digitalBenchmarks",
  label: BENCHMARK_LABEL,
  model: (db) => db.digitalBenchmark,
  include: BENCHMARK_INCLUDE,
  schemas: { create: ZBenchmarkCreate, update: ZBenchmarkUpdate, filter: ZBenchmarkFilter, dto: ZBenchmark },
  sortable: ["recognisedOn", "title", "updatedAt"],
  defaultSort: { field: "recognisedOn", order: "DESC" },
  policy: { read: STAFF, create: ["DISTRICT_ADMIN"], update: ["DISTRICT_ADMIN"], delete: ["DISTRICT_ADMIN"] },
  scope: {
    read: (u) => (u?.role === "TOWN_ADMIN" ? (u.townId ? { enterprise: { townId: u.townId } } : { id: { in: [] } }) : {}),
    write: () => ({}),
  },
  filterToWhere: (f) => ({
    ...(f.published !== undefined ? { published: f.published } : {}),
    ...(f.q?.trim() ? { OR: [{ title: { contains: f.q.trim() } }, { enterprise: { name: { contains: f.q.trim() } } }] } : {}),
  }),
  toDto: (r: TBenchmarkRow) => toBenchmarkDto(r),
  prepareCreate: async (ctx, input) => {
    await checkRefs(ctx, input.enterpriseId, input.solutionIds);
    return { id: newId(), ...input, recognisedOn: dateOfDay(input.recognisedOn)! };
  },
  prepareUpdate: async (ctx, _existing, input) => {
    await checkRefs(ctx, input.enterpriseId, input.solutionIds);
    return { ...input, ...(input.recognisedOn ? { recognisedOn: dateOfDay(input.recognisedOn)! } : {}) };
  },
});

export const benchmarksRouter = mergeRouters(
  benchmarksResource.router,
  router({
    /** The public case pages: published benchmarks with the solutions they used. */
    publicList: procedure("public", { description: "Published digital transformation benchmarks, for anyone" })
      .input(ZPublicSearch)
      .output(ZPublicBenchmarks)
      .query(async ({ ctx, input }) => {
        const where = { published: true, ...(input.q?.trim() ? { title: { contains: input.q.trim() } } : {}) };
        const [rows, total] = await Promise.all([
          ctx.db.digitalBenchmark.findMany({
            where,
            include: BENCHMARK_INCLUDE,
            orderBy: [{ recognisedOn: "desc" }, { id: "asc" }],
            skip: (input.page - 1) * input.perPage,
            take: input.perPage,
          }),
          ctx.db.digitalBenchmark.count({ where }),
        ]);
        const solutions = await ctx.db.digitalSolution.findMany({
          where: { id: { in: rows.flatMap((r) => r.solutionIds) }, status: "PUBLISHED" },
          select: { id: true, name: true, providerNode: { select: { name: true } } },
        });
        const names = new Map(solutions.map((s) => [s.id, { name: s.name, providerName: s.providerNode.name }]));
        return { data: rows.map((r) => toBenchmarkDto(r, names)), total };
      }),
  }),
);
