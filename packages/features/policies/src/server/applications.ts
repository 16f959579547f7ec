import { AppError, isoOrNull, shanghaiDate } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineExport, defineResource, mergeRouters, NO_ROWS, procedure, router, type TContext } from "@qifu/trpc-core";
import {
  ApplicationStatus,
  ZApplication,
  ZApplicationCreate,
  ZApplicationFilter,
  ZApplicationReview,
  type TApplication,
  type TApplicationCreate,
} from "../schemas";
import { APPLICATION_LABEL, applicationScope, HANDLERS, myEnterpriseId } from "./access";
import { eligibilityOf, policyMatcherFor } from "./matching";
import { inEffect, namesFor, POLICY_INCLUDE, recordGrant, toPolicyDto } from "./policies";
import { criteriaOf, loadProfiles } from "./profiles";

const APPLICATION_INCLUDE = {
  policy: { select: { title: true } },
  enterprise: { select: { name: true } },
  town: { select: { name: true } },
} satisfies Prisma.PolicyApplicationInclude;
type TApplicationRow = Prisma.PolicyApplicationGetPayload<{ include: typeof APPLICATION_INCLUDE }>;

function toApplicationDto(r: TApplicationRow): TApplication {
  return {
    id: r.id,
    policyId: r.policyId,
    policyTitle: r.policy.title,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterprise.name,
    townId: r.townId,
    townName: r.town?.name ?? null,
    status: r.status as TApplication["status"],
    auto: r.auto,
    material: r.material,
    requestedFen: r.requestedFen,
    grantedFen: r.grantedFen,
    reviewNote: r.reviewNote,
    submittedAt: isoOrNull(r.submittedAt)!,
    reviewedAt: isoOrNull(r.reviewedAt),
  };
}

/** 申报: the policy is published and open, not 免申即享, and the enterprise qualifies now; one open or granted application at a time. */
async function applicationData(ctx: TContext, input: TApplicationCreate) {
  const enterpriseId = myEnterpriseId(ctx);
  const today = shanghaiDate(ctx.now());
  const row = await ctx.db.policy.findFirst({ where: { AND: [{ id: input.policyId }, inEffect(today)] }, include: POLICY_INCLUDE });
  if (!row) throw AppError.validation("policyId", { zh: "该政策不存在或未发布", en: "That policy is not published" });
  const policy = toPolicyDto(row);
  if (policy.autoGrant)
    throw AppError.validation("policyId", {
      zh: "该政策免申即享，无需申报：符合条件的企业由受理单位直接兑现",
      en: "This policy is granted without application: the handling unit pays the enterprises that qualify",
    });
  if ((policy.applyFrom && today < policy.applyFrom) || (policy.applyTo && today > policy.applyTo))
    throw AppError.validation("policyId", {
      zh: `不在申报期内（${policy.applyFrom ?? "即日"}至${policy.applyTo ?? "长期"}）`,
      en: `Outside the application window (${policy.applyFrom ?? "now"} to ${policy.applyTo ?? "open"})`,
    });
  if (input.requestedFen != null && policy.maxAmountFen !== null && input.requestedFen > policy.maxAmountFen)
    throw AppError.validation("requestedFen", { zh: "申请金额超过单个企业最高金额", en: "More than the most one enterprise receives" });
  const [profile] = await loadProfiles(ctx.db, { id: enterpriseId });
  const names = await namesFor(ctx);
  const ev = policyMatcherFor(today).evaluate(profile, criteriaOf(policy, names.towns, names.titles));
  if (eligibilityOf(ev) !== "QUALIFIES")
    throw AppError.validation("policyId", {
      zh: `贵企业暂不符合该政策条件：${ev.failed.map((f) => f.reason!.zh).join("；")}`,
      en: `Your enterprise does not qualify yet: ${ev.failed.map((f) => f.reason!.en).join("; ")}`,
    });
  const key = `${policy.id}:${enterpriseId}`;
  if (await ctx.db.policyApplication.findUnique({ where: { activeKey: key }, select: { id: true } }))
    throw new AppError("CONFLICT", { zh: "贵企业已申报该政策（或已兑现）", en: "You have already applied for (or received) this policy" });
  return {
    id: newId(),
    policyId: policy.id,
    enterpriseId,
    townId: profile.townId,
    material: input.material,
    requestedFen: input.requestedFen ?? null,
    status: "SUBMITTED",
    activeKey: key,
    submittedAt: ctx.now(),
  };
}

export const applicationsResource = defineResource({
  name: "policyApplications",
  label: APPLICATION_LABEL,
  model: (db) => db.policyApplication,
  include: APPLICATION_INCLUDE,
  schemas: { create: ZApplicationCreate, update: ZApplicationCreate.partial(), filter: ZApplicationFilter, dto: ZApplication },
  sortable: ["submittedAt", "status", "reviewedAt", "grantedFen"],
  defaultSort: { field: "submittedAt", order: "DESC" },
  policy: {
    read: ["DISTRICT_ADMIN", "TOWN_ADMIN", ...HANDLERS, "COMMISSIONER", "ENTERPRISE"],
    create: ["ENTERPRISE"],
    update: ["ENTERPRISE"],
    delete: ["ENTERPRISE"],
  },
  scope: {
    read: applicationScope,
    write: (u) => (u?.role === "ENTERPRISE" && u.enterpriseId ? { enterpriseId: u.enterpriseId, status: "SUBMITTED" } : NO_ROWS),
  },
  outOfScope: { zh: "只能操作本企业待审核的申报", en: "You can only change your own enterprise's pending applications" },
  filterToWhere: (f) => ({
    ...(f.status ? { status: f.status } : {}),
    ...(f.policyId ? { policyId: f.policyId } : {}),
    ...(f.townId ? { townId: f.townId } : {}),
    ...(f.auto !== undefined ? { auto: f.auto } : {}),
    ...(f.q?.trim() ? { OR: [{ enterprise: { name: { contains: f.q.trim() } } }, { policy: { title: { contains: f.q.trim() } } }] } : {}),
  }),
  toDto: toApplicationDto,
  prepareCreate: applicationData,
  prepareUpdate: async (_ctx, _existing, input) => ({
    ...(input.material !== undefined ? { material: input.material } : {}),
    ...(input.requestedFen !== undefined ? { requestedFen: input.requestedFen } : {}),
  }),
});

export const applicationsExport = defineExport<TApplication>(applicationsResource, {
  policy: ["DISTRICT_ADMIN", "TOWN_ADMIN", ...HANDLERS, "ENTERPRISE"],
  columns: [
    { header: { zh: "提交时间", en: "Submitted" }, value: (r) => r.submittedAt.slice(0, 10) },
    { header: { zh: "政策", en: "Policy" }, width: 36, value: (r) => r.policyTitle },
    { header: { zh: "企业", en: "Enterprise" }, width: 28, value: (r) => r.enterpriseName },
    { header: { zh: "镇街", en: "Town" }, value: (r) => r.townName },
    { header: { zh: "免申即享", en: "Without application" }, value: (r, lang) => (r.auto ? (lang === "zh" ? "是" : "yes") : "") },
    { header: { zh: "申请金额（元）", en: "Requested (CNY)" }, value: (r) => (r.requestedFen === null ? "" : r.requestedFen / 100) },
    { header: { zh: "兑现金额（元）", en: "Granted (CNY)" }, value: (r) => (r.grantedFen === null ? "" : r.grantedFen / 100) },
    { header: { zh: "状态", en: "Status" }, value: (r, lang) => ApplicationStatus.label(r.status, lang) },
  ],
});

export const applicationsRouter = mergeRouters(
  applicationsResource.router,
  router({
    export: applicationsExport,

    /** The handling unit reviews: approved records the amount and a ledger service; rejected frees the enterprise to apply again. */
    review: procedure(["DISTRICT_ADMIN", ...HANDLERS], { description: "Approve (with the amount) or reject a policy application" })
      .input(ZApplicationReview)
      .output(ZApplication)
      .mutation(async ({ ctx, input }) => {
        const scope = applicationScope(ctx.user);
        const app = await ctx.db.policyApplication.findFirst({
          where: { AND: [{ id: input.id }, scope] },
          include: { policy: { include: POLICY_INCLUDE } },
        });
        if (!app) throw AppError.notFound(APPLICATION_LABEL);
        if (app.status !== "SUBMITTED")
          throw new AppError("CONFLICT", { zh: "该申报已审核过", en: "This application has been reviewed already" });
        const policy = toPolicyDto(app.policy);
        const amount = input.decision === "APPROVED" ? (input.grantedFen ?? app.requestedFen ?? policy.maxAmountFen) : null;
        if (amount != null && policy.maxAmountFen !== null && amount > policy.maxAmountFen)
          throw AppError.validation("grantedFen", { zh: "兑现金额超过单个企业最高金额", en: "More than the most one enterprise receives" });
        if (input.decision === "REJECTED" && !input.note)
          throw AppError.validation("note", { zh: "不予通过时请写明原因", en: "Say why when rejecting" });
        const { count } = await ctx.db.policyApplication.updateMany({
          where: { id: app.id, status: "SUBMITTED" },
          data: {
            status: input.decision,
            grantedFen: amount,
            reviewNote: input.note ?? null,
            reviewedById: ctx.user!.id,
            reviewedAt: ctx.now(),
            ...(input.decision === "REJECTED" ? { activeKey: null } : {}),
          },
        });
        if (count !== 1) throw new AppError("CONFLICT", { zh: "该申报已审核过", en: "This application has been reviewed already" });
        if (input.decision === "APPROVED")
          await recordGrant(ctx.db, ctx.now(), ctx.user, policy, {
            applicationId: app.id,
            enterpriseId: app.enterpriseId,
            amountFen: amount,
          });
        return toApplicationDto(await ctx.db.policyApplication.findUniqueOrThrow({ where: { id: app.id }, include: APPLICATION_INCLUDE }));
      }),

    /** The enterprise withdraws a pending application. */
    withdraw: procedure(["ENTERPRISE"], { description: "Withdraw one's pending policy application" })
      .input(ZApplicationReview.pick({ id: true }))
      .output(ZApplication)
      .mutation(async ({ ctx, input }) => {
        const { count } = await ctx.db.policyApplication.updateMany({
          where: { id: input.id, enterpriseId: myEnterpriseId(ctx), status: "SUBMITTED" },
          data: { status: "WITHDRAWN", activeKey: null },
        });
        if (count !== 1) throw AppError.notFound(APPLICATION_LABEL);
        return toApplicationDto(
          await ctx.db.policyApplication.findUniqueOrThrow({ where: { id: input.id }, include: APPLICATION_INCLUDE }),
        );
      }),
  }),
);
