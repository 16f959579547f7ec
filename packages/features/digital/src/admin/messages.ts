type TPair = readonly [string, string];
const pick = (f: Record<string, TPair>, i: 0 | 1) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v[i]]));

const common: Record<string, TPair> = {
  q: ["搜索", "Search"],
  updatedAt: ["更新时间", "Updated"],
  enterpriseName: ["企业", "Enterprise"],
  enterpriseId: ["企业", "Enterprise"],
  townName: ["镇街", "Town"],
  townId: ["镇街", "Town"],
  status: ["状态", "Status"],
  scenario: ["场景", "Scenario"],
  industry: ["行业", "Industry"],
  actions: [" ", " "],
};
const sets: Record<string, TPair> = {
  ...common,
  name: ["指标表名称", "Name"],
  edition: ["版本", "Edition"],
  source: ["依据", "Source"],
  level1Min: ["一级最低分", "Level 1 from"],
  level2Min: ["二级最低分", "Level 2 from"],
  level3Min: ["三级最低分", "Level 3 from"],
  level4Min: ["四级最低分", "Level 4 from"],
  thresholdsPlaceholder: ["分数线待确认", "Thresholds to confirm"],
  active: ["启用", "Active"],
  indicatorCount: ["指标数", "Indicators"],
};
const indicators: Record<string, TPair> = {
  ...common,
  setId: ["指标表", "Indicator set"],
  dimension: ["维度", "Dimension"],
  code: ["编号", "Code"],
  name: ["指标", "Indicator"],
  question: ["问题", "Question"],
  options: ["选项与分值", "Options and points"],
  label: ["选项", "Option"],
  points: ["分值", "Points"],
  maxPoints: ["满分", "Full points"],
  sortOrder: ["排序", "Order"],
  placeholder: ["待确认", "To confirm"],
};
const diagnoses: Record<string, TPair> = {
  ...common,
  setName: ["指标表", "Indicator set"],
  score: ["得分", "Score"],
  level: ["等级", "Level"],
  weak: ["薄弱指标", "Weak indicators"],
  byNodeName: ["代为诊断", "Diagnosed by"],
  committedAt: ["提交时间", "Committed at"],
};
const needs: Record<string, TPair> = {
  ...common,
  postedOn: ["提出日期", "Posted on"],
  text: ["需求描述", "Need"],
  indicatorNames: ["薄弱指标", "Weak indicators"],
  budgetFen: ["预算", "Budget"],
  timeline: ["期望时间", "Timeline"],
  contacts: ["已联系", "Contacts"],
};
const solutions: Record<string, TPair> = {
  ...common,
  name: ["方案名称", "Solution"],
  providerNodeId: ["服务商", "Provider"],
  providerName: ["服务商", "Provider"],
  industries: ["适用行业", "Industries"],
  priceMinFen: ["最低价格（元）", "Lowest price (CNY)"],
  priceMaxFen: ["最高价格（元）", "Highest price (CNY)"],
  price: ["价格", "Price"],
  deployDays: ["部署周期（天）", "Deployment (days)"],
  cases: ["应用案例", "Reference cases"],
  description: ["方案简介", "Description"],
  contact: ["联系方式", "Contact"],
  reviewNote: ["审核意见", "Review note"],
};
const contacts: Record<string, TPair> = {
  ...common,
  sentOn: ["联系日期", "Sent on"],
  solutionName: ["解决方案", "Solution"],
  providerName: ["服务商", "Provider"],
  needText: ["需求", "Need"],
  message: ["留言", "Message"],
  answer: ["回复", "Answer"],
  priceFen: ["成交价格", "Price"],
  goLiveOn: ["上线日期", "Go-live"],
};
const benchmarks: Record<string, TPair> = {
  ...common,
  title: ["案例标题", "Title"],
  recognisedOn: ["认定日期", "Recognised on"],
  before: ["转型前", "Before"],
  after: ["转型后", "After"],
  solutionIds: ["采用的方案", "Solutions used"],
  published: ["在门户公开", "Published"],
  level: ["数字化水平", "Digital level"],
};
const res = (i: 0 | 1, names: Record<string, TPair>) =>
  Object.fromEntries(
    Object.entries({
      digitalSets: sets,
      digitalIndicators: indicators,
      digitalDiagnoses: diagnoses,
      digitalNeeds: needs,
      digitalSolutions: solutions,
      digitalContacts: contacts,
      digitalBenchmarks: benchmarks,
    }).map(([k, f]) => [k, { name: names[k][i], fields: pick(f, i) }]),
  );
const NAMES: Record<string, TPair> = {
  digitalSets: ["评测指标表 |||| 评测指标表", "Indicator set |||| Indicator sets"],
  digitalIndicators: ["评测指标 |||| 评测指标", "Indicator |||| Indicators"],
  digitalDiagnoses: ["数字化诊断 |||| 数字化诊断", "Diagnosis |||| Diagnoses"],
  digitalNeeds: ["转型需求 |||| 转型需求池", "Need |||| Needs pool"],
  digitalSolutions: ["解决方案 |||| 解决方案库", "Solution |||| Solutions"],
  digitalContacts: ["方案对接 |||| 方案对接", "Contact |||| Contacts"],
  digitalBenchmarks: ["转型标杆 |||| 转型标杆", "Benchmark |||| Benchmarks"],
};

const zh = {
  resources: res(0, NAMES),
  digital: {
    menu_sets: "评测指标表",
    menu_indicators: "评测指标",
    menu_diagnoses: "数字化诊断",
    menu_needs: "转型需求池",
    menu_solutions: "解决方案库",
    menu_contacts: "方案对接",
    menu_benchmarks: "转型标杆",
    empty: "暂无记录",
    empty_hint: "企业在门户“数字化转型”完成诊断、提出需求后显示在这里；演示数据由种子写入。",
    placeholder_hint: "标为“待确认”的指标、分值和分数线未能从工信部公布文本核实，请区里核对后修改并取消标记。",
    publish: "发布",
    reject: "退回",
    withdraw: "下架",
    talk: "洽谈中",
    adopt: "已采用",
    not_adopt: "未采用",
    note: "意见或原因",
    price_yuan: "成交价格（元）",
    go_live: "上线日期",
    save: "保存",
    cancel: "取消",
  },
};
const en: typeof zh = {
  resources: res(1, NAMES),
  digital: {
    menu_sets: "Indicator sets",
    menu_indicators: "Indicators",
    menu_diagnoses: "Digital diagnoses",
    menu_needs: "Needs pool",
    menu_solutions: "Solutions",
    menu_contacts: "Solution contacts",
    menu_benchmarks: "Benchmarks",
    empty: "Nothing yet",
    empty_hint: "Diagnoses and needs appear here once enterprises use 数字化转型 on the portal; the demo seed writes some.",
    placeholder_hint:
      "Indicators, points and thresholds marked 'to confirm' could not be verified from the MIIT text: check, edit and unmark them.",
    publish: "Publish",
    reject: "Return",
    withdraw: "Withdraw",
    talk: "In talks",
    adopt: "Adopted",
    not_adopt: "Not adopted",
    note: "Note or reason",
    price_yuan: "Price (CNY)",
    go_live: "Go-live date",
    save: "Save",
    cancel: "Cancel",
  },
};
export const digitalAdminMessages = { zh, en };
