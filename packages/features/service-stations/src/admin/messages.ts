const fields = {
  name: ["服务站名称", "Station name"],
  townId: ["所属镇街", "Town"],
  operatorNodeId: ["依托节点", "Host node"],
  status: ["状态", "Status"],
  operatorKind: ["运营主体类型", "Operator type"],
  operatorName: ["运营主体", "Operator organisation"],
  address: ["地址", "Address"],
  openingHours: ["开放时间", "Opening hours"],
  serviceCategories: ["服务类别", "Services offered"],
  serviceCategory: ["服务类别", "Service category"],
  staffOnDuty: ["在岗人数", "Staff on duty"],
  officePhone: ["办公电话（公开）", "Office phone (public)"],
  onCallName: ["全时响应联系人", "On-call contact"],
  onCallPhone: ["全时响应电话", "On-call phone"],
  openedOn: ["启用日期", "Opened on"],
  description: ["简介", "Description"],
  updatedAt: ["更新时间", "Updated"],
  q: ["搜索", "Search"],
} as const;
const pick = (i: 0 | 1) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v[i]]));

const zh = {
  resources: { serviceStations: { name: "中小企业服务站 |||| 中小企业服务站", fields: pick(0) } },
  serviceStations: {
    menu: "中小企业服务站",
    search: "搜索名称、简介",
    empty_title: "还没有中小企业服务站",
    empty_description: "由区级管理员或镇街管理员登记；运营节点维护本节点运营的中小企业服务站。",
    section_basic: "基本信息",
    section_service: "服务内容与全时响应",
    section_more: "运营情况",
    host_hint: "服务站依托的服务网络节点，该节点人员可维护本服务站",
    hours_hint: "如：工作日 9:00-12:00，14:00-17:30",
    on_call_hint: "开放时间以外的值班电话（全时响应）；个人手机号只向登录的工作人员显示",
    office_phone_hint: "公开页面显示的办公电话（座机）",
  },
};
const en: typeof zh = {
  resources: { serviceStations: { name: "SME service station |||| SME service stations", fields: pick(1) } },
  serviceStations: {
    menu: "SME service stations",
    search: "Search name, description",
    empty_title: "No SME service stations yet",
    empty_description: "The district or a town admin registers them; the operator node keeps its own up to date.",
    section_basic: "Basic information",
    section_service: "Services and on-call response",
    section_more: "Operation",
    host_hint: "The network node hosting the station; its staff keep the station up to date",
    hours_hint: "e.g. weekdays 9:00-12:00, 14:00-17:30",
    on_call_hint: "The on-call number outside opening hours (全时响应); a personal mobile is shown to signed-in staff only",
    office_phone_hint: "The office (landline) number the public pages show",
  },
};
export const serviceStationsAdminMessages = { zh, en };
