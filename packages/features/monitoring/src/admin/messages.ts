/** react-admin messages of monthly reports (menu labels, list columns, empty states). */
export const monitoringAdminMessages = {
  zh: {
    monitoring: {
      menu: { reports: "月度报告", matrix: "月报填报矩阵", owed: "待报送月报", trends: "需求趋势" },
      fileNow: "填报月报",
      empty: { reports: "暂无月度报告", reports_hint: "点击“填报月报”提交本节点的月度运营报告" },
    },
    resources: {
      monthlyReports: {
        name: "月度报告",
        fields: {
          month: "报告月份",
          nodeId: "填报节点",
          nodeKind: "节点类型",
          townId: "所属镇街",
          submittedAt: "提交时间",
          dueOn: "截止日期",
          late: "是否按时",
        },
      },
      monthlyReportMatrix: { name: "月报填报矩阵" },
      monthlyReportsOwed: { name: "待报送月报" },
      demandTrends: { name: "需求趋势" },
    },
  },
  en: {
    monitoring: {
      menu: { reports: "Monthly reports", matrix: "Report matrix", owed: "Reports to file", trends: "Demand trends" },
      fileNow: "File a report",
      empty: { reports: "No monthly reports yet", reports_hint: "Use “File a report” to file your node's monthly operation report" },
    },
    resources: {
      monthlyReports: {
        name: "Monthly report |||| Monthly reports",
        fields: {
          month: "Month",
          nodeId: "Node",
          nodeKind: "Node kind",
          townId: "Town",
          submittedAt: "Filed",
          dueOn: "Due",
          late: "On time?",
        },
      },
      monthlyReportMatrix: { name: "Report matrix" },
      monthlyReportsOwed: { name: "Reports to file" },
      demandTrends: { name: "Demand trends" },
    },
  },
};
