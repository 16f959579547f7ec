import { z } from "zod";
import { defineEnum, labelled, text } from "@qifu/domain";
import { ChainSegment, KeyChain } from "@qifu/feature-industrial-clusters/schemas";

/**
 * 配套协作 (Supply-chain matching, issue 15 pts 7–8): zod schemas and types, safe in the browser
 * and on the server. The chains and links are the industrial clusters' (their KeyChain values and
 * each cluster's links), read, never copied. Money in fen.
 */
export { KeyChain, ChainSegment };
export type TKeyChain = (typeof KeyChain.values)[number];

export const PostingKind = defineEnum({
  SUPPLY: { zh: "供给", en: "Supply" },
  DEMAND: { zh: "需求", en: "Demand" },
});
export const PostingStatus = defineEnum({
  PUBLISHED: { zh: "发布中", en: "Published" },
  CLOSED: { zh: "已关闭", en: "Closed" },
});
export const ContactStatus = defineEnum({
  REQUESTED: { zh: "待对方回应", en: "Waiting for the other side" },
  ACCEPTED: { zh: "已同意对接", en: "Accepted" },
  DECLINED: { zh: "已婉拒", en: "Declined" },
});
export const ListStatus = defineEnum({
  OPEN: { zh: "征集中", en: "Open" },
  CLOSED: { zh: "已截止", en: "Closed" },
});
export type TPostingKind = (typeof PostingKind.values)[number];
export type TPostingStatus = (typeof PostingStatus.values)[number];
export type TContactStatus = (typeof ContactStatus.values)[number];
export type TListStatus = (typeof ListStatus.values)[number];

/** The metric keys of this feature (targets are data: scope, year, key, value). */
export const SUPPLY_CHAIN_DEALS_METRIC = "supplyChain.dealAmount";
export const SUPPLY_CHAIN_LOCAL_RATE_METRIC = "supplyChain.localRate";

const blankToNull = (v: unknown) => (v === "" ? null : v);
const optionalText = (zh: string, en: string, max: number) =>
  labelled(z.preprocess(blankToNull, text(zh, en, { max }).nullable().optional()), zh, en);
const optionalId = (zh: string, en: string) => labelled(z.preprocess(blankToNull, z.string().max(64).nullable().optional()), zh, en);
const id = (zh: string, en: string) => labelled(z.string().min(1).max(64), zh, en);
const day = (zh: string, en: string) => labelled(z.iso.date({ message: "日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD" }), zh, en);
/** Up to 100 亿元 in fen. */
const fen = (zh: string, en: string) => labelled(z.number().int().min(1).max(1_000_000_000_000), zh, en);
const ZLabel = z.object({ zh: z.string(), en: z.string() });

// ── the chains (read from the industrial clusters) ─────────────────────────────────────────
export const ZChainLinkRef = z.object({ key: z.string(), segment: z.enum(ChainSegment.values), name: z.string() });
export const ZChains = z.array(
  z.object({
    chain: z.enum(KeyChain.values),
    clusters: z.array(z.object({ id: z.string(), name: z.string(), townName: z.string(), links: z.array(ZChainLinkRef) })),
  }),
);
export type TChains = z.infer<typeof ZChains>;

// ── postings ─────────────────────────────────────────────────────────────────────────────
/** One item of supply or demand on a link; a procurement list's items are the same minus the kind. */
const itemFields = {
  linkKey: id("产业链环节", "Chain link"),
  product: text("产品/服务", "Product or service", { min: 2, max: 60 }),
  quantity: labelled(z.number().int().min(1).max(1_000_000_000), "数量", "Quantity"),
  unit: text("计量单位", "Unit", { min: 1, max: 10 }),
  specification: optionalText("规格要求", "Specification", 500),
  periodFrom: day("供需期起", "Period from"),
  periodTo: day("供需期止", "Period to"),
};
export const ZPostingItem = z.strictObject(itemFields);
export type TPostingItem = z.infer<typeof ZPostingItem>;
export const ZPostingCreate = z.strictObject({
  kind: labelled(z.enum(PostingKind.values), "供需类型", "Supply or demand"),
  clusterId: id("产业链（集群）", "Chain (cluster)"),
  ...itemFields,
  /** staff posting on an enterprise's behalf name it; an enterprise posts as itself */
  enterpriseId: optionalId("企业", "Enterprise"),
});
export const ZPostingUpdate = z
  .strictObject({
    status: labelled(z.enum(PostingStatus.values), "状态", "Status"),
    quantity: itemFields.quantity,
    specification: itemFields.specification,
    periodFrom: itemFields.periodFrom,
    periodTo: itemFields.periodTo,
  })
  .partial();
export type TPostingCreate = z.infer<typeof ZPostingCreate>;
export type TPostingUpdate = z.infer<typeof ZPostingUpdate>;
export const ZPostingFilter = z.object({
  q: z.string().max(100).optional(),
  kind: z.enum(PostingKind.values).optional(),
  chain: z.enum(KeyChain.values).optional(),
  clusterId: z.string().max(64).optional(),
  linkKey: z.string().max(64).optional(),
  status: z.enum(PostingStatus.values).optional(),
  townId: z.string().max(64).optional(),
  enterpriseId: z.string().max(64).optional(),
  procurementListId: z.string().max(64).optional(),
  /** only the signed-in enterprise's own */
  mine: z.boolean().optional(),
});
export const ZPosting = z.object({
  id: z.string(),
  kind: z.enum(PostingKind.values),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  chain: z.enum(KeyChain.values),
  clusterId: z.string(),
  linkKey: z.string(),
  /** the link's name as the cluster holds it now; null when the cluster removed it */
  linkName: z.string().nullable(),
  product: z.string(),
  quantity: z.number().int(),
  unit: z.string(),
  specification: z.string().nullable(),
  periodFrom: z.string(),
  periodTo: z.string(),
  status: z.enum(PostingStatus.values),
  procurementListId: z.string().nullable(),
  onBehalf: z.boolean(),
  postedOn: z.string(),
  updatedAt: z.string(),
});
export type TPosting = z.infer<typeof ZPosting>;

/** A counterpart posting with the matcher's verdict; `contact` is this pair's contact, if any. */
export const ZPostingMatch = z.object({
  posting: ZPosting,
  score: z.number(),
  reasons: z.array(ZLabel),
  concerns: z.array(ZLabel),
  failed: z.array(ZLabel),
  contact: z.object({ id: z.string(), status: z.enum(ContactStatus.values) }).nullable(),
});
export const ZPostingMatches = z.object({
  matches: z.array(ZPostingMatch),
  excluded: z.array(ZPostingMatch),
  considered: z.number().int(),
});
export type TPostingMatch = z.infer<typeof ZPostingMatch>;
export type TPostingMatches = z.infer<typeof ZPostingMatches>;

// ── contacts ─────────────────────────────────────────────────────────────────────────────
export const ZContactCreate = z.strictObject({
  /** one of my postings */
  postingId: id("我的供需信息", "My posting"),
  /** the matched counterpart */
  counterpartId: id("对方供需信息", "Counterpart posting"),
});
export const ZContactAnswer = z.strictObject({
  id: id("对接", "Contact"),
  decision: labelled(z.enum(["ACCEPT", "DECLINE"]), "回应", "Answer"),
});
export const ZContactFilter = z.object({ status: z.enum(ContactStatus.values).optional() });
const ZParty = z.object({
  enterpriseId: z.string(),
  name: z.string(),
  /** shown once the contact is accepted (and always to staff) */
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
});
export const ZContact = z.object({
  id: z.string(),
  status: z.enum(ContactStatus.values),
  score: z.number(),
  requestedOn: z.string(),
  answeredOn: z.string().nullable(),
  requesterId: z.string(),
  /** the caller's side (an enterprise), null for staff */
  mySide: z.enum(["BUYER", "SUPPLIER"]).nullable(),
  demand: z.object({ id: z.string(), product: z.string(), linkName: z.string().nullable() }),
  supply: z.object({ id: z.string(), product: z.string(), linkName: z.string().nullable() }),
  buyer: ZParty,
  supplier: ZParty,
});
export type TContact = z.infer<typeof ZContact>;

// ── procurement lists ────────────────────────────────────────────────────────────────────
export const ZListCreate = z.strictObject({
  title: text("清单名称", "List title", { min: 2, max: 80 }),
  clusterId: id("产业链（集群）", "Chain (cluster)"),
  buyerId: optionalId("采购企业", "Buyer"),
  note: optionalText("说明", "Note", 1000),
  items: labelled(z.array(ZPostingItem).min(1).max(50), "采购明细", "Items"),
});
export const ZListUpdate = z
  .strictObject({
    title: text("清单名称", "List title", { min: 2, max: 80 }),
    status: labelled(z.enum(ListStatus.values), "状态", "Status"),
    note: optionalText("说明", "Note", 1000),
  })
  .partial();
export type TListCreate = z.infer<typeof ZListCreate>;
export type TListUpdate = z.infer<typeof ZListUpdate>;
export const ZListFilter = z.object({
  q: z.string().max(100).optional(),
  chain: z.enum(KeyChain.values).optional(),
  status: z.enum(ListStatus.values).optional(),
});
export const ZProcurementList = z.object({
  id: z.string(),
  buyerId: z.string(),
  buyerName: z.string(),
  townName: z.string().nullable(),
  title: z.string(),
  chain: z.enum(KeyChain.values),
  publishedOn: z.string(),
  status: z.enum(ListStatus.values),
  note: z.string().nullable(),
  items: z.array(ZPosting),
  updatedAt: z.string(),
});
export type TProcurementList = z.infer<typeof ZProcurementList>;

// ── deals ────────────────────────────────────────────────────────────────────────────────
export const ZDealCreate = z.strictObject({
  /** a deal on a contact may leave these out: the contact's demand names them */
  clusterId: optionalId("产业链（集群）", "Chain (cluster)"),
  linkKey: optionalId("产业链环节", "Chain link"),
  /** an enterprise of the district, or the name of a buyer outside it */
  buyerId: optionalId("采购方（区内企业）", "Buyer (district enterprise)"),
  buyerName: optionalText("采购方名称（区外企业）", "Buyer name (outside the district)", 80),
  supplierId: optionalId("供应方（区内企业）", "Supplier (district enterprise)"),
  supplierName: optionalText("供应方名称（区外企业）", "Supplier name (outside the district)", 80),
  amountFen: fen("成交金额（分）", "Amount (fen)"),
  dealOn: day("成交日期", "Deal date"),
  contactId: optionalId("供需对接", "Contact"),
  nodeId: optionalId("服务节点", "Service node"),
  note: optionalText("备注", "Note", 1000),
});
export type TDealCreate = z.infer<typeof ZDealCreate>;
export const ZDealUpdate = z.strictObject({ note: optionalText("备注", "Note", 1000) }).partial();
export const ZDealFilter = z.object({
  q: z.string().max(100).optional(),
  chain: z.enum(KeyChain.values).optional(),
  clusterId: z.string().max(64).optional(),
  local: z.boolean().optional(),
});
export const ZDeal = z.object({
  id: z.string(),
  buyerId: z.string().nullable(),
  buyerName: z.string(),
  supplierId: z.string().nullable(),
  supplierName: z.string(),
  chain: z.enum(KeyChain.values),
  clusterId: z.string(),
  linkKey: z.string(),
  linkName: z.string().nullable(),
  amountFen: z.number().int(),
  dealOn: z.string(),
  local: z.boolean(),
  contactId: z.string().nullable(),
  nodeId: z.string(),
  nodeName: z.string(),
  note: z.string().nullable(),
  updatedAt: z.string(),
});
export type TDeal = z.infer<typeof ZDeal>;

// ── 走进企业 visits ───────────────────────────────────────────────────────────────────────
const visitFields = {
  title: text("活动名称", "Title", { min: 2, max: 80 }),
  visitOn: day("活动日期", "Visit date"),
  hostId: id("承办企业", "Host enterprise"),
  chain: labelled(z.enum(KeyChain.values), "产业链", "Chain"),
  clusterId: optionalId("产业集群", "Cluster"),
  linkKey: optionalId("产业链环节", "Chain link"),
  participants: labelled(
    z
      .array(text("参加者", "Participant", { min: 1, max: 80 }))
      .min(1)
      .max(100),
    "参加者",
    "Participants",
  ),
  note: optionalText("备注", "Note", 1000),
};
export const ZVisitCreate = z.strictObject(visitFields);
export const ZVisitUpdate = z.strictObject(visitFields).partial();
export type TVisitCreate = z.infer<typeof ZVisitCreate>;
export type TVisitUpdate = z.infer<typeof ZVisitUpdate>;
export const ZVisitFilter = z.object({ q: z.string().max(100).optional(), chain: z.enum(KeyChain.values).optional() });
export const ZVisit = z.object({
  id: z.string(),
  title: z.string(),
  visitOn: z.string(),
  hostId: z.string(),
  hostName: z.string(),
  townName: z.string().nullable(),
  chain: z.enum(KeyChain.values),
  clusterId: z.string().nullable(),
  linkKey: z.string().nullable(),
  linkName: z.string().nullable(),
  participants: z.array(z.string()),
  note: z.string().nullable(),
  updatedAt: z.string(),
});
export type TVisit = z.infer<typeof ZVisit>;

// ── figures ──────────────────────────────────────────────────────────────────────────────
const ZFigures = z.object({
  postings: z.number().int(),
  supplies: z.number().int(),
  demands: z.number().int(),
  matches: z.number().int(),
  deals: z.number().int(),
  localDeals: z.number().int(),
  amountFen: z.number().int(),
});
export type TFigures = z.infer<typeof ZFigures>;
export const ZSupplyChainStats = z.object({
  /** "全区" or the town admin's town */
  scope: ZLabel,
  total: ZFigures,
  /** 本地配套率 = localDeals / deals (null without deals) */
  localRate: z.number().nullable(),
  byChain: z.array(ZFigures.extend({ chain: z.enum(KeyChain.values), localRate: z.number().nullable() })),
  byLink: z.array(
    ZFigures.extend({
      chain: z.enum(KeyChain.values),
      clusterId: z.string(),
      clusterName: z.string(),
      linkKey: z.string(),
      linkName: z.string(),
      /** a local deal filled it (the cluster counts the link as covered) */
      filled: z.boolean(),
    }),
  ),
  visits: z.number().int(),
  lists: z.number().int(),
});
export type TSupplyChainStats = z.infer<typeof ZSupplyChainStats>;
