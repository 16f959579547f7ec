import type { TTodo } from "@qifu/trpc-core";
import type { TRole } from "@qifu/domain";

const UNITS: TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "DEPARTMENT_HANDLER"];
const FOLLOWERS: TRole[] = [...UNITS, "COMMISSIONER"];
const link = { resource: "appeals" };

/** What appeals put on the console's to-do page; each count is `appeals.list` with the filter, in the caller's scope. */
export const appealTodos: TTodo[] = [
  {
    key: "appeals.toAccept",
    order: 10,
    label: { zh: "待受理诉求", en: "Appeals to accept" },
    roles: UNITS,
    list: "appeals.list",
    filter: { status: "SUBMITTED" },
    link,
    tone: "info",
  },
  {
    key: "appeals.dueSoon",
    order: 20,
    label: { zh: "即将超时", en: "Due soon" },
    roles: FOLLOWERS,
    list: "appeals.list",
    filter: { dueSoon: true },
    link,
    tone: "warning",
  },
  {
    key: "appeals.overdue",
    order: 21,
    label: { zh: "已超时", en: "Overdue" },
    roles: FOLLOWERS,
    list: "appeals.list",
    filter: { overdue: true },
    link,
    tone: "danger",
  },
  {
    key: "appeals.supervised",
    order: 30,
    label: { zh: "黄牌/红牌督办", en: "Yellow/red card" },
    roles: FOLLOWERS,
    list: "appeals.list",
    filter: { supervised: true },
    link,
    tone: "danger",
  },
  {
    key: "appeals.toVisit",
    order: 50,
    label: { zh: "待回访诉求", en: "Appeals to follow up" },
    roles: ["COMMISSIONER"],
    list: "appeals.list",
    filter: { status: "ANSWERED" },
    link,
    tone: "info",
  },
];
