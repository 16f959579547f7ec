import { AppError, searchTextFor, isoOrNull, dayOrNull, dateOfDay } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import {
  assertCarrierTown,
  CARRIER_PLACE_INCLUDE,
  carrierPlaceOf,
  carrierPlaceWhere,
  carrierScope,
  checkCarrierLink,
  checkCarrierPlace,
} from "@qifu/carrier-kit/server";
import { CARRIER_EDITORS, CARRIER_POLICY } from "@qifu/carrier-kit/schemas";
import { defineResource, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import {
  ChainSegment,
  CLUSTER_ADMIN_ONLY_FIELDS,
  KeyChain,
  ZIndustrialCluster,
  ZIndustrialClusterCreate,
  ZIndustrialClusterFilter,
  ZIndustrialClusterUpdate,
  ZMember,
  ZMemberCreate,
  ZMemberFilter,
  ZMemberUpdate,
  type TChainLink,
  type TChainLinkInput,
  type TIndustrialCluster,
  type TIndustrialClusterCreate,
  type TIndustrialClusterUpdate,
  type TMember,
  type TMemberCreate,
  type TMemberUpdate,
} from "../schemas";

export const INDUSTRIAL_CLUSTER_LABEL = { zh: "中小企业特色产业集群", en: "Industrial cluster" };
const MEMBER_LABEL = { zh: "集群成员企业", en: "Cluster member" };
export const INDUSTRIAL_CLUSTER_EDITORS = CARRIER_EDITORS;

/**
 * Who reaches which clusters, for reads and writes alike: the district all, a town admin those
 * in its town, a node operator those its node operates; nobody else any.
 */
export const industrialClusterScope = carrierScope;
/** Members follow their cluster. */
const throughCluster = (user: TSessionUser | null): TWhere => ({ cluster: industrialClusterScope(user) });
const OUT_OF_SCOPE = {
  zh: "只能管理本镇街（运营节点：本节点）的产业集群",
  en: "You can only manage industrial clusters of your own town (operators: of your own node)",
};

/** The stored links, in segment order (upstream, midstream, downstream) and then as entered. */
export function linksOf(raw: unknown): TChainLink[] {
  const links = Array.isArray(raw) ? (raw as TChainLink[]) : [];
  return links
    .map((l, i) => ({ l, i }))
    .sort((a, b) => ChainSegment.values.indexOf(a.l.segment) - ChainSegment.values.indexOf(b.l.segment) || a.i - b.i)
    .map(({ l }) => l);
}

/**
 * Each link with the number of members covering it: a link nobody covers is a gap (缺链), unless a
 * local deal reported on it (`localDeals`: 配套协作's deals between two district enterprises) filled it.
 */
export function coverageOf(links: TChainLink[], members: { linkKeys: string[] }[], localDeals: { linkKey: string }[] = []) {
  const filled = new Set(localDeals.map((d) => d.linkKey));
  return links.map((l) => {
    const memberCount = members.filter((m) => m.linkKeys.includes(l.key)).length;
    return { ...l, memberCount, gap: memberCount === 0 && !filled.has(l.key) };
  });
}

/** The local deals of 配套协作 (packages/features/supply-chain) on a cluster's links, read as data: each fills its link. */
export const LOCAL_DEALS = { where: { local: true }, select: { linkKey: true } } as const;

// ---- clusters ---------------------------------------------------------------------------------

export const INDUSTRIAL_CLUSTER_INCLUDE = {
  ...CARRIER_PLACE_INCLUDE,
  members: { select: { linkKeys: true } },
  supplyChainDeals: LOCAL_DEALS,
} as const;

/** A cluster as read by its resource (`INDUSTRIAL_CLUSTER_INCLUDE`). */
export type TIndustrialClusterRow = Prisma.IndustrialClusterGetPayload<{ include: typeof INDUSTRIAL_CLUSTER_INCLUDE }>;

export function toIndustrialClusterDto(row: TIndustrialClusterRow): TIndustrialCluster {
  const links = coverageOf(linksOf(row.links), row.members ?? [], row.supplyChainDeals ?? []);
  return {
    id: row.id,
    name: row.name,
    // enum-like text columns, written only through the schemas' enums
    chain: row.chain as TIndustrialCluster["chain"],
    ...carrierPlaceOf(row),
    leadUnit: row.leadUnit,
    links,
    gapCount: links.filter((l) => l.gap).length,
    memberCount: row.members?.length ?? 0,
    recognitionLevel: row.recognitionLevel as TIndustrialCluster["recognitionLevel"],
    establishedOn: dayOrNull(row.establishedOn),
    annualOutputWan: row.annualOutputWan,
    status: row.status as TIndustrialCluster["status"],
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    description: row.description,
    createdAt: isoOrNull(row.createdAt)!,
    updatedAt: isoOrNull(row.updatedAt)!,
  };
}

/** The town must exist; the operator node, if any, must be in that town (or district-level). */
const checkPlace = (ctx: TContext, townId: string, operatorNodeId: string | null | undefined) =>
  checkCarrierPlace(ctx, townId, operatorNodeId, { zh: "集群", en: "Cluster" });

/** Keys for new links, the old ones kept; two links of one chain cannot share a name. */
export function normalizeLinks(input: TChainLinkInput[], existing: TChainLink[] = []): TChainLink[] {
  const known = new Set(existing.map((l) => l.key));
  const seen = new Map<string, number>();
  return input.map((l, i) => {
    const name = l.name.trim();
    if (seen.has(name))
      throw AppError.validation(`links.${i}.name`, { zh: `产业链环节“${name}”重复`, en: `The chain link "${name}" appears twice` });
    seen.set(name, i);
    return { key: l.key && known.has(l.key) ? l.key : newId(), segment: l.segment, name };
  });
}

const clusterSearchText = (
  p: { name: string; chain: string; leadUnit: string; description?: string | null },
  links: TChainLink[],
  townName: string,
) => searchTextFor(p.name, KeyChain.label(p.chain as never), p.leadUnit, p.description, links.map((l) => l.name).join(" "), townName);

export async function prepareIndustrialClusterCreate(ctx: TContext, input: TIndustrialClusterCreate) {
  assertCarrierTown(ctx, input.townId, OUT_OF_SCOPE);
  const town = await checkPlace(ctx, input.townId, input.operatorNodeId);
  const links = normalizeLinks(input.links);
  return {
    id: newId(),
    ...input,
    links,
    operatorNodeId: input.operatorNodeId ?? null,
    establishedOn: dateOfDay(input.establishedOn) ?? null,
    searchText: clusterSearchText(input, links, town.name),
  };
}

export async function prepareIndustrialClusterUpdate(ctx: TContext, existing: TIndustrialClusterRow, input: TIndustrialClusterUpdate) {
  if (ctx.user?.role === "NODE_OPERATOR") {
    const locked = CLUSTER_ADMIN_ONLY_FIELDS.filter((f) => input[f] !== undefined && input[f] !== existing[f]);
    if (locked.length)
      throw new AppError(
        "FORBIDDEN",
        {
          zh: "运营节点不能修改集群的所属镇街、运营节点、产业链、认定级别和状态",
          en: "An operator node cannot change the cluster's town, operator node, chain, recognition level or status",
        },
        locked.map((f) => ({ path: f, message: { zh: "由管理员维护", en: "Maintained by the administrators" } })),
      );
  }
  const before = linksOf(existing.links);
  const links = input.links !== undefined ? normalizeLinks(input.links, before) : before;
  if (input.links !== undefined) {
    // a link that is gone is no longer covered by anyone
    const keys = new Set(links.map((l) => l.key));
    const members = await ctx.db.industrialClusterMember.findMany({
      where: { clusterId: existing.id },
      select: { id: true, linkKeys: true },
    });
    for (const m of members)
      if (m.linkKeys.some((k) => !keys.has(k)))
        await ctx.db.industrialClusterMember.update({ where: { id: m.id }, data: { linkKeys: m.linkKeys.filter((k) => keys.has(k)) } });
  }
  const merged = { ...existing, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
  assertCarrierTown(ctx, merged.townId, OUT_OF_SCOPE);
  const town = await checkPlace(ctx, merged.townId, merged.operatorNodeId);
  return {
    ...input,
    ...(input.links !== undefined ? { links } : {}),
    ...(input.establishedOn !== undefined ? { establishedOn: dateOfDay(input.establishedOn) } : {}),
    searchText: clusterSearchText(merged, links, town.name),
  };
}

export const industrialClustersResource = defineResource({
  name: "industrialClusters",
  label: INDUSTRIAL_CLUSTER_LABEL,
  model: (db) => db.industrialCluster,
  searchTable: "industrial_cluster",
  include: INDUSTRIAL_CLUSTER_INCLUDE,
  schemas: {
    create: ZIndustrialClusterCreate,
    update: ZIndustrialClusterUpdate,
    filter: ZIndustrialClusterFilter,
    dto: ZIndustrialCluster,
  },
  sortable: ["name", "chain", "townId", "status", "recognitionLevel", "establishedOn", "annualOutputWan", "createdAt", "updatedAt"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  // the district creates and configures; a town admin manages its town's; the operator node edits its own
  policy: CARRIER_POLICY,
  scope: { read: industrialClusterScope, write: industrialClusterScope },
  outOfScope: {
    zh: "只能在本镇街（运营节点：本节点）范围内操作产业集群",
    en: "You can only manage industrial clusters of your own town (operators: of your own node)",
  },
  filterToWhere: (f) => ({
    ...carrierPlaceWhere(f),
    ...(f.chain ? { chain: f.chain } : {}),
    ...(f.status ? { status: f.status } : {}),
  }),
  toDto: toIndustrialClusterDto,
  prepareCreate: prepareIndustrialClusterCreate,
  prepareUpdate: prepareIndustrialClusterUpdate,
});

// ---- members ----------------------------------------------------------------------------------

export const MEMBER_INCLUDE = {
  cluster: { select: { name: true, links: true } },
  enterprise: { select: { name: true, tier: true, town: { select: { name: true } } } },
} as const;

/** A membership as read by its resource (`MEMBER_INCLUDE`). */
export type TMemberRow = Prisma.IndustrialClusterMemberGetPayload<{ include: typeof MEMBER_INCLUDE }>;

export function toMemberDto(row: TMemberRow): TMember {
  const links = linksOf(row.cluster?.links);
  return {
    id: row.id,
    clusterId: row.clusterId,
    clusterName: row.cluster?.name ?? "",
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterprise?.name ?? "",
    // enum-like text columns, written only through the schemas' enums
    enterpriseTier: (row.enterprise?.tier ?? "NONE") as TMember["enterpriseTier"],
    enterpriseTownName: row.enterprise?.town?.name ?? null,
    role: row.role as TMember["role"],
    linkKeys: row.linkKeys,
    linkNames: links.filter((l) => row.linkKeys.includes(l.key)).map((l) => l.name),
    joinedOn: dayOrNull(row.joinedOn),
    note: row.note,
    createdAt: isoOrNull(row.createdAt)!,
    updatedAt: isoOrNull(row.updatedAt)!,
  };
}

/** Every key names a link of the member's cluster. */
function checkLinkKeys(links: TChainLink[], keys: string[]) {
  const known = new Set(links.map((l) => l.key));
  const i = keys.findIndex((k) => !known.has(k));
  if (i >= 0)
    throw AppError.validation(`linkKeys.${i}`, {
      zh: "所选产业链环节不属于该集群",
      en: "The chosen chain link is not a link of this cluster",
    });
  return [...new Set(keys)];
}

export async function prepareMemberCreate(ctx: TContext, input: TMemberCreate) {
  const cluster = await ctx.db.industrialCluster.findUnique({ where: { id: input.clusterId }, select: { id: true, links: true } });
  if (!cluster) throw AppError.validation("clusterId", { zh: "产业集群不存在", en: "The industrial cluster does not exist" });
  await checkCarrierLink(ctx, {
    enterpriseId: input.enterpriseId,
    outOfScope: OUT_OF_SCOPE,
    inScope: () =>
      ctx.db.industrialCluster.findFirst({
        where: { AND: [{ id: input.clusterId }, industrialClusterScope(ctx.user)] },
        select: { id: true },
      }),
    loadEnterprise: () => ctx.db.enterprise.findUnique({ where: { id: input.enterpriseId }, select: { name: true } }),
    existing: () =>
      ctx.db.industrialClusterMember.findUnique({
        where: { clusterId_enterpriseId: { clusterId: input.clusterId, enterpriseId: input.enterpriseId } },
        select: { id: true },
      }),
    already: (name) => ({ zh: `${name} 已是该集群的成员企业`, en: `${name} is already a member of this cluster` }),
    alreadyShort: { zh: "已是成员", en: "Already a member" },
  });
  const linkKeys = checkLinkKeys(linksOf(cluster.links), input.linkKeys);
  return { id: newId(), ...input, linkKeys, joinedOn: dateOfDay(input.joinedOn) ?? null };
}

export async function prepareMemberUpdate(_ctx: TContext, existing: TMemberRow, input: TMemberUpdate) {
  return {
    ...input,
    ...(input.linkKeys !== undefined ? { linkKeys: checkLinkKeys(linksOf(existing.cluster?.links), input.linkKeys) } : {}),
    ...(input.joinedOn !== undefined ? { joinedOn: dateOfDay(input.joinedOn) } : {}),
  };
}

export const membersResource = defineResource({
  name: "industrialClusterMembers",
  label: MEMBER_LABEL,
  model: (db) => db.industrialClusterMember,
  include: MEMBER_INCLUDE,
  schemas: { create: ZMemberCreate, update: ZMemberUpdate, filter: ZMemberFilter, dto: ZMember },
  sortable: ["role", "joinedOn", "createdAt", "updatedAt"],
  defaultSort: { field: "role", order: "ASC" },
  policy: {
    read: INDUSTRIAL_CLUSTER_EDITORS,
    create: INDUSTRIAL_CLUSTER_EDITORS,
    update: INDUSTRIAL_CLUSTER_EDITORS,
    delete: INDUSTRIAL_CLUSTER_EDITORS,
  },
  scope: { read: throughCluster, write: throughCluster },
  outOfScope: {
    zh: "只能管理本镇街（运营节点：本节点）集群的成员企业",
    en: "You can only manage members of your own town's clusters (operators: of your own cluster)",
  },
  filterToWhere: (f) => ({
    ...(f.clusterId ? { clusterId: f.clusterId } : {}),
    ...(f.enterpriseId ? { enterpriseId: f.enterpriseId } : {}),
    ...(f.role ? { role: f.role } : {}),
    ...(f.linkKey ? { linkKeys: { has: f.linkKey } } : {}),
  }),
  toDto: toMemberDto,
  prepareCreate: prepareMemberCreate,
  prepareUpdate: prepareMemberUpdate,
});
