import HomeWorkOutlined from "@mui/icons-material/HomeWorkOutlined";
import type { ResourceProps } from "@refinedev/core";
import { featureBoardRpc, pathOf, type TBoardFeature } from "@qifu/ui/board";
import { serviceStationsBoardMessages } from "./messages";
import { ServiceStationsBoardPage, ServiceStationsHomeSection } from "./service-stations-widgets";
import type { serviceStationsRouters } from "../server";

const { api } = featureBoardRpc<typeof serviceStationsRouters>();

/** 中小企业服务站 on the evaluation board. */
export const serviceStationsBoardResources: ResourceProps[] = [
  { name: "serviceStations", list: "/service-stations", meta: { icon: <HomeWorkOutlined /> } },
];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "service-stations"). */
export const boardFeature: TBoardFeature = {
  name: "service-stations",
  requires: pathOf(api.serviceStations.stats),
  resources: serviceStationsBoardResources,
  routes: [{ path: "/service-stations", Component: ServiceStationsBoardPage }],
  messages: serviceStationsBoardMessages,
  homeSections: [{ key: "service-stations", order: 40, Component: ServiceStationsHomeSection }],
};
export { serviceStationsBoardMessages, ServiceStationsBoardPage, ServiceStationsHomeSection };
export { ServiceStationsWidget, useServiceStationsStats } from "./service-stations-widgets";
