import { z } from "zod";
import { AppError, dateOfDay, dayOrNull, shanghaiDate } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineExport, NO_ROWS, procedure, router, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import { ContactStatus, ZContact, ZContactAnswer, ZContactCreate, ZContactFilter, type TContact } from "../schemas";
import { CONTACT_LABEL, linkName, linksOf, myEnterpriseId, POSTING_LABEL, staffTown, SUPPLY_CHAIN_STAFF } from "./access";
import { supplyChainMatcher } from "./matching";
import { POSTING_INCLUDE, profileOf, toPostingDto } from "./postings";

const PARTY = {
  include: {
    enterprise: { select: { id: true, name: true, townId: true, contactName: true, contactPhone: true } },
    cluster: { select: { links: true } },
  },
} as const;
const CONTACT_INCLUDE = { demand: PARTY, supply: PARTY } satisfies Prisma.SupplyChainContactInclude;
type TContactRow = Prisma.SupplyChainContactGetPayload<{ include: typeof CONTACT_INCLUDE }>;

/** Contacts: staff those touching their town; an enterprise those on its own postings. */
export function contactScope(user: TSessionUser | null): TWhere {
  if (user?.role === "ENTERPRISE") {
    const me = user.enterpriseId;
    return me ? { OR: [{ demand: { enterpriseId: me } }, { supply: { enterpriseId: me } }] } : NO_ROWS;
  }
  const town = staffTown(user);
  return town === null ? {} : town ? { OR: [{ demand: { townId: town } }, { supply: { townId: town } }] } : NO_ROWS;
}

/** The other side's contact person shows to an enterprise once the contact is accepted; staff always see it. */
function toContactDto(r: TContactRow, user: TSessionUser | null): TContact {
  const open = user?.role !== "ENTERPRISE" || r.status === "ACCEPTED";
  const party = (p: TContactRow["demand"]) => {
    const own = user?.role === "ENTERPRISE" && p.enterpriseId === user.enterpriseId;
    return {
      enterpriseId: p.enterprise.id,
      name: p.enterprise.name,
      contactName: open || own ? p.enterprise.contactName : null,
      contactPhone: open || own ? p.enterprise.contactPhone : null,
    };
  };
  const side = (p: TContactRow["demand"]) => ({ id: p.id, product: p.product, linkName: linkName(linksOf(p.cluster.links), p.linkKey) });
  return {
    id: r.id,
    status: r.status as TContact["status"],
    score: r.score,
    requestedOn: dayOrNull(r.requestedOn)!,
    answeredOn: dayOrNull(r.answeredOn),
    requesterId: r.requesterId,
    mySide:
      user?.role !== "ENTERPRISE"
        ? null
        : r.demand.enterpriseId === user.enterpriseId
          ? "BUYER"
          : r.supply.enterpriseId === user.enterpriseId
            ? "SUPPLIER"
            : null,
    demand: side(r.demand),
    supply: side(r.supply),
    buyer: party(r.demand),
    supplier: party(r.supply),
  };
}

async function contactInScope(ctx: TContext, id: string) {
  const row = await ctx.db.supplyChainContact.findFirst({ where: { AND: [{ id }, contactScope(ctx.user)] }, include: CONTACT_INCLUDE });
  if (!row) throw AppError.notFound(CONTACT_LABEL);
  return row;
}

/** Contacts in the caller's scope, newest first (the console's list and its Excel export). */
const listContacts = procedure([...SUPPLY_CHAIN_STAFF, "ENTERPRISE"], { description: "Supply-chain contacts in the caller's scope" })
  .input(
    z.object({
      pagination: z
        .object({ page: z.number().int().min(1).max(100_000), perPage: z.number().int().min(1).max(200) })
        .default({ page: 1, perPage: 25 }),
      filter: ZContactFilter.optional(),
    }),
  )
  .output(z.object({ data: z.array(ZContact), total: z.number().int() }))
  .query(async ({ ctx, input }) => {
    const where = { AND: [contactScope(ctx.user), input.filter?.status ? { status: input.filter.status } : {}] };
    const { page, perPage } = input.pagination;
    const [rows, total] = await Promise.all([
      ctx.db.supplyChainContact.findMany({
        where,
        include: CONTACT_INCLUDE,
        orderBy: [{ requestedOn: "desc" }, { id: "asc" }],
        skip: (page - 1) * perPage,
        take: perPage,
      }),
      ctx.db.supplyChainContact.count({ where }),
    ]);
    return { data: rows.map((r) => toContactDto(r, ctx.user)), total };
  });

/** The contacts list as an Excel file (what the console's list shows, as filtered). */
export const contactsExport = defineExport<TContact>(
  { config: { label: CONTACT_LABEL, sortable: [] }, ZListInput: z.object({}), router: router({ list: listContacts }) },
  {
    policy: SUPPLY_CHAIN_STAFF,
    columns: [
      { header: { zh: "发起日期", en: "Requested on" }, value: (r) => r.requestedOn },
      { header: { zh: "状态", en: "Status" }, value: (r, lang) => ContactStatus.label(r.status, lang) },
      { header: { zh: "采购方", en: "Buyer" }, width: 28, value: (r) => r.buyer.name },
      { header: { zh: "需求", en: "Demand" }, width: 24, value: (r) => r.demand.product },
      { header: { zh: "供应方", en: "Supplier" }, width: 28, value: (r) => r.supplier.name },
      { header: { zh: "供应", en: "Supply" }, width: 24, value: (r) => r.supply.product },
      { header: { zh: "环节", en: "Link" }, value: (r) => r.demand.linkName ?? r.supply.linkName },
      { header: { zh: "匹配度", en: "Fit" }, value: (r) => `${Math.round(r.score * 100)}%` },
      { header: { zh: "答复日期", en: "Answered on" }, value: (r) => r.answeredOn },
    ],
  },
);

export const contactsRouter = router({
  list: listContacts,
  export: contactsExport,

  get: procedure([...SUPPLY_CHAIN_STAFF, "ENTERPRISE"], { description: "One supply-chain contact" })
    .input(z.object({ id: z.string().min(1).max(64) }))
    .output(ZContact)
    .query(async ({ ctx, input }) => toContactDto(await contactInScope(ctx, input.id), ctx.user)),

  getMany: procedure([...SUPPLY_CHAIN_STAFF, "ENTERPRISE"], { description: "Several supply-chain contacts by id" })
    .input(z.object({ ids: z.array(z.string().min(1).max(64)).max(200) }))
    .output(z.array(ZContact))
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db.supplyChainContact.findMany({
        where: { AND: [{ id: { in: input.ids } }, contactScope(ctx.user)] },
        include: CONTACT_INCLUDE,
      });
      return rows.map((r) => toContactDto(r, ctx.user));
    }),

  /** 联系对方: an enterprise asks the side of a matched pair for contact; a pair the matcher excludes is refused with why. */
  create: procedure(["ENTERPRISE"], { description: "Ask a matched counterpart for contact" })
    .input(ZContactCreate)
    .output(ZContact)
    .mutation(async ({ ctx, input }) => {
      const me = myEnterpriseId(ctx);
      const [mineRow, otherRow] = await Promise.all([
        ctx.db.supplyChainPosting.findFirst({ where: { id: input.postingId, enterpriseId: me }, include: POSTING_INCLUDE }),
        ctx.db.supplyChainPosting.findFirst({ where: { id: input.counterpartId, status: "PUBLISHED" }, include: POSTING_INCLUDE }),
      ]);
      if (!mineRow) throw AppError.notFound(POSTING_LABEL);
      if (!otherRow || otherRow.enterpriseId === me) throw AppError.notFound(POSTING_LABEL);
      if (mineRow.kind === otherRow.kind)
        throw AppError.validation("counterpartId", {
          zh: "供给只能与需求对接",
          en: "A supply is matched to a demand, and the other way round",
        });
      const [mine, other] = [toPostingDto(mineRow), toPostingDto(otherRow)];
      const [demand, supply] = mine.kind === "DEMAND" ? [mine, other] : [other, mine];
      const verdict = supplyChainMatcher.evaluate(profileOf(demand), profileOf(supply));
      if (verdict.failed.length)
        throw AppError.validation("counterpartId", {
          zh: `未匹配，不能对接：${verdict.failed.map((f) => f.reason!.zh).join("；")}`,
          en: `Not a match: ${verdict.failed.map((f) => f.reason!.en).join("; ")}`,
        });
      const existing = await ctx.db.supplyChainContact.findUnique({
        where: { demandId_supplyId: { demandId: demand.id, supplyId: supply.id } },
      });
      const id = existing?.id ?? newId();
      if (!existing)
        await ctx.db.supplyChainContact.create({
          data: {
            id,
            demandId: demand.id,
            supplyId: supply.id,
            requesterId: me,
            score: verdict.score,
            requestedOn: dateOfDay(shanghaiDate(ctx.now()))!,
          },
        });
      return toContactDto(await contactInScope(ctx, id), ctx.user);
    }),

  /** The asked side accepts (both see each other's contact person) or declines. */
  answer: procedure(["ENTERPRISE"], { description: "Accept or decline a contact request" })
    .input(ZContactAnswer)
    .output(ZContact)
    .mutation(async ({ ctx, input }) => {
      const me = myEnterpriseId(ctx);
      const row = await contactInScope(ctx, input.id);
      if (row.requesterId === me)
        throw new AppError("FORBIDDEN", { zh: "由对方回应您发起的对接", en: "The other side answers your request" });
      if (row.status !== "REQUESTED")
        throw new AppError("CONFLICT", {
          zh: `该对接${ContactStatus.label(row.status as "REQUESTED")}`,
          en: "This contact was answered already",
        });
      await ctx.db.supplyChainContact.update({
        where: { id: row.id },
        data: { status: input.decision === "ACCEPT" ? "ACCEPTED" : "DECLINED", answeredOn: dateOfDay(shanghaiDate(ctx.now())) },
      });
      return toContactDto(await contactInScope(ctx, row.id), ctx.user);
    }),
});
