import StoreOutlined from "@mui/icons-material/StoreOutlined";
import type { ResourceProps } from "@refinedev/core";
import type { TBoardFeature } from "@qifu/ui/board";
import { expertsBoardMessages } from "./messages";
import { ExpertsBoardPage, ExpertsHomeSection } from "./experts-widgets";

/** 专家库 on the evaluation board. */
export const expertsBoardResources: ResourceProps[] = [{ name: "experts", list: "/experts", meta: { icon: <StoreOutlined /> } }];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "experts"). */
export const boardFeature: TBoardFeature = {
  name: "experts",
  resources: expertsBoardResources,
  routes: [{ path: "/experts", Component: ExpertsBoardPage }],
  messages: expertsBoardMessages,
  homeSections: [{ key: "experts", order: 50, Component: ExpertsHomeSection }],
};
export { expertsBoardMessages, ExpertsBoardPage, ExpertsHomeSection };
export { ExpertsWidget, useExpertsStats } from "./experts-widgets";
