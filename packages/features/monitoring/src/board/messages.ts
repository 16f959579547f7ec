/** The board's words for monitoring (refine's translate), zh first. */
export const monitoringBoardMessages = {
  zh: {
    monitoring: {
      monitoring: "月度监测",
      titles: { list: "月度监测与需求趋势" },
      title: "月度监测与需求趋势",
      subtitle: "各节点月报报送情况，企业诉求、服务申请和站内搜索的逐月走势",
      onTime: "月报按时报送率",
      onTimeHint: "按时 ÷（按时 + 逾期 + 缺报），本年度已到期的月份",
      byTown: "各镇街月报报送情况",
      missing: "缺报",
      late: "逾期",
      filed: "按时",
      detail: "查看详情",
    },
  },
  en: {
    monitoring: {
      monitoring: "Monitoring",
      titles: { list: "Monthly monitoring and demand trends" },
      title: "Monthly monitoring and demand trends",
      subtitle: "Nodes' monthly reports, and appeals, service requests and searches month by month",
      onTime: "Monthly reports filed on time",
      onTimeHint: "On time ÷ (on time + late + missing), months of this year already due",
      byTown: "Monthly reports by town",
      missing: "Missing",
      late: "Late",
      filed: "On time",
      detail: "Details",
    },
  },
};
