import type { TTodo } from "@qifu/trpc-core";

/** Submitted products waiting for review (their town admin or the district), counted through `serviceProducts.list`. */
export const catalogueTodos: TTodo[] = [
  {
    key: "catalogue.productsToReview",
    order: 70,
    label: { zh: "待审核产品", en: "Products to review" },
    roles: ["DISTRICT_ADMIN", "TOWN_ADMIN"],
    list: "serviceProducts.list",
    filter: { status: "SUBMITTED" },
    link: { resource: "serviceProducts" },
    tone: "info",
  },
];
