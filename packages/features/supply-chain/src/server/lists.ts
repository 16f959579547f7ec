import { AppError, dateOfDay, dayOrNull, isoOrNull, shanghaiDate } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineExport, defineResource, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import {
  KeyChain,
  ListStatus,
  ZListCreate,
  ZListFilter,
  ZListUpdate,
  ZProcurementList,
  type TListCreate,
  type TProcurementList,
} from "../schemas";
import { actingEnterprise, checkLink, checkPeriod, LIST_LABEL, ownOrTown, SUPPLY_CHAIN_STAFF, townScope } from "./access";
import { POSTING_INCLUDE, toPostingDto } from "./postings";

const LIST_INCLUDE = {
  buyer: { select: { name: true, town: { select: { name: true } } } },
  items: { include: POSTING_INCLUDE, orderBy: [{ linkKey: "asc" }, { id: "asc" }] },
} satisfies Prisma.SupplyChainProcurementListInclude;
type TListRow = Prisma.SupplyChainProcurementListGetPayload<{ include: typeof LIST_INCLUDE }>;

/** Lists: staff by town; an enterprise its own and the open ones (a big buyer's list is an invitation to supply). */
const listReadScope = (user: TSessionUser | null): TWhere =>
  user?.role === "ENTERPRISE"
    ? { OR: [...(user.enterpriseId ? [{ buyerId: user.enterpriseId }] : []), { status: "OPEN" }] }
    : townScope(user);

function toListDto(r: TListRow): TProcurementList {
  return {
    id: r.id,
    buyerId: r.buyerId,
    buyerName: r.buyer.name,
    townName: r.buyer.town?.name ?? null,
    title: r.title,
    chain: r.chain as TProcurementList["chain"],
    publishedOn: dayOrNull(r.publishedOn)!,
    status: r.status as TProcurementList["status"],
    note: r.note,
    items: r.items.map(toPostingDto),
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

/** 采购清单: a big buyer's items, each a DEMAND posting on a link of the list's chain (so each is matched like any demand). */
async function prepareList(ctx: TContext, input: TListCreate) {
  const buyer = await actingEnterprise(ctx, input.buyerId, "buyerId");
  const { chain, links } = await checkLink(ctx, input.clusterId, null);
  const today = dateOfDay(shanghaiDate(ctx.now()))!;
  for (const [i, item] of input.items.entries()) {
    if (!links.some((l) => l.key === item.linkKey))
      throw AppError.validation(`items.${i}.linkKey`, { zh: "该产业链没有这个环节", en: "This chain has no such link" });
    checkPeriod(item.periodFrom, item.periodTo, `items.${i}.periodTo`);
  }
  const id = newId();
  return {
    id,
    buyerId: buyer.id,
    townId: buyer.townId,
    title: input.title,
    chain,
    clusterId: input.clusterId,
    publishedOn: today,
    note: input.note ?? null,
    items: {
      create: input.items.map((item) => ({
        id: newId(),
        kind: "DEMAND",
        enterpriseId: buyer.id,
        townId: buyer.townId,
        chain,
        clusterId: input.clusterId,
        linkKey: item.linkKey,
        product: item.product,
        quantity: item.quantity,
        unit: item.unit,
        specification: item.specification ?? null,
        periodFrom: dateOfDay(item.periodFrom)!,
        periodTo: dateOfDay(item.periodTo)!,
        postedById: ctx.user?.role === "ENTERPRISE" ? null : (ctx.user?.id ?? null),
        postedOn: today,
      })),
    },
  };
}

export const listsResource = defineResource({
  name: "supplyChainLists",
  label: LIST_LABEL,
  model: (db) => db.supplyChainProcurementList,
  include: LIST_INCLUDE,
  schemas: { create: ZListCreate, update: ZListUpdate, filter: ZListFilter, dto: ZProcurementList },
  sortable: ["publishedOn", "title", "status", "updatedAt"],
  defaultSort: { field: "publishedOn", order: "DESC" },
  policy: {
    read: [...SUPPLY_CHAIN_STAFF, "ENTERPRISE"],
    create: [...SUPPLY_CHAIN_STAFF, "ENTERPRISE"],
    update: [...SUPPLY_CHAIN_STAFF, "ENTERPRISE"],
    delete: [...SUPPLY_CHAIN_STAFF, "ENTERPRISE"],
  },
  scope: { read: listReadScope, write: ownOrTown("buyerId") },
  outOfScope: { zh: "只能管理本企业（镇街：本镇街企业）的采购清单", en: "You can only manage your own (a town: its enterprises') lists" },
  filterToWhere: (f) => ({
    ...(f.chain ? { chain: f.chain } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.q?.trim() ? { OR: [{ title: { contains: f.q.trim() } }, { buyer: { name: { contains: f.q.trim() } } }] } : {}),
  }),
  toDto: toListDto,
  prepareCreate: prepareList,
  // a closed list closes its items: they are no longer offered to suppliers
  prepareUpdate: async (ctx, existing: TListRow, input) => {
    if (input.status)
      await ctx.db.supplyChainPosting.updateMany({
        where: { procurementListId: existing.id },
        data: { status: input.status === "CLOSED" ? "CLOSED" : "PUBLISHED" },
      });
    return input;
  },
});

export const listsExport = defineExport<TProcurementList>(listsResource, {
  policy: [...SUPPLY_CHAIN_STAFF, "ENTERPRISE"],
  columns: [
    { header: { zh: "发布日期", en: "Published on" }, value: (r) => r.publishedOn },
    { header: { zh: "清单名称", en: "Title" }, width: 28, value: (r) => r.title },
    { header: { zh: "采购企业", en: "Buyer" }, width: 28, value: (r) => r.buyerName },
    { header: { zh: "产业链", en: "Chain" }, width: 16, value: (r, lang) => KeyChain.label(r.chain, lang) },
    {
      header: { zh: "采购明细", en: "Items" },
      width: 60,
      value: (r) => r.items.map((i) => `${i.linkName ?? "—"}：${i.product} ${i.quantity}${i.unit}`).join("；"),
    },
    { header: { zh: "状态", en: "Status" }, value: (r, lang) => ListStatus.label(r.status, lang) },
  ],
});
