import { defineServerFeature, mergeRouters, router } from "@qifu/trpc-core";
import { achievementsResource, achievementsRouter } from "./achievements";
import { contactsRouter } from "./contacts";
import { labsResource, labsRouter, platformsResource, platformsRouter } from "./labs";
import { needsRouter } from "./needs";
import { projectsExport, projectsResource } from "./projects";
import { seedTechTransfer } from "./seed";
import { statsProcedure, techContractMetric, techProjectsMetric } from "./stats";

/** 成果转化 (issue 15 pts 5–6): achievements, needs, contacts and projects, joint labs, platforms, figures. */
export const techTransferRouters = {
  techAchievements: mergeRouters(achievementsResource.router, achievementsRouter),
  techNeeds: needsRouter,
  techContacts: contactsRouter,
  techProjects: router({
    list: projectsResource.router.list,
    get: projectsResource.router.get,
    getMany: projectsResource.router.getMany,
    update: projectsResource.router.update,
    export: projectsExport,
  }),
  jointLabs: mergeRouters(labsResource.router, labsRouter),
  techPlatforms: mergeRouters(platformsResource.router, platformsRouter),
  techTransfer: router({ stats: statsProcedure }),
};
export { techContractMetric, techProjectsMetric } from "./stats";
export { techMatcher } from "./matching";

/** This feature's server manifest (packages/api/src/features.ts lists it). */
export const serverFeature = defineServerFeature({
  name: "tech-transfer",
  routers: techTransferRouters,
  metrics: [techProjectsMetric, techContractMetric],
  seed: (tx, s) => seedTechTransfer(tx, s.townIds),
  todos: [
    {
      key: "techTransfer.contactsToAnswer",
      label: { zh: "待答复的成果对接", en: "Achievement contacts waiting for your answer" },
      roles: ["NODE_OPERATOR"],
      nodeKinds: ["COLLEGE", "TECH_SERVICE_INSTITUTION"],
      list: "techContacts.list",
      filter: { status: "SENT" },
      link: { resource: "techContacts" },
      tone: "warning",
      order: 56,
    },
    {
      key: "techTransfer.achievementsToReview",
      label: { zh: "待审核的科技成果", en: "Achievements waiting for review" },
      roles: ["DISTRICT_ADMIN", "TOWN_ADMIN"],
      list: "techAchievements.list",
      filter: { status: "PENDING" },
      link: { resource: "techAchievements" },
      tone: "warning",
      order: 57,
    },
  ],
});
