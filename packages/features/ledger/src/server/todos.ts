import type { TTodo } from "@qifu/trpc-core";
import { LEDGER_STAFF, SUPERVISORS } from "./ledger-service";

/** What the ledger puts on the console's to-do page, each counted through its own list in the caller's scope. */
export const ledgerTodos: TTodo[] = [
  {
    key: "ledger.requestsToAccept",
    order: 40,
    label: { zh: "待受理服务申请", en: "Service requests to accept" },
    roles: LEDGER_STAFF,
    list: "serviceRequests.list",
    filter: { status: "PENDING" },
    link: { resource: "serviceRequests" },
    tone: "info",
  },
  {
    key: "ledger.returnVisits",
    order: 51,
    label: { zh: "待回访服务", en: "Services to follow up" },
    roles: SUPERVISORS,
    list: "ledgerRecords.returnVisits",
    link: { resource: "ledgerReturnVisits" },
    tone: "info",
  },
];
