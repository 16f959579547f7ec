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
  resources: { supplyChain: { name: "配套协作 |||| 配套协作", fields: pick(0) } },
  supplyChain: {
    menu: "配套协作",
    search: "搜索名称、简介",
    empty_title: "还没有配套协作",
    empty_description: "由区级管理员或镇街管理员登记；运营节点维护本节点运营的配套协作。",
    section_basic: "基本信息",
    section_more: "运营情况",
  },
};
const en: typeof zh = {
  resources: { supplyChain: { name: "Supply-chain matching |||| Supply-chain matchings", fields: pick(1) } },
  supplyChain: {
    menu: "Supply-chain matchings",
    search: "Search name, description",
    empty_title: "No Supply-chain matchings yet",
    empty_description: "The district or a town admin registers them; the operator node keeps its own up to date.",
    section_basic: "Basic information",
    section_more: "Operation",
  },
};
export const supplyChainAdminMessages = { zh, en };
