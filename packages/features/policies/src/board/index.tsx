import PolicyOutlined from "@mui/icons-material/PolicyOutlined";
import type { ResourceProps } from "@refinedev/core";
import type { TBoardFeature } from "@qifu/ui/board";
import { policiesBoardMessages as messages } from "./messages";
import { PoliciesBoardPage, PoliciesHomeSection } from "./policies-board";

export const policiesBoardResources: ResourceProps[] = [{ name: "policyFigures", list: "/policies", meta: { icon: <PolicyOutlined /> } }];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "policies"). */
export const boardFeature: TBoardFeature = {
  name: "policies",
  resources: policiesBoardResources,
  routes: [{ path: "/policies", Component: PoliciesBoardPage }],
  messages,
  homeSections: [{ key: "policies", order: 60, Component: PoliciesHomeSection }],
};
