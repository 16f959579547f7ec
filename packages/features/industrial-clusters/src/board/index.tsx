import Diversity3Outlined from "@mui/icons-material/Diversity3Outlined";
import type { ResourceProps } from "@refinedev/core";
import { featureBoardRpc, pathOf, type TBoardFeature } from "@qifu/ui/board";
import { industrialClustersBoardMessages } from "./messages";
import { IndustrialClustersBoardPage, IndustrialClustersHomeSection } from "./industrial-clusters-widgets";
import type { industrialClustersRouters } from "../server";

const { api } = featureBoardRpc<typeof industrialClustersRouters>();

/** 中小企业特色产业集群 on the evaluation board. */
export const industrialClustersBoardResources: ResourceProps[] = [
  { name: "industrialClusters", list: "/industrial-clusters", meta: { icon: <Diversity3Outlined /> } },
];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "industrial-clusters"). */
export const boardFeature: TBoardFeature = {
  name: "industrial-clusters",
  requires: pathOf(api.industrialClusters.stats),
  resources: industrialClustersBoardResources,
  routes: [{ path: "/industrial-clusters", Component: IndustrialClustersBoardPage }],
  messages: industrialClustersBoardMessages,
  homeSections: [{ key: "industrial-clusters", order: 46, Component: IndustrialClustersHomeSection }],
};
export { industrialClustersBoardMessages, IndustrialClustersBoardPage, IndustrialClustersHomeSection };
export { IndustrialClustersWidget, useIndustrialClustersStats } from "./industrial-clusters-widgets";
