import InsightsOutlined from "@mui/icons-material/InsightsOutlined";
import type { ResourceProps } from "@refinedev/core";
import { featureBoardRpc, pathOf, type TBoardFeature } from "@qifu/ui/board";
import { DigitalBoardPage, DigitalHomeSection } from "./digital-board";
import { digitalBoardMessages } from "./messages";
import type { digitalRouters } from "../server";

const { api } = featureBoardRpc<typeof digitalRouters>();

export const digitalBoardResources: ResourceProps[] = [{ name: "digital", list: "/digital", meta: { icon: <InsightsOutlined /> } }];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "digital"). */
export const boardFeature: TBoardFeature = {
  name: "digital",
  requires: pathOf(api.digital.stats),
  resources: digitalBoardResources,
  routes: [{ path: "/digital", Component: DigitalBoardPage }],
  messages: digitalBoardMessages,
  homeSections: [{ key: "digital", order: 59, Component: DigitalHomeSection }],
};
