import { defineServerFeature, mergeRouters } from "@qifu/trpc-core";
import { SHOWCASE_FILES, showcaseResource } from "./resources";
import { canReadPicture, showcaseRouter } from "./router";
import { seedShowcase, showcaseDemoActivity } from "./seed";
import { publishedMetric } from "./stats";

/** 典型风采: the routers this feature adds to the root router. */
export const showcaseRouters = {
  showcase: mergeRouters(showcaseResource.router, showcaseRouter),
};
export { showcaseScope } from "./resources";
export { showcaseStats, publishedMetric } from "./stats";
export { seedShowcase } from "./seed";

/** This feature's server manifest (packages/api/src/features.ts lists it). */
export const serverFeature = defineServerFeature({
  name: "showcase",
  routers: showcaseRouters,
  metrics: [publishedMetric],
  // an entry's pictures: anyone once it is published, staff in scope before
  publicFileOwners: { [SHOWCASE_FILES]: canReadPicture },
  todos: [
    {
      key: "showcase.toReview",
      order: 75,
      label: { zh: "待审核典型风采", en: "Showcase entries to review" },
      roles: ["DISTRICT_ADMIN"],
      list: "showcase.list",
      filter: { status: "SUBMITTED" },
      link: { resource: "showcase" },
      tone: "info",
    },
  ],
  // after the ledger and the catalogue have written the records it links to
  seedAfterAccounts: (tx, s) => seedShowcase(tx, s),
  demoActivity: (prisma) => showcaseDemoActivity(prisma),
});
