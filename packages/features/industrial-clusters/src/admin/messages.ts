import { byLang, schemaLabels } from "@qifu/ui/admin";
import { ZChainLinkInput, ZIndustrialClusterCreate, ZMemberCreate } from "../schemas";

/** Field labels come from the zod schemas (`labelled()`), plus the read-only fields of the lists. */
const clusterFields = byLang({
  ...schemaLabels(ZIndustrialClusterCreate),
  memberCount: { zh: "成员企业", en: "Members" },
  gapCount: { zh: "缺链环节", en: "Gaps" },
  updatedAt: { zh: "更新时间", en: "Updated" },
  q: { zh: "搜索", en: "Search" },
});
const linkFields = byLang(schemaLabels(ZChainLinkInput));
const memberFields = byLang({
  ...schemaLabels(ZMemberCreate),
  enterpriseName: { zh: "成员企业", en: "Member enterprise" },
  enterpriseTier: { zh: "培育层级", en: "Tier" },
  linkNames: { zh: "覆盖环节", en: "Links covered" },
  enterpriseTownName: { zh: "所在镇街", en: "Town" },
});

const zh = {
  resources: {
    industrialClusters: {
      name: "产业集群 |||| 产业集群",
      fields: { ...clusterFields.zh, ...Object.fromEntries(Object.entries(linkFields.zh).map(([k, v]) => [`links.${k}`, v])) },
    },
    industrialClusterMembers: { name: "集群成员 |||| 集群成员", fields: memberFields.zh },
  },
  industrialClusters: {
    menu: "特色产业集群",
    search: "搜索名称、牵头单位、环节",
    empty_title: "还没有中小企业特色产业集群",
    empty_description: "集群由区级管理员或镇街管理员登记；运营节点维护本节点服务的集群。到2027年累计培育3个以上。",
    section_basic: "基本信息",
    section_chain: "产业链环节",
    section_more: "运营与联系方式",
    chain_hint: "按上游、中游、下游列出产业链的关键环节；没有成员企业覆盖的环节显示为“缺链”。",
    chain: "产业链图谱",
    gaps: "缺链环节",
    no_gaps: "各环节均有成员企业覆盖",
    members: "成员企业",
    add_member: "添加成员企业",
    no_members: "还没有成员企业",
    links_hint: "勾选该企业覆盖的产业链环节",
    pick_cluster_first: "先选择产业集群",
    profile: "集群概况",
    member_count: "成员企业",
    link_count: "产业链环节",
    gap_count: "缺链环节",
  },
};
const en: typeof zh = {
  resources: {
    industrialClusters: {
      name: "Industrial cluster |||| Industrial clusters",
      fields: { ...clusterFields.en, ...Object.fromEntries(Object.entries(linkFields.en).map(([k, v]) => [`links.${k}`, v])) },
    },
    industrialClusterMembers: { name: "Cluster member |||| Cluster members", fields: memberFields.en },
  },
  industrialClusters: {
    menu: "Industrial clusters",
    search: "Search name, lead unit, links",
    empty_title: "No industrial clusters yet",
    empty_description:
      "Clusters are registered by the district or a town admin; the operator node keeps its own up to date. Target: 3 or more by 2027.",
    section_basic: "Basic information",
    section_chain: "Chain links",
    section_more: "Operation and contact",
    chain_hint: "List the key links of the chain, upstream, midstream and downstream; a link no member covers shows as a gap.",
    chain: "The chain",
    gaps: "Gaps in the chain",
    no_gaps: "Every link has a member covering it",
    members: "Member enterprises",
    add_member: "Add a member",
    no_members: "No members yet",
    links_hint: "Tick the links this enterprise covers",
    pick_cluster_first: "Choose the cluster first",
    profile: "Profile",
    member_count: "Members",
    link_count: "Chain links",
    gap_count: "Gaps",
  },
};
export const industrialClustersAdminMessages = { zh, en };
