import { z } from "zod";
import { AppError, dateOfDay, dayOrNull, isoOrNull, shanghaiDate } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineExport, defineResource, procedure, router, type TContext } from "@qifu/trpc-core";
import {
  DigitalIndustry,
  DigitalScenario,
  NeedStatus,
  Timeline,
  ZNeed,
  ZNeedFilter,
  ZNeedMatches,
  ZNeedPost,
  type TNeed,
  type TNeedPost,
} from "../schemas";
import { industryKindOf } from "../scoring";
import { myEnterpriseId, NEED_LABEL, needScope, NODE_STAFF, STAFF, wan } from "./access";
import { solutionMatcher } from "./matching";
import { PUBLIC_SOLUTIONS, SOLUTION_INCLUDE, toOffer, toSolutionDto } from "./solutions";

const NEED_INCLUDE = {
  enterprise: { select: { name: true } },
  town: { select: { name: true } },
  diagnosis: { select: { set: { select: { indicators: { select: { id: true, name: true } } } } } },
  _count: { select: { contacts: true } },
} satisfies Prisma.DigitalNeedInclude;
type TNeedRow = Prisma.DigitalNeedGetPayload<{ include: typeof NEED_INCLUDE }>;

function toNeedDto(r: TNeedRow): TNeed {
  const names = new Map((r.diagnosis?.set.indicators ?? []).map((i) => [i.id, i.name]));
  return {
    id: r.id,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterprise.name,
    townId: r.townId,
    townName: r.town?.name ?? null,
    diagnosisId: r.diagnosisId,
    scenario: r.scenario as TNeed["scenario"],
    industry: r.industry as TNeed["industry"],
    indicatorNames: r.indicatorIds.flatMap((id) => (names.has(id) ? [names.get(id)!] : [])),
    text: r.text,
    budgetFen: r.budgetFen,
    timeline: r.timeline as TNeed["timeline"],
    status: r.status as TNeed["status"],
    postedOn: dayOrNull(r.postedOn)!,
    contacts: r._count.contacts,
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

/** The need's row: its town and industry are the enterprise's as of posting; weak indicators must be of its own committed diagnosis. */
async function needData(ctx: TContext, input: TNeedPost) {
  const enterpriseId = myEnterpriseId(ctx);
  const enterprise = await ctx.db.enterprise.findUniqueOrThrow({
    where: { id: enterpriseId },
    select: { townId: true, industryCode: true },
  });
  let industry: string = industryKindOf(enterprise.industryCode);
  if (input.diagnosisId) {
    const d = await ctx.db.digitalDiagnosis.findFirst({
      where: { id: input.diagnosisId, enterpriseId, status: "COMMITTED" },
      select: { set: { select: { industry: true, indicators: { select: { id: true } } } } },
    });
    if (!d) throw AppError.validation("diagnosisId", { zh: "请选择本企业已提交的诊断", en: "Choose one of your committed diagnoses" });
    const known = new Set(d.set.indicators.map((i) => i.id));
    if (input.indicatorIds.some((id) => !known.has(id)))
      throw AppError.validation("indicatorIds", { zh: "薄弱指标不属于该诊断", en: "An indicator is not of that diagnosis" });
    industry = d.set.industry;
  } else if (input.indicatorIds.length)
    throw AppError.validation("diagnosisId", { zh: "选择薄弱指标时请注明依据的诊断", en: "Name the diagnosis of the weak indicators" });
  return {
    id: newId(),
    ...input,
    diagnosisId: input.diagnosisId ?? null,
    indicatorIds: [...new Set(input.indicatorIds)],
    industry,
    enterpriseId,
    townId: enterprise.townId,
    postedOn: dateOfDay(shanghaiDate(ctx.now()))!,
  };
}

export const needsResource = defineResource({
  name: "digitalNeeds",
  label: NEED_LABEL,
  model: (db) => db.digitalNeed,
  include: NEED_INCLUDE,
  schemas: { create: ZNeedPost, update: ZNeedPost.partial(), filter: ZNeedFilter, dto: ZNeed },
  sortable: ["postedOn", "scenario", "budgetFen", "status", "updatedAt"],
  defaultSort: { field: "postedOn", order: "DESC" },
  policy: { read: [...STAFF, ...NODE_STAFF, "ENTERPRISE"], create: ["ENTERPRISE"], update: ["ENTERPRISE"], delete: ["ENTERPRISE"] },
  scope: {
    read: needScope,
    write: (u) => (u?.role === "ENTERPRISE" && u.enterpriseId ? { enterpriseId: u.enterpriseId } : { id: { in: [] } }),
  },
  outOfScope: { zh: "只能提出本企业的需求", en: "You can only state your own enterprise's needs" },
  filterToWhere: (f) => ({
    ...(f.townId ? { townId: f.townId } : {}),
    ...(f.scenario ? { scenario: f.scenario } : {}),
    ...(f.industry ? { industry: f.industry } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.q?.trim() ? { OR: [{ text: { contains: f.q.trim() } }, { enterprise: { name: { contains: f.q.trim() } } }] } : {}),
  }),
  toDto: toNeedDto,
  prepareCreate: needData,
  prepareUpdate: async () => {
    throw new AppError("CONFLICT", {
      zh: "需求提出后不能修改：如有变化，请提出新的需求",
      en: "A stated need cannot be changed: state a new one",
    });
  },
});

export const needsExport = defineExport<TNeed>(needsResource, {
  policy: [...STAFF, ...NODE_STAFF, "ENTERPRISE"],
  columns: [
    { header: { zh: "提出日期", en: "Posted on" }, value: (r) => r.postedOn },
    { header: { zh: "企业", en: "Enterprise" }, width: 28, value: (r) => r.enterpriseName },
    { header: { zh: "镇街", en: "Town" }, value: (r) => r.townName },
    { header: { zh: "行业", en: "Industry" }, value: (r, lang) => DigitalIndustry.label(r.industry, lang) },
    { header: { zh: "场景", en: "Scenario" }, value: (r, lang) => DigitalScenario.label(r.scenario, lang) },
    { header: { zh: "薄弱指标", en: "Weak indicators" }, width: 30, value: (r) => r.indicatorNames.join("、") },
    { header: { zh: "需求描述", en: "Need" }, width: 36, value: (r) => r.text },
    { header: { zh: "预算", en: "Budget" }, value: (r) => (r.budgetFen === null ? "" : wan(r.budgetFen)) },
    { header: { zh: "期望时间", en: "Timeline" }, value: (r, lang) => Timeline.label(r.timeline, lang) },
    { header: { zh: "状态", en: "Status" }, value: (r, lang) => NeedStatus.label(r.status, lang) },
  ],
});

/** How many solutions one need weighs: the district's library holds hundreds at most. */
export const SOLUTION_CANDIDATES = 2_000;

export const needsRouter = router({
  list: needsResource.router.list,
  get: needsResource.router.get,
  getMany: needsResource.router.getMany,
  /** 提出需求: the signed-in enterprise states a need (from its weak indicators and a free text). */
  create: needsResource.router.create,
  export: needsExport,

  /** The published solutions for one of the enterprise's own needs, best first with the reasons; the excluded with why not. */
  matches: procedure(["ENTERPRISE"], { description: "Digital solutions matched to one of the enterprise's needs, with reasons" })
    .input(z.object({ needId: z.string().min(1).max(64) }))
    .output(ZNeedMatches)
    .query(async ({ ctx, input }) => {
      const need = await ctx.db.digitalNeed.findFirst({
        where: { id: input.needId, enterpriseId: myEnterpriseId(ctx) },
        include: { contacts: { select: { solutionId: true } } },
      });
      if (!need) throw AppError.notFound(NEED_LABEL);
      const rows = await ctx.db.digitalSolution.findMany({
        where: PUBLIC_SOLUTIONS,
        include: SOLUTION_INCLUDE,
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: SOLUTION_CANDIDATES,
      });
      const byId = new Map(rows.map((r) => [r.id, r]));
      const contacted = new Set(need.contacts.map((c) => c.solutionId));
      const result = solutionMatcher.match(
        {
          id: need.id,
          scenario: need.scenario as TNeed["scenario"],
          industry: need.industry as TNeed["industry"],
          budgetFen: need.budgetFen,
          timeline: need.timeline as TNeed["timeline"],
          townId: need.townId,
        },
        rows.map(toOffer),
      );
      const dto = (m: (typeof result.matches)[number]) => {
        const row = byId.get(m.item.id)!;
        return {
          solution: { ...toSolutionDto(row), reviewNote: null },
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
