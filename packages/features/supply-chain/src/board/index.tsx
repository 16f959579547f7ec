import HubOutlined from "@mui/icons-material/HubOutlined";
import type { ResourceProps } from "@refinedev/core";
import { featureBoardRpc, pathOf, type TBoardFeature } from "@qifu/ui/board";
import { supplyChainBoardMessages } from "./messages";
import { SupplyChainBoardPage, SupplyChainHomeSection } from "./supply-chain-board";
import type { supplyChainRouters } from "../server";

const { api } = featureBoardRpc<typeof supplyChainRouters>();

/** 配套协作 on the evaluation board. */
export const supplyChainBoardResources: ResourceProps[] = [{ name: "supplyChain", list: "/supply-chain", meta: { icon: <HubOutlined /> } }];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "supply-chain"). */
export const boardFeature: TBoardFeature = {
  name: "supply-chain",
  requires: pathOf(api.supplyChain.stats),
  resources: supplyChainBoardResources,
  routes: [{ path: "/supply-chain", Component: SupplyChainBoardPage }],
  messages: supplyChainBoardMessages,
  homeSections: [{ key: "supply-chain", order: 120, Component: SupplyChainHomeSection }],
};
export { supplyChainBoardMessages, SupplyChainBoardPage };
