import StairsOutlined from "@mui/icons-material/StairsOutlined";
import type { ResourceProps } from "@refinedev/core";
import { featureBoardRpc, pathOf, type TBoardFeature } from "@qifu/ui/board";
import { cultivationBoardMessages } from "./messages";
import { CultivationBoardPage, CultivationHomeSection } from "./ladder-board";
import type { cultivationRouters } from "../server";

const { api } = featureBoardRpc<typeof cultivationRouters>();

/** 梯度培育 on the evaluation board. */
export const cultivationBoardResources: ResourceProps[] = [
  { name: "cultivation", list: "/cultivation", meta: { icon: <StairsOutlined /> } },
];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "cultivation"). */
export const boardFeature: TBoardFeature = {
  name: "cultivation",
  requires: pathOf(api.cultivation.stats),
  resources: cultivationBoardResources,
  routes: [{ path: "/cultivation", Component: CultivationBoardPage }],
  messages: cultivationBoardMessages,
  homeSections: [{ key: "cultivation", order: 55, Component: CultivationHomeSection }],
};
export { cultivationBoardMessages, CultivationBoardPage, CultivationHomeSection };
