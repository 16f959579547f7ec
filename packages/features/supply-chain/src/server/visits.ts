import { AppError, dateOfDay, dayOrNull, isoOrNull } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineExport, defineResource, type TContext } from "@qifu/trpc-core";
import { KeyChain, ZVisit, ZVisitCreate, ZVisitFilter, ZVisitUpdate, type TVisit, type TVisitCreate, type TVisitUpdate } from "../schemas";
import { linkName, linksOf, SUPPLY_CHAIN_STAFF, townScope, VISIT_LABEL } from "./access";

const VISIT_INCLUDE = {
  host: { select: { name: true, town: { select: { name: true } } } },
  cluster: { select: { links: true } },
} satisfies Prisma.SupplyChainVisitInclude;
type TVisitRow = Prisma.SupplyChainVisitGetPayload<{ include: typeof VISIT_INCLUDE }>;

function toVisitDto(r: TVisitRow): TVisit {
  return {
    id: r.id,
    title: r.title,
    visitOn: dayOrNull(r.visitOn)!,
    hostId: r.hostId,
    hostName: r.host.name,
    townName: r.host.town?.name ?? null,
    chain: r.chain as TVisit["chain"],
    clusterId: r.clusterId,
    linkKey: r.linkKey,
    linkName: linkName(linksOf(r.cluster?.links), r.linkKey),
    participants: r.participants,
    note: r.note,
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

/** The host and, when named, the cluster's link; the visit's town is the host's (the town's scope). */
async function checkVisit(ctx: TContext, v: { hostId: string; clusterId?: string | null; linkKey?: string | null }) {
  const host = await ctx.db.enterprise.findUnique({ where: { id: v.hostId }, select: { townId: true } });
  if (!host) throw AppError.validation("hostId", { zh: "承办企业不存在", en: "The host enterprise does not exist" });
  if (v.linkKey && !v.clusterId)
    throw AppError.validation("clusterId", { zh: "选择环节前请先选择产业集群", en: "Choose the cluster of the link" });
  if (v.clusterId) {
    const c = await ctx.db.industrialCluster.findUnique({ where: { id: v.clusterId }, select: { links: true } });
    if (!c) throw AppError.validation("clusterId", { zh: "产业集群不存在", en: "The cluster does not exist" });
    if (v.linkKey && !linksOf(c.links).some((l) => l.key === v.linkKey))
      throw AppError.validation("linkKey", { zh: "该产业链没有这个环节", en: "This chain has no such link" });
  }
  return host.townId;
}

export const visitsResource = defineResource({
  name: "supplyChainVisits",
  label: VISIT_LABEL,
  model: (db) => db.supplyChainVisit,
  include: VISIT_INCLUDE,
  schemas: { create: ZVisitCreate, update: ZVisitUpdate, filter: ZVisitFilter, dto: ZVisit },
  sortable: ["visitOn", "title", "updatedAt"],
  defaultSort: { field: "visitOn", order: "DESC" },
  policy: { read: SUPPLY_CHAIN_STAFF, create: SUPPLY_CHAIN_STAFF, update: SUPPLY_CHAIN_STAFF, delete: SUPPLY_CHAIN_STAFF },
  scope: { read: townScope, write: townScope },
  outOfScope: { zh: "只能登记本镇街企业承办的走进企业活动", en: "You can only record visits hosted by your town's enterprises" },
  filterToWhere: (f) => ({
    ...(f.chain ? { chain: f.chain } : {}),
    ...(f.q?.trim() ? { OR: [{ title: { contains: f.q.trim() } }, { host: { name: { contains: f.q.trim() } } }] } : {}),
  }),
  toDto: toVisitDto,
  prepareCreate: async (ctx, input: TVisitCreate) => ({
    id: newId(),
    ...input,
    clusterId: input.clusterId ?? null,
    linkKey: input.linkKey ?? null,
    townId: await checkVisit(ctx, input),
    visitOn: dateOfDay(input.visitOn)!,
  }),
  prepareUpdate: async (ctx, existing: TVisitRow, input: TVisitUpdate) => {
    const townId = await checkVisit(ctx, {
      hostId: input.hostId ?? existing.hostId,
      clusterId: input.clusterId !== undefined ? input.clusterId : existing.clusterId,
      linkKey: input.linkKey !== undefined ? input.linkKey : existing.linkKey,
    });
    return { ...input, townId, ...(input.visitOn !== undefined ? { visitOn: dateOfDay(input.visitOn) } : {}) };
  },
});

export const visitsExport = defineExport<TVisit>(visitsResource, {
  policy: SUPPLY_CHAIN_STAFF,
  columns: [
    { header: { zh: "活动日期", en: "Date" }, value: (r) => r.visitOn },
    { header: { zh: "活动名称", en: "Title" }, width: 28, value: (r) => r.title },
    { header: { zh: "承办企业", en: "Host" }, width: 28, value: (r) => r.hostName },
    { header: { zh: "镇街", en: "Town" }, value: (r) => r.townName },
    { header: { zh: "产业链", en: "Chain" }, width: 16, value: (r, lang) => KeyChain.label(r.chain, lang) },
    { header: { zh: "环节", en: "Link" }, width: 16, value: (r) => r.linkName ?? "" },
    { header: { zh: "参加者", en: "Participants" }, width: 40, value: (r) => r.participants.join("、") },
  ],
});
