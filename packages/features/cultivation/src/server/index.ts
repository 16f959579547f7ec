import { defineServerFeature, mergeRouters, router, startScheduler } from "@qifu/trpc-core";
import { criteriaResource } from "./criteria";
import { figuresResource, figuresWorkflow } from "./figures";
import { poolsRouter } from "./pools";
import { CERTIFICATE_FILES, canReadCertificate } from "./access";
import { recognitionsExport, recognitionsResource } from "./recognitions";
import { roundsRouter } from "./rounds";
import { seedCultivation } from "./seed";
import { seedStageServices, stageServicesResource } from "./stage-services";
import { cultivationMetrics, statsRouter } from "./stats";
import { cultivationSweep } from "./tier";

/** 梯度培育 (issue 14 pts 1–5): recognitions, criteria, figures, rounds, pools and the board's figures. */
export const cultivationRouters = {
  cultivationRecognitions: router({ ...recognitionsResource.router._def.record, export: recognitionsExport }),
  cultivationCriteria: criteriaResource.router,
  cultivationStageServices: stageServicesResource.router,
  cultivationFigures: mergeRouters(figuresResource.router, figuresWorkflow),
  cultivationRounds: roundsRouter,
  cultivation: mergeRouters(poolsRouter, statsRouter),
};
export { cultivationSweep, recomputeTier } from "./tier";
export { cultivationMetrics } from "./stats";

const DAY_MS = 24 * 60 * 60 * 1000;

/** This feature's server manifest (packages/api/src/features.ts lists it). */
export const serverFeature = defineServerFeature({
  name: "cultivation",
  routers: cultivationRouters,
  metrics: cultivationMetrics,
  seed: async (tx) => {
    await seedCultivation(tx);
    await seedStageServices(tx);
  },
  fileOwners: { [CERTIFICATE_FILES]: canReadCertificate },
  // daily: tiers whose recognition expired are recomputed; recognitions expiring within 6 months are notified once
  jobs: (prisma, opts) => [
    startScheduler("cultivation.sweep", (now) => cultivationSweep(prisma, now), { intervalMs: DAY_MS, log: opts.log }),
  ],
  todos: [
    {
      key: "cultivation.figuresToConfirm",
      label: { zh: "待确认的企业培育指标", en: "Enterprise figures to confirm" },
      roles: ["DISTRICT_ADMIN", "TOWN_ADMIN"],
      list: "cultivationFigures.list",
      filter: { unconfirmed: true },
      link: { resource: "cultivationFigures" },
      tone: "warning",
      order: 70,
    },
    {
      key: "cultivation.expiring",
      label: { zh: "半年内到期的培育认定", en: "Recognitions expiring within 6 months" },
      roles: ["DISTRICT_ADMIN", "TOWN_ADMIN"],
      list: "cultivationRecognitions.list",
      filter: { expiring: true },
      link: { resource: "cultivationRecognitions" },
      tone: "info",
      order: 71,
    },
  ],
});
