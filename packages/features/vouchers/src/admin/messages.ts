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
  resources: { vouchers: { name: "服务券 |||| 服务券", fields: pick(0) } },
  vouchers: {
    menu: "服务券",
    search: "搜索名称、简介",
    empty_title: "还没有服务券",
    empty_description: "由区级管理员或镇街管理员登记；运营节点维护本节点运营的服务券。",
    section_basic: "基本信息",
    section_more: "运营情况",
  },
};
const en: typeof zh = {
  resources: { vouchers: { name: "Service voucher |||| Service vouchers", fields: pick(1) } },
  vouchers: {
    menu: "Service vouchers",
    search: "Search name, description",
    empty_title: "No Service vouchers yet",
    empty_description: "The district or a town admin registers them; the operator node keeps its own up to date.",
    section_basic: "Basic information",
    section_more: "Operation",
  },
};
export const vouchersAdminMessages = { zh, en };
