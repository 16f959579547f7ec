type TPair = readonly [string, string];
const fieldsOf = (f: Record<string, TPair>, i: 0 | 1) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v[i]]));

const common: Record<string, TPair> = {
  chain: ["产业链", "Chain"],
  clusterId: ["产业链（集群）", "Chain (cluster)"],
  linkKey: ["产业链环节", "Chain link"],
  linkName: ["环节", "Link"],
  note: ["备注", "Note"],
  q: ["搜索", "Search"],
};
const posting: Record<string, TPair> = {
  ...common,
  postedOn: ["发布日期", "Posted on"],
  kind: ["类型", "Kind"],
  enterpriseId: ["企业", "Enterprise"],
  townName: ["镇街", "Town"],
  product: ["产品/服务", "Product or service"],
  quantity: ["数量", "Quantity"],
  unit: ["单位", "Unit"],
  specification: ["规格要求", "Specification"],
  periodFrom: ["供需期起", "Period from"],
  periodTo: ["供需期止", "Period to"],
  status: ["状态", "Status"],
};
const list: Record<string, TPair> = {
  ...common,
  publishedOn: ["发布日期", "Published on"],
  title: ["清单名称", "Title"],
  buyerId: ["采购企业", "Buyer"],
  items: ["采购明细", "Items"],
  status: ["状态", "Status"],
  // an item's inputs inside the list's form (react-admin labels them fields.items.<source>)
  "items.linkKey": ["产业链环节", "Chain link"],
  "items.product": ["产品/服务", "Product or service"],
  "items.quantity": ["数量", "Quantity"],
  "items.unit": ["单位", "Unit"],
  "items.specification": ["规格要求", "Specification"],
  "items.periodFrom": ["需求期起", "Needed from"],
  "items.periodTo": ["需求期止", "Needed until"],
};
const contact: Record<string, TPair> = {
  requestedOn: ["发起日期", "Requested on"],
  buyer: ["采购方", "Buyer"],
  supplier: ["供应方", "Supplier"],
  demand: ["需求", "Demand"],
  supply: ["供给", "Supply"],
  score: ["匹配度", "Fit"],
  status: ["状态", "Status"],
};
const deal: Record<string, TPair> = {
  ...common,
  dealOn: ["成交日期", "Deal date"],
  contactId: ["供需对接（选填，自动带出双方与环节）", "Contact (optional: fills in both sides and the link)"],
  buyerId: ["采购方（区内企业）", "Buyer (district enterprise)"],
  buyerName: ["采购方名称（区外企业）", "Buyer outside the district"],
  supplierId: ["供应方（区内企业）", "Supplier (district enterprise)"],
  supplierName: ["供应方名称（区外企业）", "Supplier outside the district"],
  buyer: ["采购方", "Buyer"],
  supplier: ["供应方", "Supplier"],
  amountFen: ["成交金额（元）", "Amount (CNY)"],
  local: ["本地配套", "Local supporting"],
  nodeId: ["服务节点", "Service node"],
};
const visit: Record<string, TPair> = {
  ...common,
  visitOn: ["活动日期", "Date"],
  title: ["活动名称", "Title"],
  hostId: ["承办企业", "Host enterprise"],
  townName: ["镇街", "Town"],
  participants: ["参加者（每行一个）", "Participants (one a line)"],
};

const resources = (i: 0 | 1) => ({
  supplyChainPostings: { name: i ? "Posting |||| Supply and demand" : "供需信息 |||| 供需信息", fields: fieldsOf(posting, i) },
  supplyChainLists: { name: i ? "Procurement list |||| Procurement lists" : "采购清单 |||| 大企业采购清单", fields: fieldsOf(list, i) },
  supplyChainContacts: { name: i ? "Contact |||| Contacts" : "供需对接 |||| 供需对接", fields: fieldsOf(contact, i) },
  supplyChainDeals: { name: i ? "Deal |||| Deals" : "配套成交 |||| 配套成交", fields: fieldsOf(deal, i) },
  supplyChainVisits: { name: i ? "Enterprise visit |||| Enterprise visits" : "走进企业 |||| 走进企业", fields: fieldsOf(visit, i) },
});

const zh = {
  resources: resources(0),
  supplyChain: {
    menu_postings: "供需信息",
    menu_lists: "大企业采购清单",
    menu_contacts: "供需对接",
    menu_deals: "配套成交",
    menu_visits: "走进企业",
    section_basic: "基本信息",
    section_link: "产业链环节",
    section_items: "采购明细（每项对应一个环节，按需求逐项匹配供应方）",
    postings_empty: "还没有供需信息",
    postings_empty_hint: "企业在门户“配套协作”页面发布供给或需求，服务节点也可以代企业发布。",
    lists_empty: "还没有采购清单",
    lists_empty_hint: "链主等大企业按环节列出采购明细，每项作为一条需求参与匹配。",
    contacts_empty: "还没有供需对接",
    contacts_empty_hint: "企业在匹配结果中点击“联系对方”后出现在这里；对方同意后双方可见联系方式。",
    deals_empty: "还没有成交",
    deals_empty_hint: "填报撮合成交：区内企业各记一条服务台账；双方均为区内企业即为本地配套，该环节计为已补链。",
    visits_empty: "还没有走进企业活动",
    visits_empty_hint: "登记组织企业走进链主、骨干企业的对接活动及参加者。",
    local: "本地配套",
    outside: "跨区",
    items: "%{count} 项",
  },
};
const en: typeof zh = {
  resources: resources(1),
  supplyChain: {
    menu_postings: "Supply and demand",
    menu_lists: "Procurement lists",
    menu_contacts: "Contacts",
    menu_deals: "Deals",
    menu_visits: "Enterprise visits",
    section_basic: "Basics",
    section_link: "Chain link",
    section_items: "Items (each on one link, matched to suppliers as a demand)",
    postings_empty: "No postings yet",
    postings_empty_hint: "Enterprises post supply or demand on the portal's supply-chain page; service nodes may post on their behalf.",
    lists_empty: "No procurement lists yet",
    lists_empty_hint: "Chain leaders list what they buy per link; each item is matched as a demand.",
    contacts_empty: "No contacts yet",
    contacts_empty_hint: "They appear when an enterprise contacts a match; contacts show to both once accepted.",
    deals_empty: "No deals yet",
    deals_empty_hint:
      "Report brokered deals: each district enterprise gets a ledger record; a deal between two district enterprises is local supporting and fills its link.",
    visits_empty: "No visits yet",
    visits_empty_hint: "Record visits of enterprises to chain leaders and their participants.",
    local: "Local",
    outside: "Cross-district",
    items: "%{count} items",
  },
};
export const supplyChainAdminMessages = { zh, en };
