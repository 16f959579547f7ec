const fields = {
  name: ["姓名", "Name"],
  field: ["专业领域", "Field"],
  title: ["职称", "Title"],
  employer: ["工作单位", "Employer"],
  qualifications: ["资质", "Qualifications"],
  phone: ["联系电话", "Phone"],
  email: ["邮箱", "Email"],
  availability: ["可参评情况", "Availability"],
  userId: ["登录账号", "Sign-in account"],
  nodeLinks: ["关联节点（回避）", "Linked nodes (conflicts of interest)"],
  "nodeLinks.nodeId": ["节点", "Node"],
  "nodeLinks.relation": ["关联方式", "Relation"],
  description: ["备注", "Notes"],
  updatedAt: ["更新时间", "Updated"],
  q: ["搜索", "Search"],
} as const;
const pick = (i: 0 | 1) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v[i]]));

const zh = {
  resources: { experts: { name: "专家 |||| 专家库", fields: pick(0) } },
  experts: {
    menu: "专家库",
    search: "搜索姓名、领域、单位",
    empty_title: "专家库还是空的",
    empty_description: "区级管理员登记专家和第三方评价人员；与专家有关联的节点在评审时回避。",
    section_basic: "基本信息",
    section_contact: "联系与参评",
    section_links: "关联节点（利益回避）",
    links_hint: "专家任职或合作的节点：评审时不得评价这些节点，也不得评价它们所在镇街。",
    no_account: "（不关联账号）",
    linked: "关联 %{n} 个节点",
  },
};
const en: typeof zh = {
  resources: { experts: { name: "Expert |||| Experts", fields: pick(1) } },
  experts: {
    menu: "Experts",
    search: "Search name, field, employer",
    empty_title: "The expert pool is empty",
    empty_description:
      "The district admin registers experts and third-party evaluators; nodes tied to an expert are excluded from their reviews.",
    section_basic: "Basic information",
    section_contact: "Contact and availability",
    section_links: "Linked nodes (conflicts of interest)",
    links_hint: "Nodes the expert works for or with: they may not judge these nodes nor the towns they are in.",
    no_account: "(no account)",
    linked: "%{n} linked node(s)",
  },
};
export const expertsAdminMessages = { zh, en };
