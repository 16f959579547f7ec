import { AppError, dateOfDay, isoOrNull, shanghaiDate } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineExport, defineResource, procedure, router, type TContext } from "@qifu/trpc-core";
import {
  DigitalIndustry,
  DigitalScenario,
  SolutionStatus,
  ZPublicSearch,
  ZPublicSolutions,
  ZReview,
  ZSolution,
  ZSolutionCreate,
  ZSolutionFilter,
  ZSolutionUpdate,
  type TSolution,
  type TSolutionCreate,
  type TSolutionUpdate,
} from "../schemas";
import { NODE_STAFF, reviewScope, SOLUTION_LABEL, solutionReadScope, solutionWriteScope, STAFF, wan } from "./access";
import type { TSolutionOffer } from "./matching";

export const SOLUTION_INCLUDE = {
  providerNode: { select: { name: true, townId: true, status: true, town: { select: { name: true } } } },
} satisfies Prisma.DigitalSolutionInclude;
export type TSolutionRow = Prisma.DigitalSolutionGetPayload<{ include: typeof SOLUTION_INCLUDE }>;

export function toSolutionDto(r: TSolutionRow): TSolution {
  return {
    id: r.id,
    providerNodeId: r.providerNodeId,
    providerName: r.providerNode.name,
    providerTownId: r.providerNode.townId,
    providerTownName: r.providerNode.town?.name ?? null,
    name: r.name,
    scenario: r.scenario as TSolution["scenario"],
    industries: r.industries as TSolution["industries"],
    priceMinFen: r.priceMinFen,
    priceMaxFen: r.priceMaxFen,
    deployDays: r.deployDays,
    cases: r.cases,
    description: r.description,
    contact: r.contact,
    status: r.status as TSolution["status"],
    reviewNote: r.reviewNote,
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}
export const toOffer = (r: TSolutionRow): TSolutionOffer => ({
  id: r.id,
  scenario: r.scenario as TSolutionOffer["scenario"],
  industries: r.industries as TSolutionOffer["industries"],
  priceMinFen: r.priceMinFen,
  deployDays: r.deployDays,
  hasCases: Boolean(r.cases?.trim()),
  townId: r.providerNode.townId,
  townName: r.providerNode.town?.name ?? null,
});
/** What the public may see: published solutions of active providers. */
export const PUBLIC_SOLUTIONS = { status: "PUBLISHED", providerNode: { status: "ACTIVE" } } satisfies Prisma.DigitalSolutionWhereInput;

function checkPrices(p: { priceMinFen: number; priceMaxFen: number }) {
  if (p.priceMaxFen < p.priceMinFen)
    throw AppError.validation("priceMaxFen", { zh: "最高价格不能低于最低价格", en: "The highest price cannot be below the lowest" });
}
/** A provider offers its own node's solutions; the district may enter one for any active node. */
async function checkProvider(ctx: TContext, nodeId: string) {
  const u = ctx.user!;
  if (u.role === "NODE_OPERATOR" && u.nodeId !== nodeId)
    throw new AppError("FORBIDDEN", { zh: "只能发布本节点的解决方案", en: "You can only offer your own node's solutions" });
  const node = await ctx.db.node.findUnique({ where: { id: nodeId }, select: { status: true } });
  if (!node || node.status !== "ACTIVE")
    throw AppError.validation("providerNodeId", { zh: "该服务商未在运营", en: "This provider is not active" });
}

export const solutionsResource = defineResource({
  name: "digitalSolutions",
  label: SOLUTION_LABEL,
  model: (db) => db.digitalSolution,
  include: SOLUTION_INCLUDE,
  schemas: { create: ZSolutionCreate, update: ZSolutionUpdate, filter: ZSolutionFilter, dto: ZSolution },
  sortable: ["name", "scenario", "priceMinFen", "deployDays", "status", "updatedAt"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  policy: {
    read: [...STAFF, ...NODE_STAFF, "ENTERPRISE"],
    create: ["DISTRICT_ADMIN", ...NODE_STAFF],
    update: ["DISTRICT_ADMIN", ...NODE_STAFF],
    delete: ["DISTRICT_ADMIN"],
  },
  scope: { read: solutionReadScope, write: solutionWriteScope },
  outOfScope: { zh: "只能修改本节点的解决方案", en: "You can only change your own node's solutions" },
  filterToWhere: (f) => ({
    ...(f.scenario ? { scenario: f.scenario } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.providerNodeId ? { providerNodeId: f.providerNodeId } : {}),
    ...(f.q?.trim() ? { name: { contains: f.q.trim() } } : {}),
  }),
  toDto: toSolutionDto,
  prepareCreate: async (ctx, input: TSolutionCreate) => {
    checkPrices(input);
    await checkProvider(ctx, input.providerNodeId);
    return { id: newId(), ...input, status: "PENDING" };
  },
  // a changed solution goes back to review
  prepareUpdate: async (ctx, existing: TSolutionRow, input: TSolutionUpdate) => {
    checkPrices({ priceMinFen: input.priceMinFen ?? existing.priceMinFen, priceMaxFen: input.priceMaxFen ?? existing.priceMaxFen });
    if (input.providerNodeId && input.providerNodeId !== existing.providerNodeId) await checkProvider(ctx, input.providerNodeId);
    return { ...input, ...(ctx.user?.role === "NODE_OPERATOR" ? { status: "PENDING", reviewNote: null, reviewedOn: null } : {}) };
  },
});

export const solutionsExport = defineExport<TSolution>(solutionsResource, {
  policy: [...STAFF, ...NODE_STAFF, "ENTERPRISE"],
  columns: [
    { header: { zh: "方案名称", en: "Solution" }, width: 30, value: (r) => r.name },
    { header: { zh: "服务商", en: "Provider" }, width: 28, value: (r) => r.providerName },
    { header: { zh: "场景", en: "Scenario" }, value: (r, lang) => DigitalScenario.label(r.scenario, lang) },
    {
      header: { zh: "适用行业", en: "Industries" },
      width: 24,
      value: (r, lang) => r.industries.map((i) => DigitalIndustry.label(i, lang)).join("、"),
    },
    { header: { zh: "价格", en: "Price" }, width: 20, value: (r) => `${wan(r.priceMinFen)}–${wan(r.priceMaxFen)}` },
    { header: { zh: "部署周期（天）", en: "Deployment (days)" }, value: (r) => r.deployDays },
    { header: { zh: "状态", en: "Status" }, value: (r, lang) => SolutionStatus.label(r.status, lang) },
  ],
});

export const solutionsRouter = router({
  list: solutionsResource.router.list,
  get: solutionsResource.router.get,
  getMany: solutionsResource.router.getMany,
  create: solutionsResource.router.create,
  update: solutionsResource.router.update,
  delete: solutionsResource.router.delete,
  export: solutionsExport,

  /** 审核: the district, or the town admin of the provider's town, publishes, returns or withdraws a solution. */
  review: procedure(STAFF, { description: "Publish, return or withdraw a digital solution" })
    .input(ZReview)
    .output(ZSolution)
    .mutation(async ({ ctx, input }) => {
      const s = await ctx.db.digitalSolution.findFirst({
        where: { AND: [{ id: input.id }, reviewScope(ctx.user)] },
        select: { id: true, status: true },
      });
      if (!s) throw AppError.notFound(SOLUTION_LABEL);
      if (input.decision === "PUBLISH" && s.status === "PUBLISHED")
        throw new AppError("CONFLICT", { zh: "该方案已发布", en: "This solution is published already" });
      const status = input.decision === "PUBLISH" ? "PUBLISHED" : input.decision === "REJECT" ? "REJECTED" : "WITHDRAWN";
      return toSolutionDto(
        await ctx.db.digitalSolution.update({
          where: { id: s.id },
          data: { status, reviewNote: input.decision === "PUBLISH" ? null : input.note, reviewedOn: dateOfDay(shanghaiDate(ctx.now()))! },
          include: SOLUTION_INCLUDE,
        }),
      );
    }),

  /** The public solution library: published solutions of active providers, by scenario and name. */
  publicList: procedure("public", { description: "Published digital solutions, for anyone" })
    .input(ZPublicSearch)
    .output(ZPublicSolutions)
    .query(async ({ ctx, input }) => {
      const where: Prisma.DigitalSolutionWhereInput = {
        ...PUBLIC_SOLUTIONS,
        ...(input.scenario ? { scenario: input.scenario } : {}),
        ...(input.q?.trim() ? { OR: [{ name: { contains: input.q.trim() } }, { description: { contains: input.q.trim() } }] } : {}),
      };
      const [rows, total] = await Promise.all([
        ctx.db.digitalSolution.findMany({
          where,
          include: SOLUTION_INCLUDE,
          orderBy: [{ scenario: "asc" }, { name: "asc" }],
          skip: (input.page - 1) * input.perPage,
          take: input.perPage,
        }),
        ctx.db.digitalSolution.count({ where }),
      ]);
      return { data: rows.map((r) => ({ ...toSolutionDto(r), reviewNote: null })), total };
    }),
});
