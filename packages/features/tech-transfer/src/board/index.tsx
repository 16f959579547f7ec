import StoreOutlined from "@mui/icons-material/StoreOutlined";
import type { ResourceProps } from "@refinedev/core";
import type { TBoardFeature } from "@qifu/ui/board";
import { techTransferBoardMessages } from "./messages";
import { TechTransferBoardPage, TechTransferHomeSection } from "./tech-transfer-widgets";

/** 成果转化 on the evaluation board. */
export const techTransferBoardResources: ResourceProps[] = [
  { name: "techTransfer", list: "/tech-transfer", meta: { icon: <StoreOutlined /> } },
];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "tech-transfer"). */
export const boardFeature: TBoardFeature = {
  name: "tech-transfer",
  resources: techTransferBoardResources,
  routes: [{ path: "/tech-transfer", Component: TechTransferBoardPage }],
  messages: techTransferBoardMessages,
  homeSections: [{ key: "tech-transfer", order: 50, Component: TechTransferHomeSection }],
};
export { techTransferBoardMessages, TechTransferBoardPage, TechTransferHomeSection };
export { TechTransferWidget, useTechTransferStats } from "./tech-transfer-widgets";
