const fields = {
  name: ["名称", "Name"],
  townId: ["所属镇街", "Town"],
  operatorNodeId: ["运营节点", "Operator node"],
  status: ["状态", "Status"],
  openedOn: ["启用日期", "Opened on"],
  description: ["简介", "Description"],
  updatedAt: ["更新时间", "Updated"],
  q: ["搜索", "Search"],
} as const;
const pick = (i: 0 | 1) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v[i]]));

const zh = {
  resources: { policies: { name: "政策直享 |||| 政策直享", fields: pick(0) } },
  policies: {
    menu: "政策直享",
    search: "搜索名称、简介",
    empty_title: "还没有政策直享",
    empty_description: "由区级管理员或镇街管理员登记；运营节点维护本节点运营的政策直享。",
    section_basic: "基本信息",
    section_more: "运营情况",
  },
};
const en: typeof zh = {
  resources: { policies: { name: "Policy |||| Policys", fields: pick(1) } },
  policies: {
    menu: "Policys",
    search: "Search name, description",
    empty_title: "No Policys yet",
    empty_description: "The district or a town admin registers them; the operator node keeps its own up to date.",
    section_basic: "Basic information",
    section_more: "Operation",
  },
};
export const policiesAdminMessages = { zh, en };
