import { z } from "zod";
import { defineServerFeature, listMetrics, mergeRouters, procedure, router } from "@qifu/trpc-core";
import { ZMetricChoice } from "../schemas";
import { EVIDENCE_FILES } from "./access";
import { closingRouter } from "./closing";
import { exportResults, schemesExport } from "./exports";
import { exportPdf } from "./results-pdf";
import { publishedRouter } from "./published";
import { roundsRouter } from "./rounds";
import { schemesResource } from "./schemes";
import { canReadEvidence, tasksRouter } from "./scoring";
import { evaluationDemoActivity, seedEvaluation } from "./seed";

/** The metrics features registered (`defineMetric`), for a computed indicator to choose from. */
const metrics = procedure(["DISTRICT_ADMIN"], { description: "Registered metrics a computed indicator can use" })
  .output(z.array(ZMetricChoice))
  .query(() => listMetrics().map((m) => ({ key: m.key, label: m.label, unit: m.unit, nodes: Boolean(m.nodes) })));

/** 评价考核 (issue 13 pts 2–3): schemes, rounds, the experts' tasks and the published rankings. */
export const evaluationRouters = {
  evaluationSchemes: mergeRouters(schemesResource.router, router({ metrics, export: schemesExport })),
  evaluationRounds: mergeRouters(roundsRouter, closingRouter, router({ exportResults, exportPdf })),
  evaluationTasks: tasksRouter,
  evaluationResults: publishedRouter,
};

/** This feature's server manifest (packages/api/src/features.ts lists it). */
export const serverFeature = defineServerFeature({
  name: "evaluation",
  routers: evaluationRouters,
  fileOwners: { [EVIDENCE_FILES]: canReadEvidence },
  todos: [
    {
      key: "evaluation.pendingScores",
      label: { zh: "待评分的评价对象", en: "Subjects waiting for your scores" },
      roles: ["EVALUATOR"],
      list: "evaluationTasks.list",
      filter: { pending: true },
      link: { resource: "evaluationTasks" },
      tone: "warning",
      order: 60,
    },
  ],
  seedAfterAccounts: (tx, s) => seedEvaluation(tx, s),
  demoActivity: evaluationDemoActivity,
});
