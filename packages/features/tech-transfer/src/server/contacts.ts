import { AppError, dateOfDay, dayOrNull, isoOrNull, shanghaiDate } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineExport, defineResource, procedure, recordLedgerEntry, router, type TContext } from "@qifu/trpc-core";
import {
  ContactStatus,
  TechField,
  ZAnswer,
  ZContact,
  ZContactCreate,
  ZContactFilter,
  ZContactUpdate,
  ZProject,
  ZSign,
  type TContact,
  type TContactCreate,
} from "../schemas";
import { CONTACT_LABEL, contactScope, myEnterpriseId, NEED_LABEL, NODE_STAFF, TT_STAFF, wan } from "./access";
import { PROJECT_INCLUDE, toProjectDto } from "./projects";

const CONTACT_INCLUDE = {
  achievement: { select: { title: true, providerNodeId: true, field: true, providerNode: { select: { name: true } } } },
  need: { include: { enterprise: { select: { name: true } }, town: { select: { name: true } } } },
  projects: { select: { id: true } },
} satisfies Prisma.TechContactInclude;
type TContactRow = Prisma.TechContactGetPayload<{ include: typeof CONTACT_INCLUDE }>;

function toContactDto(r: TContactRow): TContact {
  return {
    id: r.id,
    needId: r.needId,
    achievementId: r.achievementId,
    achievementTitle: r.achievement.title,
    providerNodeId: r.achievement.providerNodeId,
    providerName: r.achievement.providerNode.name,
    message: r.message,
    status: r.status as TContact["status"],
    sentOn: dayOrNull(r.sentOn)!,
    answer: r.answer,
    answeredOn: dayOrNull(r.answeredOn),
    enterpriseName: r.need.enterprise.name,
    townName: r.need.town?.name ?? null,
    needField: r.need.field as TContact["needField"],
    needProblem: r.need.problem,
    needBudgetFen: r.need.budgetFen === null ? null : Number(r.need.budgetFen),
    projectId: r.projects[0]?.id ?? null,
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

/** 联系成果方: the enterprise contacts a published achievement for one of its open needs, once per achievement. */
async function prepareContact(ctx: TContext, input: TContactCreate) {
  const need = await ctx.db.techNeed.findFirst({
    where: { id: input.needId, enterpriseId: myEnterpriseId(ctx) },
    select: { id: true, status: true },
  });
  if (!need) throw AppError.notFound(NEED_LABEL);
  if (need.status !== "OPEN") throw AppError.validation("needId", { zh: "该需求已签约或已关闭", en: "This need is signed or closed" });
  const a = await ctx.db.techAchievement.findFirst({
    where: { id: input.achievementId, status: "PUBLISHED", providerNode: { status: "ACTIVE" } },
    select: { id: true, providerNode: { select: { name: true } } },
  });
  if (!a)
    throw AppError.validation("achievementId", { zh: "该成果不存在或未发布", en: "This achievement does not exist or is not published" });
  if (
    await ctx.db.techContact.findUnique({ where: { needId_achievementId: { needId: need.id, achievementId: a.id } }, select: { id: true } })
  )
    throw AppError.validation("achievementId", {
      zh: `已联系${a.providerNode.name}，请等待答复`,
      en: `Already contacted ${a.providerNode.name}: wait for the answer`,
    });
  return { id: newId(), needId: need.id, achievementId: a.id, message: input.message ?? null, sentOn: dateOfDay(shanghaiDate(ctx.now()))! };
}

export const contactsResource = defineResource({
  name: "techContacts",
  label: CONTACT_LABEL,
  model: (db) => db.techContact,
  include: CONTACT_INCLUDE,
  schemas: { create: ZContactCreate, update: ZContactUpdate, filter: ZContactFilter, dto: ZContact },
  sortable: ["sentOn", "status", "updatedAt"],
  defaultSort: { field: "sentOn", order: "DESC" },
  policy: { read: [...TT_STAFF, ...NODE_STAFF, "ENTERPRISE"], create: ["ENTERPRISE"], update: ["ENTERPRISE"], delete: ["DISTRICT_ADMIN"] },
  // the enterprise's own (it creates them), the district's (it may delete one); answers go through `answer`/`sign`
  scope: {
    read: contactScope,
    write: (u) => (u?.role === "DISTRICT_ADMIN" ? {} : u?.role === "ENTERPRISE" ? contactScope(u) : { id: { in: [] } }),
  },
  outOfScope: { zh: "只能联系本企业需求的成果", en: "You can only contact achievements for your own needs" },
  filterToWhere: (f) => ({
    ...(f.status ? { status: f.status } : {}),
    ...(f.needId ? { needId: f.needId } : {}),
    ...(f.achievementId ? { achievementId: f.achievementId } : {}),
    ...(f.q?.trim() ? { need: { enterprise: { name: { contains: f.q.trim() } } } } : {}),
  }),
  toDto: toContactDto,
  prepareCreate: prepareContact,
  // ZContactUpdate has no field: answers and signing go through `answer`/`sign`
  prepareUpdate: async () => ({}),
});

export const contactsExport = defineExport<TContact>(contactsResource, {
  policy: [...TT_STAFF, ...NODE_STAFF, "ENTERPRISE"],
  columns: [
    { header: { zh: "联系日期", en: "Sent on" }, value: (r) => r.sentOn },
    { header: { zh: "企业", en: "Enterprise" }, width: 28, value: (r) => r.enterpriseName },
    { header: { zh: "镇街", en: "Town" }, value: (r) => r.townName },
    { header: { zh: "技术难题", en: "Problem" }, width: 30, value: (r) => r.needProblem },
    { header: { zh: "技术领域", en: "Field" }, value: (r, lang) => TechField.label(r.needField, lang) },
    { header: { zh: "科技成果", en: "Achievement" }, width: 28, value: (r) => r.achievementTitle },
    { header: { zh: "成果提供方", en: "Provider" }, width: 28, value: (r) => r.providerName },
    { header: { zh: "状态", en: "Status" }, value: (r, lang) => ContactStatus.label(r.status, lang) },
    { header: { zh: "答复", en: "Answer" }, width: 28, value: (r) => r.answer },
  ],
});

/** The contact, locked for this transaction, if it was made to the caller's own achievements. */
async function lockOwnContact(ctx: TContext, id: string) {
  const nodeId = ctx.user?.nodeId;
  const locked = nodeId
    ? await ctx.db.$queryRaw<{ id: string }[]>`
        SELECT c.id FROM tech_contact c JOIN tech_achievement a ON a.id = c."achievementId"
        WHERE c.id = ${id} AND a."providerNodeId" = ${nodeId} FOR UPDATE OF c`
    : [];
  if (!locked.length) throw AppError.notFound(CONTACT_LABEL);
  return ctx.db.techContact.findUniqueOrThrow({ where: { id }, include: CONTACT_INCLUDE });
}
const wrongState = (zh: string, en: string) => new AppError("CONFLICT", { zh, en });

export const contactsRouter = router({
  list: contactsResource.router.list,
  get: contactsResource.router.get,
  getMany: contactsResource.router.getMany,
  /** The enterprise contacts an achievement for one of its needs. */
  create: contactsResource.router.create,
  export: contactsExport,

  /** The provider answers: agree to talk, or decline with a reason (the enterprise sees it). */
  answer: procedure(NODE_STAFF, { description: "A provider accepts an enterprise's contact or declines it with a reason" })
    .input(ZAnswer)
    .output(ZContact)
    .mutation(async ({ ctx, input }) => {
      const c = await lockOwnContact(ctx, input.id);
      if (c.status !== "SENT") throw wrongState("该对接已答复过", "This contact has been answered already");
      return toContactDto(
        await ctx.db.techContact.update({
          where: { id: c.id },
          data: {
            status: input.decision === "ACCEPT" ? "ACCEPTED" : "DECLINED",
            answer: input.answer ?? null,
            answeredOn: dateOfDay(shanghaiDate(ctx.now()))!,
            answeredBy: ctx.user!.displayName,
          },
          include: CONTACT_INCLUDE,
        }),
      );
    }),

  /**
   * 签约: the provider records the cooperation project of an accepted contact (title, contract
   * value, date). The need is signed, and the enterprise's ledger gets its record (source TECH_TRANSFER).
   */
  sign: procedure(NODE_STAFF, { description: "A provider records the cooperation project signed after a contact" })
    .input(ZSign)
    .output(ZProject)
    .mutation(async ({ ctx, input }) => {
      const c = await lockOwnContact(ctx, input.contactId);
      if (c.status !== "ACCEPTED") throw wrongState("只有同意洽谈的对接可以签约", "Only an accepted contact can be signed");
      const today = shanghaiDate(ctx.now());
      const sent = dayOrNull(c.sentOn)!;
      if (input.signedOn < sent || input.signedOn > today)
        throw AppError.validation("signedOn", {
          zh: `签约日期应在联系（${sent}）之后、今天之前`,
          en: `The signing date must lie between the contact (${sent}) and today`,
        });
      const project = await ctx.db.techProject.create({
        data: {
          id: newId(),
          title: input.title,
          enterpriseId: c.need.enterpriseId,
          townId: c.need.townId,
          providerNodeId: c.achievement.providerNodeId,
          achievementId: c.achievementId,
          contactId: c.id,
          field: c.achievement.field,
          contractFen: BigInt(input.contractFen),
          stage: "SIGNED",
          signedOn: dateOfDay(input.signedOn)!,
        },
        include: PROJECT_INCLUDE,
      });
      await ctx.db.techContact.update({ where: { id: c.id }, data: { status: "SIGNED" } });
      await ctx.db.techNeed.update({ where: { id: c.needId }, data: { status: "SIGNED" } });
      await recordLedgerEntry(ctx.db, {
        source: "TECH_TRANSFER",
        originId: project.id,
        enterpriseId: c.need.enterpriseId,
        nodeId: c.achievement.providerNodeId,
        category: "INDUSTRY_ACADEMIA",
        channel: "ONLINE",
        servedOn: input.signedOn,
        staffName: ctx.user?.displayName ?? c.achievement.providerNode.name,
        summary: `成果转化：与${c.achievement.providerNode.name}签订“${input.title}”合作项目，合同金额${wan(input.contractFen)}`,
        createdById: ctx.user?.id ?? null,
      });
      return toProjectDto(project);
    }),
});
