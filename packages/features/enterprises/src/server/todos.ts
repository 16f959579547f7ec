import type { TTodo } from "@qifu/trpc-core";
import { ENTERPRISE_STAFF } from "./resources";

/** Claims waiting for review on the console's to-do page, counted through `enterpriseClaims.list` in the caller's scope. */
export const enterpriseTodos: TTodo[] = [
  {
    key: "enterprises.claimsToReview",
    order: 60,
    label: { zh: "待审核认领", en: "Claims to review" },
    roles: ENTERPRISE_STAFF,
    list: "enterpriseClaims.list",
    filter: { status: "PENDING" },
    link: { resource: "enterpriseClaims" },
    tone: "info",
  },
];
