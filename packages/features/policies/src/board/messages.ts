const zh = {
  policyFigures: {
    policyFigures: "政策直享",
    titles: { list: "政策直享" },
    title: "政策直享",
    subtitle: "政策推送（每家企业每个政策版本计一次）、企业申报、兑现（含免申即享）与兑现金额",
    detail: "查看详情",
    pushed: "推送企业家次",
    applied: "企业申报",
    granted: "兑现企业家次",
    amount: "兑现金额",
    byTown: "各镇街推送、申报与兑现",
    byPolicy: "各政策推送、申报与兑现（前15项）",
    amountByTown: "各镇街兑现金额（万元）",
    amountWan: "兑现金额（万元）",
    empty: "暂无数据",
  },
};
const en: typeof zh = {
  policyFigures: {
    policyFigures: "Policies",
    titles: { list: "Policies" },
    title: "Policies",
    subtitle: "Pushes (once per enterprise and policy version), applications, grants (automatic ones included) and amounts",
    detail: "Details",
    pushed: "Pushes",
    applied: "Applications",
    granted: "Grants",
    amount: "Amount granted",
    byTown: "Pushed, applied and granted by town",
    byPolicy: "Pushed, applied and granted by policy (top 15)",
    amountByTown: "Amount granted by town (CNY 10k)",
    amountWan: "Amount (CNY 10k)",
    empty: "No data",
  },
};
export const policiesBoardMessages = { zh, en };
