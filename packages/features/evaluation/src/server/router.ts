import { defineCarrier } from "@qifu/carrier-kit/server";
import { router } from "@qifu/trpc-core";
import { TARGET_YEARS, ZEvaluationStats, ZEvaluationScheme, ZEvaluationSchemePublicSearch } from "../schemas";
import { evaluationResource } from "./resources";
import { evaluationCountMetric, evaluationStats } from "./stats";

/** 评价考核 as a carrier: the public sees the active ones by name; the board follows the count target. */
export const evaluationCarrier = defineCarrier({
  resource: evaluationResource,
  public: { search: ZEvaluationSchemePublicSearch, where: () => ({ status: "ACTIVE" }), order: [{ name: "asc" }], dto: ZEvaluationScheme },
  metric: evaluationCountMetric,
  targetYears: TARGET_YEARS,
  stats: { dto: ZEvaluationStats, compute: evaluationStats },
});

/** Beside the resource contract: the carrier's public pages and the board's figures (add this feature's own procedures here). */
export const evaluationRouter = router({ ...evaluationCarrier.procedures });
