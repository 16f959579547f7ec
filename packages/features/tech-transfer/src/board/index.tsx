import LightbulbOutlined from "@mui/icons-material/LightbulbOutlined";
import type { ResourceProps } from "@refinedev/core";
import { featureBoardRpc, pathOf, type TBoardFeature } from "@qifu/ui/board";
import { techTransferBoardMessages } from "./messages";
import { TechTransferBoardPage, TechTransferHomeSection } from "./tech-transfer-board";
import type { techTransferRouters } from "../server";

const { api } = featureBoardRpc<typeof techTransferRouters>();

export const techTransferBoardResources: ResourceProps[] = [
  { name: "techTransfer", list: "/tech-transfer", meta: { icon: <LightbulbOutlined /> } },
];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "tech-transfer"). */
export const boardFeature: TBoardFeature = {
  name: "tech-transfer",
  requires: pathOf(api.techTransfer.stats),
  resources: techTransferBoardResources,
  routes: [{ path: "/tech-transfer", Component: TechTransferBoardPage }],
  messages: techTransferBoardMessages,
  homeSections: [{ key: "tech-transfer", order: 57, Component: TechTransferHomeSection }],
};
