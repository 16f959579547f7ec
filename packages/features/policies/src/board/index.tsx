import PolicyOutlined from "@mui/icons-material/PolicyOutlined";
import type { ResourceProps } from "@refinedev/core";
import type { TBoardFeature } from "@qifu/ui/board";
import { policiesBoardMessages } from "./messages";
import { PoliciesBoardPage, PoliciesHomeSection } from "./policies-widgets";

/** 政策直享 on the evaluation board. */
export const policiesBoardResources: ResourceProps[] = [{ name: "policies", list: "/policies", meta: { icon: <PolicyOutlined /> } }];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "policies"). */
export const boardFeature: TBoardFeature = {
  name: "policies",
  resources: policiesBoardResources,
  routes: [{ path: "/policies", Component: PoliciesBoardPage }],
  messages: policiesBoardMessages,
  homeSections: [{ key: "policies", order: 50, Component: PoliciesHomeSection }],
};
export { policiesBoardMessages, PoliciesBoardPage, PoliciesHomeSection };
export { PoliciesWidget, usePoliciesStats } from "./policies-widgets";
