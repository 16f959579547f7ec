import { z } from "zod";
import { AppError, dateOfDay, dayOrNull, isoOrNull, searchTextFor, shanghaiDate, tsQueryFor, type TLabel } from "@qifu/domain";
import { newId, type Prisma, type TDbTx } from "@qifu/db";
import { defineExport, defineResource, mergeRouters, NO_ROWS, procedure, recordLedgerEntry, router, type TContext } from "@qifu/trpc-core";
import {
  PolicyLevel,
  PolicyStatus,
  SupportKind,
  ZAutoRecipients,
  ZConfirmAuto,
  ZConfirmAutoResult,
  ZEnterprisePolicies,
  ZPolicy,
  ZPolicyCreate,
  ZPolicyFilter,
  ZPolicyUpdate,
  ZPublicPolicies,
  ZPublicPolicySearch,
  ZPublishResult,
  type TPolicy,
  type TPolicyCreate,
  type TPolicyFit,
} from "../schemas";
import { ENTERPRISE_LABEL, enterpriseScope, handlerScope, POLICY_LABEL, policyReadScope } from "./access";
import { eligibilityOf, policyMatcherFor } from "./matching";
import { criteriaOf, loadProfiles, whoQualifies } from "./profiles";
import { pushPolicy } from "./push";

export const POLICY_INCLUDE = {
  handlerNode: { select: { name: true } },
  handlerDepartment: { select: { name: true } },
} satisfies Prisma.PolicyInclude;
export type TPolicyRow = Prisma.PolicyGetPayload<{ include: typeof POLICY_INCLUDE }>;

export function toPolicyDto(r: TPolicyRow): TPolicy {
  return {
    id: r.id,
    title: r.title,
    issuer: r.issuer,
    level: r.level as TPolicy["level"],
    docNumber: r.docNumber,
    issuedOn: dayOrNull(r.issuedOn),
    effectiveFrom: dayOrNull(r.effectiveFrom),
    effectiveTo: dayOrNull(r.effectiveTo),
    applyFrom: dayOrNull(r.applyFrom),
    applyTo: dayOrNull(r.applyTo),
    summary: r.summary,
    fullText: r.fullText,
    supportKind: r.supportKind as TPolicy["supportKind"],
    supportText: r.supportText,
    maxAmountFen: r.maxAmountFen,
    handlerNodeId: r.handlerNodeId,
    handlerDepartmentId: r.handlerDepartmentId,
    handlerName: r.handlerNode?.name ?? r.handlerDepartment?.name ?? null,
    howToApply: r.howToApply,
    autoGrant: r.autoGrant,
    status: r.status as TPolicy["status"],
    version: r.version,
    publishedAt: isoOrNull(r.publishedAt),
    townIds: r.townIds,
    industryCodes: r.industryCodes,
    sizeClasses: r.sizeClasses as TPolicy["sizeClasses"],
    tiers: r.tiers as TPolicy["tiers"],
    minYears: r.minYears,
    revenueMinWan: r.revenueMinWan,
    revenueMaxWan: r.revenueMaxWan,
    employeesMin: r.employeesMin,
    employeesMax: r.employeesMax,
    tags: r.tags,
    notReceivedPolicyId: r.notReceivedPolicyId,
    notReceivedYears: r.notReceivedYears,
    whoQualifies: Array.isArray(r.whoQualifies) ? (r.whoQualifies as TLabel[]) : [],
    createdAt: isoOrNull(r.createdAt)!,
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

/** Town names and policy titles the criteria's sentences show. */
export async function namesFor(ctx: Pick<TContext, "db">) {
  const [towns, titles] = await Promise.all([
    ctx.db.town.findMany({ select: { id: true, name: true } }),
    ctx.db.policy.findMany({ select: { id: true, title: true } }),
  ]);
  return { towns: new Map(towns.map((t) => [t.id, t.name])), titles: new Map(titles.map((t) => [t.id, t.title])) };
}

/** Checks that need the database, the dates as columns, the sentences and the search text. */
async function policyData(ctx: TContext, merged: TPolicyCreate, id: string) {
  if (!merged.handlerNodeId === !merged.handlerDepartmentId)
    throw AppError.validation("handlerNodeId", {
      zh: "请指定一个受理单位：服务节点或区直部门（二选一）",
      en: "Name one handling unit: a service node or a district department",
    });
  if (merged.handlerNodeId && !(await ctx.db.node.findUnique({ where: { id: merged.handlerNodeId }, select: { id: true } })))
    throw AppError.validation("handlerNodeId", { zh: "受理服务节点不存在", en: "The handling node does not exist" });
  if (
    merged.handlerDepartmentId &&
    !(await ctx.db.department.findUnique({ where: { id: merged.handlerDepartmentId }, select: { id: true } }))
  )
    throw AppError.validation("handlerDepartmentId", { zh: "受理部门不存在", en: "The handling department does not exist" });
  if (merged.applyFrom && merged.applyTo && merged.applyFrom > merged.applyTo)
    throw AppError.validation("applyTo", { zh: "申报截止日期不能早于开始日期", en: "Applications cannot close before they open" });
  if (merged.effectiveFrom && merged.effectiveTo && merged.effectiveFrom > merged.effectiveTo)
    throw AppError.validation("effectiveTo", { zh: "有效期止不能早于有效期起", en: "The policy cannot end before it starts" });
  for (const [lo, hi, field] of [
    [merged.revenueMinWan, merged.revenueMaxWan, "revenueMaxWan"],
    [merged.employeesMin, merged.employeesMax, "employeesMax"],
  ] as const)
    if (lo != null && hi != null && lo > hi)
      throw AppError.validation(field, { zh: "上限不能小于下限", en: "The upper bound is below the lower bound" });
  if (!merged.notReceivedPolicyId !== (merged.notReceivedYears == null))
    throw AppError.validation("notReceivedYears", {
      zh: "“未享受过”条件需同时指定政策和年限",
      en: "The “not received” criterion needs both a policy and a number of years",
    });
  if (merged.notReceivedPolicyId === id)
    throw AppError.validation("notReceivedPolicyId", { zh: "请选择另一项政策", en: "Choose another policy" });
  if (merged.notReceivedPolicyId && !(await ctx.db.policy.findUnique({ where: { id: merged.notReceivedPolicyId }, select: { id: true } })))
    throw AppError.validation("notReceivedPolicyId", { zh: "所选政策不存在", en: "That policy does not exist" });
  const known = await ctx.db.town.findMany({ where: { id: { in: merged.townIds } }, select: { id: true } });
  if (known.length !== new Set(merged.townIds).size) throw AppError.validation("townIds", { zh: "镇街不存在", en: "Unknown town" });
  const names = await namesFor(ctx);
  const sentences = whoQualifies(
    {
      ...merged,
      minYears: merged.minYears ?? null,
      revenueMinWan: merged.revenueMinWan ?? null,
      revenueMaxWan: merged.revenueMaxWan ?? null,
      employeesMin: merged.employeesMin ?? null,
      employeesMax: merged.employeesMax ?? null,
      notReceivedPolicyId: merged.notReceivedPolicyId ?? null,
      notReceivedYears: merged.notReceivedYears ?? null,
    },
    names.towns,
    names.titles,
  );
  return {
    whoQualifies: sentences,
    searchText: searchTextFor(
      merged.title,
      merged.issuer,
      merged.docNumber,
      merged.summary,
      merged.supportText,
      ...sentences.map((s) => s.zh),
    ),
  };
}

const DATE_FIELDS = ["issuedOn", "effectiveFrom", "effectiveTo", "applyFrom", "applyTo"] as const;
function dates(input: Partial<TPolicyCreate>) {
  const out: Record<string, Date | null> = {};
  for (const f of DATE_FIELDS) if (input[f] !== undefined) out[f] = dateOfDay(input[f]) ?? null;
  return out;
}

export const policiesResource = defineResource({
  name: "policies",
  label: POLICY_LABEL,
  model: (db) => db.policy,
  searchTable: "policy",
  include: POLICY_INCLUDE,
  schemas: { create: ZPolicyCreate, update: ZPolicyUpdate, filter: ZPolicyFilter, dto: ZPolicy },
  sortable: ["title", "level", "status", "applyTo", "publishedAt", "updatedAt"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  // the district manages the library; everyone signed in reads the published (handling units their own drafts too)
  policy: {
    read: ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR", "DEPARTMENT_HANDLER", "COMMISSIONER", "ENTERPRISE", "EVALUATOR"],
    create: ["DISTRICT_ADMIN"],
    update: ["DISTRICT_ADMIN"],
    delete: ["DISTRICT_ADMIN"],
  },
  scope: { read: policyReadScope, write: (u) => (u?.role === "DISTRICT_ADMIN" ? {} : NO_ROWS) },
  outOfScope: { zh: "政策库由区中小企业服务中心维护", en: "The district service centre manages the policy library" },
  filterToWhere: (f) => ({
    ...(f.status ? { status: f.status } : {}),
    ...(f.level ? { level: f.level } : {}),
    ...(f.supportKind ? { supportKind: f.supportKind } : {}),
    ...(f.autoGrant !== undefined ? { autoGrant: f.autoGrant } : {}),
    ...(f.handlerNodeId ? { handlerNodeId: f.handlerNodeId } : {}),
  }),
  toDto: toPolicyDto,
  prepareCreate: async (ctx, input) => {
    const id = newId();
    return { id, ...input, ...dates(input), ...(await policyData(ctx, input, id)), status: "DRAFT" };
  },
  prepareUpdate: async (ctx, existing: TPolicyRow, input) => {
    const dto = toPolicyDto(existing);
    const merged = { ...dto, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as TPolicyCreate;
    return { ...input, ...dates(input), ...(await policyData(ctx, merged, existing.id)) };
  },
  // a published policy whose terms changed is a new version, pushed to those who qualify now
  afterUpdate: async (ctx, existing: TPolicyRow, updated: TPolicyRow) => {
    if (existing.status !== "PUBLISHED" || !termsChanged(toPolicyDto(existing), toPolicyDto(updated))) return;
    await ctx.db.policy.update({ where: { id: updated.id }, data: { version: { increment: 1 }, publishedAt: ctx.now() } });
    await pushPolicy(ctx, toPolicyDto(await ctx.db.policy.findUniqueOrThrow({ where: { id: updated.id }, include: POLICY_INCLUDE })));
  },
  beforeDelete: async (ctx, existing: TPolicyRow) => {
    if (await ctx.db.policyApplication.count({ where: { policyId: existing.id } }))
      throw new AppError("CONFLICT", {
        zh: "该政策已有申报或兑现记录，不能删除：请改为“停止”",
        en: "The policy has applications or grants: close it instead of deleting it",
      });
  },
});

/**
 * What an enterprise would want to hear about again: who qualifies, what it gets, until when.
 * Rewording the summary or the full text is not news; a new window, a higher cap or a wider
 * circle of enterprises is.
 */
const TERMS = [
  "effectiveFrom",
  "effectiveTo",
  "applyFrom",
  "applyTo",
  "supportKind",
  "supportText",
  "maxAmountFen",
  "autoGrant",
  "handlerNodeId",
  "handlerDepartmentId",
  "townIds",
  "industryCodes",
  "sizeClasses",
  "tiers",
  "minYears",
  "revenueMinWan",
  "revenueMaxWan",
  "employeesMin",
  "employeesMax",
  "tags",
  "notReceivedPolicyId",
  "notReceivedYears",
] as const satisfies readonly (keyof TPolicy)[];
export const termsChanged = (before: TPolicy, after: TPolicy) => TERMS.some((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));

export const policiesExport = defineExport<TPolicy>(policiesResource, {
  policy: ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR", "DEPARTMENT_HANDLER"],
  columns: [
    { header: { zh: "政策名称", en: "Title" }, width: 40, value: (r) => r.title },
    { header: { zh: "发文机关", en: "Issuing body" }, width: 24, value: (r) => r.issuer },
    { header: { zh: "文号", en: "Document number" }, width: 22, value: (r) => r.docNumber },
    { header: { zh: "层级", en: "Level" }, value: (r, lang) => PolicyLevel.label(r.level, lang) },
    { header: { zh: "支持方式", en: "Support" }, value: (r, lang) => SupportKind.label(r.supportKind, lang) },
    { header: { zh: "支持内容", en: "Support content" }, width: 36, value: (r) => r.supportText },
    { header: { zh: "受理单位", en: "Handling unit" }, width: 24, value: (r) => r.handlerName },
    { header: { zh: "免申即享", en: "Without application" }, value: (r, lang) => (r.autoGrant ? (lang === "zh" ? "是" : "yes") : "") },
    { header: { zh: "申报截止", en: "Applications close" }, value: (r) => r.applyTo },
    { header: { zh: "状态", en: "Status" }, value: (r, lang) => PolicyStatus.label(r.status, lang) },
  ],
});

/** The published policies in effect on `today` (a policy past its end date is not offered). */
export const inEffect = (today: string): Prisma.PolicyWhereInput => ({
  status: "PUBLISHED",
  OR: [{ effectiveTo: null }, { effectiveTo: { gte: dateOfDay(today)! } }],
});

/** How many policies one enterprise is weighed against: a district library holds hundreds. */
export const POLICY_CANDIDATES = 5_000;

/** Every policy in effect for one enterprise: qualifies / nearly (one criterion missed) / cannot, each with its reasons. */
async function fitsOf(ctx: TContext, enterpriseId: string) {
  const today = shanghaiDate(ctx.now());
  const [profiles, rows, names, applications] = await Promise.all([
    loadProfiles(ctx.db, { id: enterpriseId }),
    ctx.db.policy.findMany({
      where: inEffect(today),
      include: POLICY_INCLUDE,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: POLICY_CANDIDATES,
    }),
    namesFor(ctx),
    ctx.db.policyApplication.findMany({
      where: { enterpriseId, status: { in: ["SUBMITTED", "APPROVED"] } },
      select: { policyId: true, status: true },
      orderBy: { submittedAt: "asc" },
    }),
  ]);
  const profile = profiles[0];
  if (!profile) throw AppError.notFound(ENTERPRISE_LABEL);
  const applied = new Map(applications.map((a) => [a.policyId, a.status as TPolicyFit["applicationStatus"]]));
  const dtos = rows.map(toPolicyDto);
  const matcher = policyMatcherFor(today);
  const out = {
    enterpriseId,
    enterpriseName: profile.name,
    qualifies: [] as TPolicyFit[],
    nearly: [] as TPolicyFit[],
    cannot: [] as TPolicyFit[],
  };
  for (const p of dtos) {
    const ev = matcher.evaluate(profile, criteriaOf(p, names.towns, names.titles));
    const eligibility = eligibilityOf(ev);
    const fit: TPolicyFit = {
      policy: p,
      eligibility,
      reasons: ev.reasons,
      missing: ev.failed.map((f) => f.reason!),
      applicationStatus: applied.get(p.id) ?? null,
    };
    (eligibility === "QUALIFIES" ? out.qualifies : eligibility === "NEARLY" ? out.nearly : out.cannot).push(fit);
  }
  return out;
}

/** The enterprises a 免申即享 policy goes to now, with whether each is granted already. */
async function autoRecipientsOf(ctx: TContext, policy: TPolicy) {
  const today = shanghaiDate(ctx.now());
  const [profiles, names, granted] = await Promise.all([
    loadProfiles(ctx.db, {}),
    namesFor(ctx),
    ctx.db.policyApplication.findMany({ where: { policyId: policy.id, status: "APPROVED" }, select: { enterpriseId: true } }),
  ]);
  const done = new Set(granted.map((g) => g.enterpriseId));
  const result = policyMatcherFor(today).matchReverse(criteriaOf(policy, names.towns, names.titles), profiles, { withExcluded: false });
  return result.matches.map((m) => ({
    enterpriseId: m.item.id,
    enterpriseName: m.item.name,
    townId: m.item.townId,
    townName: m.item.townName ?? null,
    reasons: m.reasons,
    granted: done.has(m.item.id),
  }));
}

/** The handling node, or the district centre for a district department: the ledger node of a grant. */
async function ledgerNodeOf(db: TDbTx, policy: Pick<TPolicy, "handlerNodeId">): Promise<string> {
  if (policy.handlerNodeId) return policy.handlerNodeId;
  const centre = await db.node.findFirst({ where: { kind: "DISTRICT_CENTRE" }, orderBy: { id: "asc" }, select: { id: true } });
  if (!centre)
    throw new AppError("CONFLICT", { zh: "尚未设立区级服务中心节点，无法记入服务台账", en: "No district centre node for the ledger" });
  return centre.id;
}

/** A grant's ledger service (one per application, idempotent), in the caller's transaction. */
export async function recordGrant(
  db: TDbTx,
  at: Date,
  staff: { id: string; displayName: string } | null,
  policy: Pick<TPolicy, "handlerNodeId" | "title">,
  grant: { applicationId: string; enterpriseId: string; amountFen: number | null },
) {
  await recordLedgerEntry(db, {
    source: "POLICY",
    originId: grant.applicationId,
    enterpriseId: grant.enterpriseId,
    nodeId: await ledgerNodeOf(db, policy),
    category: "INFO_CONSULTING",
    channel: "ONLINE",
    servedOn: shanghaiDate(at),
    staffName: staff?.displayName ?? "政策直享系统",
    summary: `政策兑现：${policy.title}${grant.amountFen ? `，${(grant.amountFen / 100).toLocaleString("zh-CN")}元` : ""}`,
    createdById: staff?.id ?? null,
  });
}

const ZId = z.object({ id: z.string().min(1).max(64) });

export const policiesRouter = mergeRouters(
  policiesResource.router,
  router({
    export: policiesExport,

    /** 发布 / 推送更新: publish a draft, or publish a change (a new version); the qualifying enterprises and their commissioners are notified once per version. */
    publish: procedure(["DISTRICT_ADMIN"], { description: "Publish a policy (or its change) and push it to the enterprises that qualify" })
      .input(ZId)
      .output(ZPublishResult)
      .mutation(async ({ ctx, input }) => {
        const { count } = await ctx.db.policy.updateMany({
          where: { id: input.id, status: { in: ["DRAFT", "PUBLISHED"] } },
          data: { status: "PUBLISHED", version: { increment: 1 }, publishedAt: ctx.now() },
        });
        if (count !== 1) {
          if (await ctx.db.policy.findUnique({ where: { id: input.id }, select: { id: true } }))
            throw new AppError("CONFLICT", { zh: "已停止的政策不能再发布", en: "A closed policy cannot be published" });
          throw AppError.notFound(POLICY_LABEL);
        }
        const row = await ctx.db.policy.findUniqueOrThrow({ where: { id: input.id }, include: POLICY_INCLUDE });
        return pushPolicy(ctx, toPolicyDto(row));
      }),

    /** The district departments a policy can name as its handling unit (the policy form's choices). */
    departments: procedure(["DISTRICT_ADMIN"], { description: "District departments that can handle a policy" })
      .input(z.object({}).optional())
      .output(z.array(z.object({ id: z.string(), name: z.string() })))
      .query(({ ctx }) => ctx.db.department.findMany({ orderBy: { code: "asc" }, select: { id: true, name: true } })),

    /** 停止: the policy leaves the public site and is no longer offered. */
    close: procedure(["DISTRICT_ADMIN"], { description: "Close a policy" })
      .input(ZId)
      .output(ZPolicy)
      .mutation(async ({ ctx, input }) => {
        const { count } = await ctx.db.policy.updateMany({ where: { id: input.id }, data: { status: "CLOSED" } });
        if (count !== 1) throw AppError.notFound(POLICY_LABEL);
        return toPolicyDto(await ctx.db.policy.findUniqueOrThrow({ where: { id: input.id }, include: POLICY_INCLUDE }));
      }),

    /** 我能享受什么: every policy in effect as it stands for one enterprise (its own; a commissioner's or a town's by id). */
    forEnterprise: procedure(["ENTERPRISE", "COMMISSIONER", "DISTRICT_ADMIN", "TOWN_ADMIN"], {
      description: "The policies an enterprise qualifies for, nearly qualifies for (with the missed criterion), and cannot use",
    })
      .input(z.object({ enterpriseId: z.string().min(1).max(64).optional() }))
      .output(ZEnterprisePolicies)
      .query(async ({ ctx, input }) => {
        const id = ctx.user?.role === "ENTERPRISE" ? ctx.user.enterpriseId : input.enterpriseId;
        if (!id) throw AppError.validation("enterpriseId", { zh: "请选择企业", en: "Choose an enterprise" });
        const visible = await ctx.db.enterprise.findFirst({ where: { AND: [{ id }, enterpriseScope(ctx.user)] }, select: { id: true } });
        if (!visible) throw AppError.notFound(ENTERPRISE_LABEL);
        return fitsOf(ctx, id);
      }),

    /** 免申即享: the enterprises the policy goes to, for the handling unit to confirm. */
    autoRecipients: procedure(["DISTRICT_ADMIN", "NODE_OPERATOR", "DEPARTMENT_HANDLER"], {
      description: "The enterprises a policy granted without application goes to",
    })
      .input(z.object({ policyId: z.string().min(1).max(64) }))
      .output(ZAutoRecipients)
      .query(async ({ ctx, input }) => {
        const row = await ctx.db.policy.findFirst({
          where: { AND: [{ id: input.policyId, autoGrant: true }, handlerScope(ctx.user)] },
          include: POLICY_INCLUDE,
        });
        if (!row) throw AppError.notFound(POLICY_LABEL);
        const data = await autoRecipientsOf(ctx, toPolicyDto(row));
        return { policyId: row.id, data: data.map(({ townId: _t, ...d }) => d) };
      }),

    /** The handling unit confirms 免申即享 grants: one per enterprise, however often confirmed; each a ledger service. */
    confirmAuto: procedure(["DISTRICT_ADMIN", "NODE_OPERATOR", "DEPARTMENT_HANDLER"], {
      description: "Confirm the grants of a policy granted without application (idempotent)",
    })
      .input(ZConfirmAuto)
      .output(ZConfirmAutoResult)
      .mutation(async ({ ctx, input }) => {
        const row = await ctx.db.policy.findFirst({
          where: { AND: [{ id: input.policyId, autoGrant: true, status: "PUBLISHED" }, handlerScope(ctx.user)] },
          include: POLICY_INCLUDE,
        });
        if (!row) throw AppError.notFound(POLICY_LABEL);
        const policy = toPolicyDto(row);
        const recipients = await autoRecipientsOf(ctx, policy);
        const wanted = input.enterpriseIds ? new Set(input.enterpriseIds) : null;
        if (wanted) {
          const qualifying = new Set(recipients.map((r) => r.enterpriseId));
          const stray = [...wanted].find((id) => !qualifying.has(id));
          if (stray)
            throw AppError.validation("enterpriseIds", {
              zh: "所选企业中有不符合该政策条件的企业",
              en: "One of the chosen enterprises does not qualify for this policy",
            });
        }
        const amount = input.amountFen ?? policy.maxAmountFen ?? null;
        let granted = 0;
        let alreadyGranted = 0;
        for (const r of recipients) {
          if (wanted && !wanted.has(r.enterpriseId)) continue;
          const key = `${policy.id}:${r.enterpriseId}`;
          const id = newId();
          const written = await ctx.db.$executeRaw`
          INSERT INTO policy_application (id, "policyId", "enterpriseId", "townId", status, auto, material, "grantedFen", "reviewedById", "reviewedAt", "activeKey", "updatedAt")
          VALUES (${id}, ${policy.id}, ${r.enterpriseId}, ${r.townId}, 'APPROVED', true, '免申即享', ${amount}, ${ctx.user!.id}, ${ctx.now()}, ${key}, now())
          ON CONFLICT ("activeKey") DO NOTHING`;
          if (written !== 1) {
            alreadyGranted++;
            continue;
          }
          granted++;
          await recordGrant(ctx.db, ctx.now(), ctx.user, policy, { applicationId: id, enterpriseId: r.enterpriseId, amountFen: amount });
        }
        return { granted, alreadyGranted };
      }),

    /** Public: published policies, searched in Chinese (the one segmenter helper, full-text index). */
    publicList: procedure("public", { description: "Published policies, searched in Chinese" })
      .input(ZPublicPolicySearch)
      .output(ZPublicPolicies)
      .query(async ({ ctx, input }) => {
        const today = shanghaiDate(ctx.now());
        let ids: string[] | null = null;
        if (input.q?.trim()) {
          const tsq = tsQueryFor(input.q);
          ids = tsq
            ? (
                await ctx.db.$queryRawUnsafe<{ id: string }[]>(
                  `SELECT id FROM policy WHERE "searchVector" @@ to_tsquery('simple', $1) LIMIT 5000`,
                  tsq,
                )
              ).map((r) => r.id)
            : [];
        }
        const where: Prisma.PolicyWhereInput = {
          AND: [
            inEffect(today),
            ids ? { id: { in: ids } } : {},
            input.level ? { level: input.level } : {},
            input.supportKind ? { supportKind: input.supportKind } : {},
          ],
        };
        const [rows, total] = await Promise.all([
          ctx.db.policy.findMany({
            where,
            include: POLICY_INCLUDE,
            orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
            skip: (input.page - 1) * input.perPage,
            take: input.perPage,
          }),
          ctx.db.policy.count({ where }),
        ]);
        return { data: rows.map(toPolicyDto), total };
      }),

    /** Public: one published policy in plain words. */
    publicGet: procedure("public", { description: "One published policy" })
      .input(ZId)
      .output(ZPolicy)
      .query(async ({ ctx, input }) => {
        const row = await ctx.db.policy.findFirst({ where: { id: input.id, status: "PUBLISHED" }, include: POLICY_INCLUDE });
        if (!row) throw AppError.notFound(POLICY_LABEL);
        return toPolicyDto(row);
      }),
  }),
);
