import { defineCarrier, operatingStationsWhere } from "@qifu/carrier-kit/server";
import { router } from "@qifu/trpc-core";
import { TARGET_YEARS, ZServiceStationPublic, ZServiceStationPublicSearch, ZServiceStationsStats } from "../schemas";
import { serviceStationsResource, toServiceStationPublicDto } from "./resources";
import { serviceStationsCountMetric, serviceStationsStats } from "./stats";

/** 中小企业服务站 as a carrier: the public sees the operating stations (the one metric: the same count as the home page and the board). */
export const serviceStationsCarrier = defineCarrier({
  resource: serviceStationsResource,
  public: {
    search: ZServiceStationPublicSearch,
    where: (ctx) => operatingStationsWhere(ctx.now().getUTCFullYear()),
    town: (townId) => ({ node: { townId } }),
    order: [{ node: { name: "asc" } }],
    dto: ZServiceStationPublic,
    toDto: toServiceStationPublicDto,
    description: "Active SME service stations for the public site",
    getDescription: "One active SME service station",
  },
  metric: serviceStationsCountMetric,
  targetYears: TARGET_YEARS,
  stats: { dto: ZServiceStationsStats, compute: serviceStationsStats, description: "Counts and target progress of SME service stations" },
});

/** Beside the resource contract: the carrier's public pages and the board's figures. */
export const serviceStationsRouter = router({ ...serviceStationsCarrier.procedures });
