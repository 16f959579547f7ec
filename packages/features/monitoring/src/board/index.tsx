import InsightsOutlined from "@mui/icons-material/InsightsOutlined";
import type { ResourceProps } from "@refinedev/core";
import { featureBoardRpc, pathOf, type TBoardFeature } from "@qifu/ui/board";
import { monitoringBoardMessages } from "./messages";
import { MonitoringBoardPage, MonitoringHomeSection } from "./monitoring-board";
import type { monitoringRouters } from "../server";

const { api } = featureBoardRpc<typeof monitoringRouters>();

export const monitoringBoardResources: ResourceProps[] = [
  { name: "monitoring", list: "/monitoring", meta: { icon: <InsightsOutlined /> } },
];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "monitoring"). */
export const boardFeature: TBoardFeature = {
  name: "monitoring",
  // the page and its home section read both the matrix and the demand trends; the trends admit fewer roles
  requires: pathOf(api.monitoring.trends),
  resources: monitoringBoardResources,
  routes: [{ path: "/monitoring", Component: MonitoringBoardPage }],
  messages: monitoringBoardMessages,
  homeSections: [{ key: "monitoring", order: 50, Component: MonitoringHomeSection }],
};
