import HubOutlined from "@mui/icons-material/HubOutlined";
import type { ResourceProps } from "@refinedev/core";
import { featureBoardRpc, pathOf, type TBoardFeature } from "@qifu/ui/board";
import { TownFigureMap } from "./town-figure-map";
import { TownPage } from "./town-page";
import { networkBoardMessages } from "./messages";
import { NetworkBoardPage } from "./network-board-page";
import { NetworkChartsSection, NetworkKpiSection } from "./network-home";
import type { networkRouters } from "../server";

const { api } = featureBoardRpc<typeof networkRouters>();

/**
 * Carrier 1 (the 1+12+N network) on the evaluation board: `boardFeature` is what the board
 * loads from this feature's remote; everything else here is exported for pages that want single widgets.
 */
export const networkBoardResources: ResourceProps[] = [{ name: "network", list: "/network", meta: { icon: <HubOutlined /> } }];

export const boardFeature: TBoardFeature = {
  name: "network",
  requires: pathOf(api.network.stats),
  resources: networkBoardResources,
  routes: [
    { path: "/network", Component: NetworkBoardPage },
    { path: "/network/towns/:townId", Component: TownPage },
  ],
  messages: networkBoardMessages,
  /** Sections of the board's home page; `order` places them among other features' sections. */
  homeSections: [
    { key: "network-kpis", order: 10, Component: NetworkKpiSection },
    { key: "network-charts", order: 30, Component: NetworkChartsSection },
  ],
  overview: [{ key: "town-map", area: "main", order: 10, Component: TownFigureMap }],
};

export { networkBoardMessages, NetworkBoardPage, NetworkChartsSection, NetworkKpiSection };
export { NetworkKpis, type NetworkKpisProps } from "./network-kpis";
export {
  LinkedByYearChart,
  NodesByKindChart,
  NodesByLevelChart,
  NodesByStatusChart,
  NodesByTownChart,
  type NetworkChartProps,
} from "./network-charts";
export { TownTable } from "./town-table";
export type { BoardSectionProps } from "./network-home";
export { useNetworkStats, useBoardLang } from "./use-network-stats";
export { countLabel, cumulativeYears } from "../stats-view";
