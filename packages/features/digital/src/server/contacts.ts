import { AppError, dateOfDay, dayOrNull, isoOrNull, shanghaiDate } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineExport, defineResource, procedure, router, type TContext } from "@qifu/trpc-core";
import {
  ContactStatus,
  DigitalScenario,
  ZContact,
  ZContactCreate,
  ZContactFilter,
  ZContactUpdate,
  ZOutcome,
  type TContact,
  type TContactCreate,
} from "../schemas";
import { CONTACT_LABEL, contactScope, myEnterpriseId, NEED_LABEL, NODE_STAFF, STAFF, wan } from "./access";
import { PUBLIC_SOLUTIONS } from "./solutions";

const CONTACT_INCLUDE = {
  solution: { select: { name: true, providerNodeId: true, providerNode: { select: { name: true } } } },
  need: { include: { enterprise: { select: { name: true } }, town: { select: { name: true } } } },
} satisfies Prisma.DigitalContactInclude;
type TContactRow = Prisma.DigitalContactGetPayload<{ include: typeof CONTACT_INCLUDE }>;

function toContactDto(r: TContactRow): TContact {
  return {
    id: r.id,
    needId: r.needId,
    solutionId: r.solutionId,
    solutionName: r.solution.name,
    providerNodeId: r.solution.providerNodeId,
    providerName: r.solution.providerNode.name,
    enterpriseName: r.need.enterprise.name,
    townName: r.need.town?.name ?? null,
    scenario: r.need.scenario as TContact["scenario"],
    needText: r.need.text,
    message: r.message,
    status: r.status as TContact["status"],
    sentOn: dayOrNull(r.sentOn)!,
    answer: r.answer,
    priceFen: r.priceFen,
    goLiveOn: dayOrNull(r.goLiveOn),
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

/** 联系服务商: the enterprise contacts a published solution for one of its open needs, once per solution; the need is then sent to that provider. */
async function prepareContact(ctx: TContext, input: TContactCreate) {
  const need = await ctx.db.digitalNeed.findFirst({
    where: { id: input.needId, enterpriseId: myEnterpriseId(ctx) },
    select: { id: true, status: true },
  });
  if (!need) throw AppError.notFound(NEED_LABEL);
  if (need.status !== "OPEN") throw AppError.validation("needId", { zh: "该需求已采用方案或已关闭", en: "This need is done or closed" });
  const s = await ctx.db.digitalSolution.findFirst({
    where: { id: input.solutionId, ...PUBLIC_SOLUTIONS },
    select: { id: true, providerNode: { select: { name: true } } },
  });
  if (!s) throw AppError.validation("solutionId", { zh: "该方案不存在或未发布", en: "This solution does not exist or is not published" });
  if (await ctx.db.digitalContact.findUnique({ where: { needId_solutionId: { needId: need.id, solutionId: s.id } }, select: { id: true } }))
    throw AppError.validation("solutionId", {
      zh: `已联系${s.providerNode.name}，请等待回复`,
      en: `Already contacted ${s.providerNode.name}: wait for the answer`,
    });
  return { id: newId(), needId: need.id, solutionId: s.id, message: input.message ?? null, sentOn: dateOfDay(shanghaiDate(ctx.now()))! };
}

export const contactsResource = defineResource({
  name: "digitalContacts",
  label: CONTACT_LABEL,
  model: (db) => db.digitalContact,
  include: CONTACT_INCLUDE,
  schemas: { create: ZContactCreate, update: ZContactUpdate, filter: ZContactFilter, dto: ZContact },
  sortable: ["sentOn", "status", "updatedAt"],
  defaultSort: { field: "sentOn", order: "DESC" },
  policy: { read: [...STAFF, ...NODE_STAFF, "ENTERPRISE"], create: ["ENTERPRISE"], update: ["ENTERPRISE"], delete: ["DISTRICT_ADMIN"] },
  scope: {
    read: contactScope,
    write: (u) => (u?.role === "DISTRICT_ADMIN" ? {} : u?.role === "ENTERPRISE" ? contactScope(u) : { id: { in: [] } }),
  },
  outOfScope: { zh: "只能为本企业的需求联系服务商", en: "You can only contact providers for your own needs" },
  filterToWhere: (f) => ({
    ...(f.status ? { status: f.status } : {}),
    ...(f.needId ? { needId: f.needId } : {}),
    ...(f.solutionId ? { solutionId: f.solutionId } : {}),
    ...(f.q?.trim() ? { need: { enterprise: { name: { contains: f.q.trim() } } } } : {}),
  }),
  toDto: toContactDto,
  prepareCreate: prepareContact,
  prepareUpdate: async () => ({}),
});

export const contactsExport = defineExport<TContact>(contactsResource, {
  policy: [...STAFF, ...NODE_STAFF, "ENTERPRISE"],
  columns: [
    { header: { zh: "联系日期", en: "Sent on" }, value: (r) => r.sentOn },
    { header: { zh: "企业", en: "Enterprise" }, width: 28, value: (r) => r.enterpriseName },
    { header: { zh: "镇街", en: "Town" }, value: (r) => r.townName },
    { header: { zh: "场景", en: "Scenario" }, value: (r, lang) => DigitalScenario.label(r.scenario, lang) },
    { header: { zh: "解决方案", en: "Solution" }, width: 28, value: (r) => r.solutionName },
    { header: { zh: "服务商", en: "Provider" }, width: 28, value: (r) => r.providerName },
    { header: { zh: "状态", en: "Status" }, value: (r, lang) => ContactStatus.label(r.status, lang) },
    { header: { zh: "成交价格", en: "Price" }, value: (r) => (r.priceFen === null ? "" : wan(r.priceFen)) },
    { header: { zh: "上线日期", en: "Go-live" }, value: (r) => r.goLiveOn },
  ],
});

/** Which statuses may follow which: talks first (or straight to an outcome), an outcome is final. */
const NEXT: Record<string, readonly string[]> = { SENT: ["TALKING", "ADOPTED", "NOT_ADOPTED"], TALKING: ["ADOPTED", "NOT_ADOPTED"] };

export const contactsRouter = router({
  list: contactsResource.router.list,
  get: contactsResource.router.get,
  getMany: contactsResource.router.getMany,
  /** The enterprise contacts a solution's provider for one of its needs. */
  create: contactsResource.router.create,
  export: contactsExport,

  /** The provider answers and records the outcome: in talks, adopted (price, go-live; the need is done) or not adopted (why). */
  outcome: procedure(NODE_STAFF, {
    description: "A provider answers a contact and records its outcome (adopted with price and go-live, or not)",
  })
    .input(ZOutcome)
    .output(ZContact)
    .mutation(async ({ ctx, input }) => {
      const nodeId = ctx.user?.nodeId;
      const locked = nodeId
        ? await ctx.db.$queryRaw<{ id: string }[]>`
            SELECT c.id FROM digital_contact c JOIN digital_solution s ON s.id = c."solutionId"
            WHERE c.id = ${input.id} AND s."providerNodeId" = ${nodeId} FOR UPDATE OF c`
        : [];
      if (!locked.length) throw AppError.notFound(CONTACT_LABEL);
      const c = await ctx.db.digitalContact.findUniqueOrThrow({ where: { id: input.id }, include: CONTACT_INCLUDE });
      if (!(NEXT[c.status] ?? []).includes(input.status))
        throw new AppError("CONFLICT", {
          zh: `该对接已是“${ContactStatus.label(c.status as TContact["status"], "zh")}”，不能改为“${ContactStatus.label(input.status, "zh")}”`,
          en: `This contact is ${ContactStatus.label(c.status as TContact["status"], "en")} already`,
        });
      const sent = dayOrNull(c.sentOn)!;
      if (input.status === "ADOPTED" && input.goLiveOn < sent)
        throw AppError.validation("goLiveOn", {
          zh: `上线日期不能早于联系日期（${sent}）`,
          en: `The go-live date cannot precede the contact (${sent})`,
        });
      const row = await ctx.db.digitalContact.update({
        where: { id: c.id },
        data: {
          status: input.status,
          answer: input.answer ?? c.answer,
          ...(input.status === "ADOPTED" ? { priceFen: input.priceFen, goLiveOn: dateOfDay(input.goLiveOn)! } : {}),
        },
        include: CONTACT_INCLUDE,
      });
      if (input.status === "ADOPTED") await ctx.db.digitalNeed.update({ where: { id: c.needId }, data: { status: "ADOPTED" } });
      return toContactDto(row);
    }),
});
