import RocketLaunchOutlined from "@mui/icons-material/RocketLaunchOutlined";
import type { ResourceProps } from "@refinedev/core";
import { featureBoardRpc, pathOf, type TBoardFeature } from "@qifu/ui/board";
import { innovationBasesBoardMessages } from "./messages";
import { InnovationBasesBoardPage, InnovationBasesHomeSection } from "./innovation-bases-widgets";
import type { innovationBasesRouters } from "../server";

const { api } = featureBoardRpc<typeof innovationBasesRouters>();

/** 创新创业基地 on the evaluation board. */
export const innovationBasesBoardResources: ResourceProps[] = [
  { name: "innovationBases", list: "/innovation-bases", meta: { icon: <RocketLaunchOutlined /> } },
];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "innovation-bases"). */
export const boardFeature: TBoardFeature = {
  name: "innovation-bases",
  requires: pathOf(api.innovationBases.stats),
  resources: innovationBasesBoardResources,
  routes: [{ path: "/innovation-bases", Component: InnovationBasesBoardPage }],
  messages: innovationBasesBoardMessages,
  homeSections: [{ key: "innovation-bases", order: 44, Component: InnovationBasesHomeSection }],
};
export { innovationBasesBoardMessages, InnovationBasesBoardPage, InnovationBasesHomeSection };
export { InnovationBasesWidget, useInnovationBasesStats } from "./innovation-bases-widgets";
