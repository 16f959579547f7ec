const fields = {
  name: ["园区名称", "Park name"],
  townId: ["所属镇街", "Town"],
  operatorNodeId: ["运营节点", "Operator node"],
  status: ["状态", "Status"],
  openedOn: ["投入运营日期", "Operating since"],
  developer: ["开发建设主体", "Developer"],
  leadingIndustry: ["主导产业", "Leading industry"],
  address: ["地址", "Address"],
  landAreaSqm: ["占地面积（平方米）", "Land area (m²)"],
  floorAreaSqm: ["建筑面积（平方米）", "Floor area (m²)"],
  residentCount: ["入驻企业", "Residents"],
  description: ["简介", "Description"],
  updatedAt: ["更新时间", "Updated"],
  q: ["搜索", "Search"],
} as const;
const pick = (i: 0 | 1) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v[i]]));

const zh = {
  resources: { specializedParks: { name: "专精特新产业园 |||| 专精特新产业园", fields: pick(0) } },
  specializedParks: {
    menu: "专精特新产业园",
    search: "搜索名称、简介",
    empty_title: "还没有专精特新产业园",
    empty_description: "由区级管理员或镇街管理员登记园区；园区运营节点人员维护本园区信息和入驻企业。",
    section_basic: "基本信息",
    section_area: "面积与建设运营",
    section_more: "运营情况",
    developer_hint: "如：区属国有企业",
    opened_hint: "运营中的园区必填，计入目标完成情况",
    residents_title: "入驻企业（%{count} 家）",
    residents_empty: "还没有登记入驻企业",
    resident_pick: "从企业库选择企业",
    resident_add: "登记入驻",
    resident_remove: "移除",
  },
};
const en: typeof zh = {
  resources: { specializedParks: { name: "Specialized park |||| Specialized parks", fields: pick(1) } },
  specializedParks: {
    menu: "Specialized parks",
    search: "Search name, description",
    empty_title: "No specialized parks yet",
    empty_description: "The district or a town admin registers them; the operator node keeps its own up to date.",
    section_basic: "Basic information",
    section_area: "Area, construction and operation",
    section_more: "Operation",
    developer_hint: "e.g. the district state-owned company",
    opened_hint: "Required for an operating park; counts towards the target",
    residents_title: "Resident enterprises (%{count})",
    residents_empty: "No resident enterprises recorded yet",
    resident_pick: "Choose from the enterprise registry",
    resident_add: "Record as resident",
    resident_remove: "Remove",
  },
};
export const specializedParksAdminMessages = { zh, en };
