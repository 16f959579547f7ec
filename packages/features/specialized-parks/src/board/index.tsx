import FactoryOutlined from "@mui/icons-material/FactoryOutlined";
import type { ResourceProps } from "@refinedev/core";
import { featureBoardRpc, pathOf, type TBoardFeature } from "@qifu/ui/board";
import { specializedParksBoardMessages } from "./messages";
import { SpecializedParksBoardPage, SpecializedParksHomeSection } from "./specialized-parks-widgets";
import type { specializedParksRouters } from "../server";

const { api } = featureBoardRpc<typeof specializedParksRouters>();

/** 专精特新产业园 on the evaluation board. */
export const specializedParksBoardResources: ResourceProps[] = [
  { name: "specializedParks", list: "/specialized-parks", meta: { icon: <FactoryOutlined /> } },
];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "specialized-parks"). */
export const boardFeature: TBoardFeature = {
  name: "specialized-parks",
  requires: pathOf(api.specializedParks.stats),
  resources: specializedParksBoardResources,
  routes: [{ path: "/specialized-parks", Component: SpecializedParksBoardPage }],
  messages: specializedParksBoardMessages,
  homeSections: [{ key: "specialized-parks", order: 42, Component: SpecializedParksHomeSection }],
};
export { specializedParksBoardMessages, SpecializedParksBoardPage, SpecializedParksHomeSection };
export { SpecializedParksWidget, useSpecializedParksStats } from "./specialized-parks-widgets";
