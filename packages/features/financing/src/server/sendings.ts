import { z } from "zod";
import { AppError, dateOfDay, dayOrNull, isoOrNull, shanghaiDate } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineExport, defineResource, procedure, recordLedgerEntry, router, type TContext } from "@qifu/trpc-core";
import {
  Collateral,
  SendingStatus,
  Urgency,
  ZAnswer,
  ZOutcome,
  ZSend,
  ZSending,
  ZSendingFilter,
  ZSendingUpdate,
  type TSend,
  type TSending,
} from "../schemas";
import {
  FINANCING_STAFF,
  INSTITUTION,
  myEnterpriseId,
  NEED_LABEL,
  num,
  SENDING_LABEL,
  sendingScope,
  sendingWriteScope,
  wan,
} from "./access";

const SENDING_INCLUDE = {
  node: { select: { name: true } },
  product: { select: { name: true } },
  scheme: { select: { name: true } },
  need: { include: { enterprise: { select: { name: true } }, town: { select: { name: true } } } },
} satisfies Prisma.FinancingSendingInclude;
type TSendingRow = Prisma.FinancingSendingGetPayload<{ include: typeof SENDING_INCLUDE }>;

function toSendingDto(r: TSendingRow): TSending {
  return {
    id: r.id,
    needId: r.needId,
    nodeId: r.nodeId,
    nodeName: r.node.name,
    productId: r.productId,
    productName: r.product?.name ?? null,
    status: r.status as TSending["status"],
    sentOn: dayOrNull(r.sentOn)!,
    declineReason: r.declineReason,
    answeredOn: dayOrNull(r.answeredOn),
    approvedFen: num(r.approvedFen),
    grantedFen: num(r.grantedFen),
    rateBp: r.rateBp,
    grantedOn: dayOrNull(r.grantedOn),
    schemeId: r.schemeId,
    schemeName: r.scheme?.name ?? null,
    enterpriseName: r.need.enterprise.name,
    townName: r.need.town?.name ?? null,
    needAmountFen: Number(r.need.amountFen),
    needPurpose: r.need.purpose,
    needTermMonths: r.need.termMonths,
    needCollateral: r.need.collateral as TSending["needCollateral"],
    needUrgency: r.need.urgency as TSending["needUrgency"],
    needPostedOn: dayOrNull(r.need.postedOn)!,
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

/** 发送给机构: the enterprise sends its open need to the institution of a published product, once per institution. */
async function prepareSend(ctx: TContext, input: TSend) {
  const enterpriseId = myEnterpriseId(ctx);
  const need = await ctx.db.financingNeed.findFirst({ where: { id: input.needId, enterpriseId }, select: { id: true, status: true } });
  if (!need) throw AppError.notFound(NEED_LABEL);
  if (need.status !== "OPEN")
    throw AppError.validation("needId", {
      zh: "该需求已放款或已关闭，不能再发送",
      en: "This need is granted or closed: it cannot be sent again",
    });
  const product = await ctx.db.financingProduct.findFirst({
    where: { id: input.productId, status: "PUBLISHED", node: { status: "ACTIVE" } },
    select: { nodeId: true, node: { select: { name: true } } },
  });
  if (!product)
    throw AppError.validation("productId", { zh: "该金融产品不存在或未发布", en: "This product does not exist or is not published" });
  if (
    await ctx.db.financingSending.findUnique({
      where: { needId_nodeId: { needId: need.id, nodeId: product.nodeId } },
      select: { id: true },
    })
  )
    throw AppError.validation("productId", {
      zh: `已发送给${product.node.name}，请等待答复`,
      en: `Already sent to ${product.node.name}: wait for its answer`,
    });
  return { id: newId(), needId: need.id, nodeId: product.nodeId, productId: input.productId, sentOn: dateOfDay(shanghaiDate(ctx.now()))! };
}

export const sendingsResource = defineResource({
  name: "financingSendings",
  label: SENDING_LABEL,
  model: (db) => db.financingSending,
  include: SENDING_INCLUDE,
  schemas: { create: ZSend, update: ZSendingUpdate, filter: ZSendingFilter, dto: ZSending },
  sortable: ["sentOn", "status", "answeredOn", "grantedOn", "updatedAt"],
  defaultSort: { field: "sentOn", order: "DESC" },
  policy: {
    read: [...FINANCING_STAFF, ...INSTITUTION, "ENTERPRISE"],
    create: ["ENTERPRISE"],
    update: INSTITUTION,
    delete: ["DISTRICT_ADMIN"],
  },
  // reads: see sendingScope; the create must stay the enterprise's own, the answers the institution's
  scope: { read: sendingScope, write: (u) => (u?.role === "ENTERPRISE" ? sendingScope(u) : sendingWriteScope(u)) },
  outOfScope: { zh: "只能处理发送给本机构的融资需求", en: "You can only handle needs sent to your own institution" },
  filterToWhere: (f) => ({
    ...(f.status ? { status: f.status } : {}),
    ...(f.nodeId ? { nodeId: f.nodeId } : {}),
    ...(f.needId ? { needId: f.needId } : {}),
    ...(f.q?.trim() ? { need: { enterprise: { name: { contains: f.q.trim() } } } } : {}),
  }),
  toDto: toSendingDto,
  prepareCreate: prepareSend,
  // ZSendingUpdate has no field: the resource refuses an update before it gets here; answers go through `answer`/`outcome`
  prepareUpdate: async () => ({}),
});

export const sendingsExport = defineExport<TSending>(sendingsResource, {
  policy: [...FINANCING_STAFF, ...INSTITUTION, "ENTERPRISE"],
  columns: [
    { header: { zh: "发送日期", en: "Sent on" }, value: (r) => r.sentOn },
    { header: { zh: "企业", en: "Enterprise" }, width: 28, value: (r) => r.enterpriseName },
    { header: { zh: "镇街", en: "Town" }, value: (r) => r.townName },
    { header: { zh: "金融机构", en: "Institution" }, width: 28, value: (r) => r.nodeName },
    { header: { zh: "金融产品", en: "Product" }, width: 24, value: (r) => r.productName },
    { header: { zh: "需求金额", en: "Amount asked" }, value: (r) => wan(r.needAmountFen) },
    { header: { zh: "资金用途", en: "Use of funds" }, width: 24, value: (r) => r.needPurpose },
    { header: { zh: "抵质押物", en: "Collateral" }, value: (r, lang) => Collateral.label(r.needCollateral, lang) },
    { header: { zh: "紧急程度", en: "Urgency" }, value: (r, lang) => Urgency.label(r.needUrgency, lang) },
    { header: { zh: "状态", en: "Status" }, value: (r, lang) => SendingStatus.label(r.status, lang) },
    { header: { zh: "婉拒原因", en: "Reason declined" }, width: 24, value: (r) => r.declineReason },
    { header: { zh: "审批金额", en: "Approved" }, value: (r) => (r.approvedFen === null ? "" : wan(r.approvedFen)) },
    { header: { zh: "放款金额", en: "Granted" }, value: (r) => (r.grantedFen === null ? "" : wan(r.grantedFen)) },
    { header: { zh: "执行年利率", en: "Rate" }, value: (r) => (r.rateBp === null ? "" : `${(r.rateBp / 100).toFixed(2)}%`) },
    { header: { zh: "放款日期", en: "Granted on" }, value: (r) => r.grantedOn },
    { header: { zh: "担保方案", en: "Scheme" }, value: (r) => r.schemeName },
  ],
});

/** The contact, locked for this transaction, if it was sent to the caller's institution. */
async function lockOwnSending(ctx: TContext, id: string) {
  const nodeId = ctx.user?.nodeId;
  const locked = nodeId
    ? await ctx.db.$queryRaw<{ id: string }[]>`SELECT id FROM financing_sending WHERE id = ${id} AND "nodeId" = ${nodeId} FOR UPDATE`
    : [];
  if (!locked.length) throw AppError.notFound(SENDING_LABEL);
  return ctx.db.financingSending.findUniqueOrThrow({ where: { id }, include: SENDING_INCLUDE });
}

/** The contact is one service of the institution to the enterprise: one ledger record per contact, however often answered. */
async function recordContact(ctx: TContext, s: TSendingRow, summary: string) {
  await recordLedgerEntry(ctx.db, {
    source: "FINANCING",
    originId: s.id,
    enterpriseId: s.need.enterpriseId,
    nodeId: s.nodeId,
    category: "FINANCING",
    channel: "ONLINE",
    servedOn: shanghaiDate(ctx.now()),
    staffName: ctx.user?.displayName ?? s.node.name,
    summary,
    createdById: ctx.user?.id ?? null,
  });
}

const wrongState = (zh: string, en: string) => new AppError("CONFLICT", { zh, en });

export const sendingsRouter = router({
  list: sendingsResource.router.list,
  get: sendingsResource.router.get,
  getMany: sendingsResource.router.getMany,
  /** The enterprise sends its need to the institution of one chosen product. */
  create: sendingsResource.router.create,
  export: sendingsExport,

  /** The institution answers: accept to review, or decline with a reason. Writes the contact's ledger record. */
  answer: procedure(INSTITUTION, { description: "An institution accepts a need sent to it for review, or declines it with a reason" })
    .input(ZAnswer)
    .output(ZSending)
    .mutation(async ({ ctx, input }) => {
      const s = await lockOwnSending(ctx, input.id);
      if (s.status !== "SENT") throw wrongState("该需求已答复过", "This need has been answered already");
      const declined = input.decision === "DECLINE";
      await ctx.db.financingSending.update({
        where: { id: s.id },
        data: {
          status: declined ? "DECLINED" : "REVIEWING",
          declineReason: declined ? input.reason : null,
          answeredOn: dateOfDay(shanghaiDate(ctx.now()))!,
          answeredBy: ctx.user!.displayName,
        },
      });
      await recordContact(
        ctx,
        s,
        declined
          ? `融资对接：${s.node.name}婉拒${wan(s.need.amountFen)}融资需求（${input.reason}）`
          : `融资对接：${s.node.name}受理${wan(s.need.amountFen)}融资需求，进入审查`,
      );
      return toSendingDto(await ctx.db.financingSending.findUniqueOrThrow({ where: { id: s.id }, include: SENDING_INCLUDE }));
    }),

  /**
   * The outcome of a need under review: amount approved, and once lent the amount granted, rate and
   * date. A grant under a 助保贷 / batch-guarantee scheme draws on its quota by a conditional UPDATE,
   * so concurrent grants never overdraw it.
   */
  outcome: procedure(INSTITUTION, { description: "An institution records the approval and the grant of a need under review" })
    .input(ZOutcome)
    .output(ZSending)
    .mutation(async ({ ctx, input }) => {
      const s = await lockOwnSending(ctx, input.id);
      if (s.status !== "REVIEWING" && s.status !== "APPROVED")
        throw wrongState("只有受理审查中或已审批的需求可以登记结果", "Only a need under review or approved can get an outcome");
      const granted = input.grantedFen !== null && input.grantedFen > 0;
      if (granted !== (input.grantedOn !== null))
        throw AppError.validation("grantedOn", { zh: "放款金额和放款日期须同时填写", en: "Give the amount granted and the date together" });
      if (granted && input.grantedFen! > input.approvedFen)
        throw AppError.validation("grantedFen", {
          zh: "放款金额不能超过审批金额",
          en: "The amount granted cannot exceed the amount approved",
        });
      const today = shanghaiDate(ctx.now());
      const posted = dayOrNull(s.need.postedOn)!;
      if (input.grantedOn && (input.grantedOn < posted || input.grantedOn > today))
        throw AppError.validation("grantedOn", {
          zh: `放款日期应在需求发布（${posted}）之后、今天之前`,
          en: `The grant date must lie between the posting (${posted}) and today`,
        });
      if (input.schemeId) {
        if (!granted)
          throw AppError.validation("schemeId", { zh: "放款后才能计入担保方案额度", en: "Only a grant draws on a scheme's quota" });
        const used = await ctx.db.$executeRaw`
          UPDATE financing_scheme SET "usedFen" = "usedFen" + ${BigInt(input.grantedFen!)}, "updatedAt" = now()
          WHERE id = ${input.schemeId} AND status = 'ACTIVE' AND "usedFen" + ${BigInt(input.grantedFen!)} <= "quotaFen"`;
        if (used !== 1) {
          const scheme = await ctx.db.financingScheme.findUnique({ where: { id: input.schemeId } });
          if (!scheme || scheme.status !== "ACTIVE")
            throw AppError.validation("schemeId", { zh: "担保方案不存在或已结束", en: "The scheme does not exist or is closed" });
          throw AppError.validation("schemeId", {
            zh: `${scheme.name}剩余额度${wan(scheme.quotaFen - scheme.usedFen)}，不足本次放款`,
            en: `${scheme.name} has ${wan(scheme.quotaFen - scheme.usedFen)} of quota left, less than this grant`,
          });
        }
      }
      await ctx.db.financingSending.update({
        where: { id: s.id },
        data: {
          status: granted ? "GRANTED" : "APPROVED",
          approvedFen: BigInt(input.approvedFen),
          grantedFen: granted ? BigInt(input.grantedFen!) : null,
          rateBp: input.rateBp,
          grantedOn: granted ? dateOfDay(input.grantedOn) : null,
          schemeId: input.schemeId,
        },
      });
      if (granted) await ctx.db.financingNeed.update({ where: { id: s.needId }, data: { status: "GRANTED" } });
      // the contact was recorded when answered; this keeps one record per contact (recordLedgerEntry is idempotent)
      await recordContact(ctx, s, `融资对接：${s.node.name}受理${wan(s.need.amountFen)}融资需求，进入审查`);
      return toSendingDto(await ctx.db.financingSending.findUniqueOrThrow({ where: { id: s.id }, include: SENDING_INCLUDE }));
    }),

  /** The schemes an institution can draw a grant on (name and quota left), for the outcome form. */
  schemeChoices: procedure(INSTITUTION, { description: "Active guarantee schemes with their quota left" })
    .output(z.array(z.object({ id: z.string(), name: z.string(), leftFen: z.number().int() })))
    .query(async ({ ctx }) =>
      (await ctx.db.financingScheme.findMany({ where: { status: "ACTIVE" }, orderBy: { name: "asc" } })).map((s) => ({
        id: s.id,
        name: s.name,
        leftFen: Number(s.quotaFen - s.usedFen),
      })),
    ),
});
