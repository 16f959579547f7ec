import { ledgerStatsMessages } from "../shared/ledger-figures";

const fields = {
  enterpriseId: ["服务企业", "Enterprise"], enterpriseName: ["服务企业", "Enterprise"], nodeId: ["服务节点", "Service node"], nodeName: ["服务节点", "Service node"],
  townId: ["所属镇街", "Town"], townName: ["所属镇街", "Town"], productId: ["服务产品", "Service product"], productTitle: ["服务产品", "Service product"],
  category: ["服务类别", "Category"], channel: ["服务方式", "Channel"], servedOn: ["服务日期", "Service date"], staffName: ["服务人员", "Staff"],
  summary: ["服务内容摘要", "Summary"], source: ["来源", "Source"], ratingScore: ["满意度评分", "Score"], ratingComment: ["评价内容", "Comment"],
  ratingReasons: ["不满意原因", "Reasons"], ratedAt: ["评价时间", "Rated"], visitOutcome: ["回访结果", "Visit outcome"], visitNote: ["回访记录", "Visit notes"],
  fileIds: ["佐证材料", "Evidence"], files: ["佐证材料", "Evidence"], status: ["状态", "Status"], note: ["需求说明", "Request"], reason: ["理由", "Reason"],
  contactName: ["联系人", "Contact"], contactPhone: ["联系电话", "Phone"], createdAt: ["提交时间", "Submitted"], subject: ["投诉事项", "Subject"],
  content: ["投诉内容", "Details"], answer: ["答复", "Answer"], rated: ["已评价", "Rated"], year: ["年度", "Year"], q: ["搜索", "Search"],
  number: ["编号", "Number"], dueAt: ["应办结时间", "Due by"], overdue: ["只看超时", "Overdue only"], reopenReason: ["企业重新处理理由", "Reopened because"],
} as const;
const pick = (i: 0 | 1) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v[i]]));

const zh = {
  resources: {
    serviceRequests: { name: "服务申请 |||| 服务申请", fields: pick(0) },
    ledgerRecords: { name: "服务台账 |||| 服务台账", fields: pick(0) },
    ledgerReturnVisits: { name: "回访队列 |||| 回访队列", fields: pick(0) },
    serviceComplaints: { name: "服务投诉 |||| 服务投诉", fields: pick(0) },
    ledgerStats: { name: "台账统计 |||| 台账统计", fields: pick(0) },
  },
  ledger: {
    menu: { requests: "服务申请", records: "服务台账", visits: "回访队列", complaints: "服务投诉", stats: "台账统计" },
    empty: {
      requests: "还没有服务申请", requests_hint: "企业在服务目录中点击“申请此服务”后，申请会出现在这里，由服务节点受理。",
      records: "还没有服务记录", records_hint: "每提供一次服务登记一条记录（一家次）：可手工登记、从 Excel 导入，或由企业申请办结时自动生成。",
      visits: "回访队列为空", visits_hint: "服务满 7 天仍未评价、或评分 3 分及以下的记录会出现在这里，供镇街工作人员电话回访。",
      complaints: "还没有投诉",
    },
    accept: "受理", decline: "拒绝", deliver: "登记服务完成", cancel: "取消", confirm: "确定", done: "已更新",
    decline_reason: "拒绝理由（企业可见）", deliver_title: "登记服务完成（生成台账记录）",
    import_title: "从 Excel 导入服务记录", import_hint: "每行一条服务记录。企业按统一社会信用代码匹配；节点人员可不填“服务节点”列（默认本节点）。有问题的行逐行列出，不会写入。",
    visit: "登记回访", visit_title: "登记回访结果", visit_score: "企业电话中给出的评分（可选）", days_waiting: "已等待 %{n} 天",
    handle: "受理投诉", answer: "答复", close: "办结", answer_title: "答复投诉",
    rating: "企业评价", not_rated: "尚未评价", return_visit: "回访", evidence: "佐证材料", request_link: "来自服务申请", record_link: "查看台账记录",
    overdue: "已超时",
    stats: ledgerStatsMessages.zh,
  },
};
const en: typeof zh = {
  resources: {
    serviceRequests: { name: "Service request |||| Service requests", fields: pick(1) },
    ledgerRecords: { name: "Ledger record |||| Service ledger", fields: pick(1) },
    ledgerReturnVisits: { name: "Return visit |||| Return visits", fields: pick(1) },
    serviceComplaints: { name: "Complaint |||| Complaints", fields: pick(1) },
    ledgerStats: { name: "Ledger figures |||| Ledger figures", fields: pick(1) },
  },
  ledger: {
    menu: { requests: "Service requests", records: "Service ledger", visits: "Return visits", complaints: "Complaints", stats: "Ledger figures" },
    empty: {
      requests: "No service requests yet", requests_hint: "When an enterprise clicks “Request this service” in the catalogue, the request appears here for the node to accept.",
      records: "No service records yet", records_hint: "Each service delivered is one record (one enterprise-time): record it here, import it from Excel, or it is written when a request is delivered.",
      visits: "Nothing to call", visits_hint: "Records still unrated 7 days after the service appear here for town staff to call.",
      complaints: "No complaints yet",
    },
    accept: "Accept", decline: "Decline", deliver: "Record delivery", cancel: "Cancel", confirm: "OK", done: "Updated",
    decline_reason: "Reason (the enterprise sees it)", deliver_title: "Record the delivered service (writes a ledger record)",
    import_title: "Import service records from Excel", import_hint: "One service per row. Enterprises are matched by credit code; node staff may leave “Service node” empty (their own node). Bad rows are listed one by one and not written.",
    visit: "Log call", visit_title: "Log the return-visit call", visit_score: "Score given on the phone (optional)", days_waiting: "waiting %{n} days",
    handle: "Take up", answer: "Answer", close: "Close", answer_title: "Answer the complaint",
    rating: "Rating", not_rated: "Not rated yet", return_visit: "Return visit", evidence: "Evidence", request_link: "From a service request", record_link: "View the ledger record",
    overdue: "Overdue",
    stats: ledgerStatsMessages.en,
  },
};
export const ledgerAdminMessages = { zh, en };
