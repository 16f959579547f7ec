import { AppError, dateOfDay, dayOrNull, isoOrNull } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import {
  defineExport,
  defineResource,
  NO_ROWS,
  recordLedgerEntry,
  removeLedgerEntry,
  type TContext,
  type TSessionUser,
  type TWhere,
} from "@qifu/trpc-core";
import { KeyChain, ZDeal, ZDealCreate, ZDealFilter, ZDealUpdate, type TDeal, type TDealCreate } from "../schemas";
import { checkLink, DEAL_LABEL, linkName, linksOf, staffTown, SUPPLY_CHAIN_STAFF, wan } from "./access";

const DEAL_INCLUDE = { node: { select: { name: true } }, cluster: { select: { links: true } } } satisfies Prisma.SupplyChainDealInclude;
type TDealRow = Prisma.SupplyChainDealGetPayload<{ include: typeof DEAL_INCLUDE }>;

/** Deals: the district all; a town its enterprises' (either side); node staff their node's; an enterprise its own. */
export function dealScope(user: TSessionUser | null): TWhere {
  if (user?.role === "ENTERPRISE")
    return user.enterpriseId ? { OR: [{ buyerId: user.enterpriseId }, { supplierId: user.enterpriseId }] } : NO_ROWS;
  if (user?.role === "NODE_OPERATOR") return user.nodeId ? { nodeId: user.nodeId } : NO_ROWS;
  const town = staffTown(user);
  return town === null ? {} : town ? { OR: [{ buyer: { townId: town } }, { supplier: { townId: town } }] } : NO_ROWS;
}
const dealWriteScope = (user: TSessionUser | null): TWhere => (user?.role === "ENTERPRISE" ? NO_ROWS : dealScope(user));

function toDealDto(r: TDealRow): TDeal {
  return {
    id: r.id,
    buyerId: r.buyerId,
    buyerName: r.buyerName,
    supplierId: r.supplierId,
    supplierName: r.supplierName,
    chain: r.chain as TDeal["chain"],
    clusterId: r.clusterId,
    linkKey: r.linkKey,
    linkName: linkName(linksOf(r.cluster.links), r.linkKey),
    amountFen: Number(r.amountFen),
    dealOn: dayOrNull(r.dealOn)!,
    local: r.local,
    contactId: r.contactId,
    nodeId: r.nodeId,
    nodeName: r.node.name,
    note: r.note,
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

/** One side of a deal: an enterprise of the district (its id) or a name from outside it. */
async function partyOf(ctx: TContext, id: string | null | undefined, name: string | null | undefined, side: "buyer" | "supplier") {
  const zh = side === "buyer" ? "采购方" : "供应方";
  if (id) {
    const e = await ctx.db.enterprise.findUnique({ where: { id }, select: { id: true, name: true } });
    if (!e) throw AppError.validation(`${side}Id`, { zh: `${zh}企业不存在`, en: `The ${side} does not exist` });
    return { id: e.id, name: e.name };
  }
  if (!name)
    throw AppError.validation(`${side}Id`, {
      zh: `请选择${zh}企业，或填写区外${zh}名称`,
      en: `Choose the ${side}, or name one outside the district`,
    });
  return { id: null, name };
}

/** The node that brokered the deal: node staff their own; the district or a town names one. */
async function brokerNode(ctx: TContext, given: string | null | undefined) {
  const id = ctx.user?.role === "NODE_OPERATOR" ? ctx.user.nodeId : given;
  if (!id) throw AppError.validation("nodeId", { zh: "请选择促成成交的服务节点", en: "Choose the service node that brokered the deal" });
  const node = await ctx.db.node.findUnique({ where: { id }, select: { id: true, name: true, status: true } });
  if (!node || node.status !== "ACTIVE")
    throw AppError.validation("nodeId", { zh: "服务节点不存在或未运营", en: "The node does not exist or is not active" });
  return node;
}

/**
 * 成交填报: a deal on a chain link. It is a service to each district enterprise involved, so it
 * writes their ledger records (source SUPPLY_CHAIN) in the same transaction; a deal between two
 * district enterprises is local supporting (本地配套) and counts its link as covered.
 */
async function prepareDeal(ctx: TContext, input: TDealCreate) {
  let { buyerId, supplierId, clusterId, linkKey } = input;
  if (input.contactId) {
    const c = await ctx.db.supplyChainContact.findUnique({
      where: { id: input.contactId },
      select: { demand: { select: { enterpriseId: true, clusterId: true, linkKey: true } }, supply: { select: { enterpriseId: true } } },
    });
    if (!c) throw AppError.validation("contactId", { zh: "供需对接不存在", en: "The contact does not exist" });
    buyerId ??= c.demand.enterpriseId;
    supplierId ??= c.supply.enterpriseId;
    clusterId ??= c.demand.clusterId;
    linkKey ??= c.demand.linkKey;
  }
  if (!clusterId) throw AppError.validation("clusterId", { zh: "请选择产业链（集群）", en: "Choose the chain (cluster)" });
  if (!linkKey) throw AppError.validation("linkKey", { zh: "请选择产业链环节", en: "Choose the chain link" });
  const [buyer, supplier] = [
    await partyOf(ctx, buyerId, input.buyerName, "buyer"),
    await partyOf(ctx, supplierId, input.supplierName, "supplier"),
  ];
  if (!buyer.id && !supplier.id)
    throw AppError.validation("supplierId", {
      zh: "成交至少一方应为区内企业",
      en: "At least one side must be an enterprise of the district",
    });
  if (buyer.id && buyer.id === supplier.id)
    throw AppError.validation("supplierId", { zh: "采购方与供应方不能是同一企业", en: "Buyer and supplier must differ" });
  const { chain, links } = await checkLink(ctx, clusterId, linkKey);
  const node = await brokerNode(ctx, input.nodeId);
  const id = newId();
  const link = linkName(links, linkKey) ?? linkKey;
  for (const [party, other, role] of [
    [buyer, supplier, "采购"],
    [supplier, buyer, "供应"],
  ] as const) {
    if (!party.id) continue;
    await recordLedgerEntry(ctx.db, {
      source: "SUPPLY_CHAIN",
      originId: id,
      enterpriseId: party.id,
      nodeId: node.id,
      category: "MARKET_EXPANSION",
      channel: "OFFLINE",
      servedOn: input.dealOn,
      staffName: ctx.user?.displayName ?? node.name,
      summary: `配套协作成交（${role}）：${KeyChain.label(chain)}·${link}，对方${other.name}，${wan(input.amountFen)}`,
      createdById: ctx.user?.id ?? null,
    });
  }
  return {
    id,
    buyerId: buyer.id,
    buyerName: buyer.name,
    supplierId: supplier.id,
    supplierName: supplier.name,
    chain,
    clusterId,
    linkKey,
    amountFen: BigInt(input.amountFen),
    dealOn: dateOfDay(input.dealOn)!,
    local: !!buyer.id && !!supplier.id,
    contactId: input.contactId ?? null,
    nodeId: node.id,
    note: input.note ?? null,
    reportedById: ctx.user?.id ?? null,
  };
}

export const dealsResource = defineResource({
  name: "supplyChainDeals",
  label: DEAL_LABEL,
  model: (db) => db.supplyChainDeal,
  include: DEAL_INCLUDE,
  schemas: { create: ZDealCreate, update: ZDealUpdate, filter: ZDealFilter, dto: ZDeal },
  sortable: ["dealOn", "amountFen", "updatedAt"],
  defaultSort: { field: "dealOn", order: "DESC" },
  policy: {
    read: [...SUPPLY_CHAIN_STAFF, "ENTERPRISE"],
    create: SUPPLY_CHAIN_STAFF,
    update: SUPPLY_CHAIN_STAFF,
    delete: ["DISTRICT_ADMIN"],
  },
  scope: { read: dealScope, write: dealWriteScope },
  outOfScope: {
    zh: "只能填报本镇街企业（服务节点：本节点促成）的成交",
    en: "You can only report deals of your town's enterprises (a node: deals it brokered)",
  },
  filterToWhere: (f) => ({
    ...(f.chain ? { chain: f.chain } : {}),
    ...(f.clusterId ? { clusterId: f.clusterId } : {}),
    ...(f.local !== undefined ? { local: f.local } : {}),
    ...(f.q?.trim() ? { OR: [{ buyerName: { contains: f.q.trim() } }, { supplierName: { contains: f.q.trim() } }] } : {}),
  }),
  toDto: toDealDto,
  prepareCreate: prepareDeal,
  prepareUpdate: async (_ctx, _existing, input) => input,
  // a deal struck off by mistake takes its ledger records with it
  beforeDelete: async (ctx, existing: TDealRow) => {
    for (const enterpriseId of [existing.buyerId, existing.supplierId])
      if (enterpriseId) await removeLedgerEntry(ctx.db, { source: "SUPPLY_CHAIN", originId: existing.id, enterpriseId });
  },
});

export const dealsExport = defineExport<TDeal>(dealsResource, {
  policy: [...SUPPLY_CHAIN_STAFF, "ENTERPRISE"],
  columns: [
    { header: { zh: "成交日期", en: "Deal date" }, value: (r) => r.dealOn },
    { header: { zh: "采购方", en: "Buyer" }, width: 28, value: (r) => r.buyerName },
    { header: { zh: "供应方", en: "Supplier" }, width: 28, value: (r) => r.supplierName },
    { header: { zh: "产业链", en: "Chain" }, width: 16, value: (r, lang) => KeyChain.label(r.chain, lang) },
    { header: { zh: "环节", en: "Link" }, width: 16, value: (r) => r.linkName ?? "—" },
    { header: { zh: "金额", en: "Amount" }, value: (r) => wan(r.amountFen) },
    {
      header: { zh: "本地配套", en: "Local" },
      value: (r, lang) => (r.local ? (lang === "zh" ? "是" : "Yes") : lang === "zh" ? "否" : "No"),
    },
    { header: { zh: "服务节点", en: "Node" }, width: 24, value: (r) => r.nodeName },
  ],
});
