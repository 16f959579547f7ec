import { defineCarrier } from "@qifu/carrier-kit/server";
import { router } from "@qifu/trpc-core";
import { TARGET_YEARS, ZExpertsStats, ZExpert, ZExpertPublicSearch } from "../schemas";
import { expertsResource } from "./resources";
import { expertsCountMetric, expertsStats } from "./stats";

/** 专家库 as a carrier: the public sees the active ones by name; the board follows the count target. */
export const expertsCarrier = defineCarrier({
  resource: expertsResource,
  public: { search: ZExpertPublicSearch, where: () => ({ status: "ACTIVE" }), order: [{ name: "asc" }], dto: ZExpert },
  metric: expertsCountMetric,
  targetYears: TARGET_YEARS,
  stats: { dto: ZExpertsStats, compute: expertsStats },
});

/** Beside the resource contract: the carrier's public pages and the board's figures (add this feature's own procedures here). */
export const expertsRouter = router({ ...expertsCarrier.procedures });
