import HubOutlined from "@mui/icons-material/HubOutlined";
import type { ResourceProps } from "@refinedev/core";
import type { TBoardFeature } from "@qifu/ui/board";
import { supplyChainBoardMessages } from "./messages";
import { SupplyChainBoardPage, SupplyChainHomeSection } from "./supply-chain-board";

/** 配套协作 on the evaluation board. */
export const supplyChainBoardResources: ResourceProps[] = [{ name: "supplyChain", list: "/supply-chain", meta: { icon: <HubOutlined /> } }];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "supply-chain"). */
export const boardFeature: TBoardFeature = {
  name: "supply-chain",
  resources: supplyChainBoardResources,
  routes: [{ path: "/supply-chain", Component: SupplyChainBoardPage }],
  messages: supplyChainBoardMessages,
  homeSections: [{ key: "supply-chain", order: 120, Component: SupplyChainHomeSection }],
};
export { supplyChainBoardMessages, SupplyChainBoardPage };
