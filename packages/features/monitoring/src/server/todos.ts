import type { TTodo } from "@qifu/trpc-core";

/** Missing reports: the node's staff are reminded to file; the town (and district) see the overdue ones. */
export const monitoringTodos: TTodo[] = [
  {
    key: "monitoring.toFile",
    order: 45,
    label: { zh: "待报送月度报告", en: "Monthly reports to file" },
    roles: ["NODE_OPERATOR"],
    list: "monthlyReportsOwed.list",
    link: { resource: "monthlyReportsOwed" },
    tone: "warning",
  },
  {
    key: "monitoring.overdue",
    order: 46,
    label: { zh: "逾期未报月度报告", en: "Monthly reports overdue" },
    roles: ["TOWN_ADMIN", "DISTRICT_ADMIN"],
    list: "monthlyReportsOwed.list",
    filter: { overdue: true },
    link: { resource: "monthlyReportsOwed" },
    tone: "danger",
  },
];
