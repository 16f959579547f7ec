import PolicyOutlined from "@mui/icons-material/PolicyOutlined";
import type { ResourceProps } from "@refinedev/core";
import { featureBoardRpc, pathOf, type TBoardFeature } from "@qifu/ui/board";
import { policiesBoardMessages as messages } from "./messages";
import { PoliciesBoardPage, PoliciesHomeSection } from "./policies-board";
import type { policiesRouters } from "../server";

const { api } = featureBoardRpc<typeof policiesRouters>();

export const policiesBoardResources: ResourceProps[] = [{ name: "policyFigures", list: "/policies", meta: { icon: <PolicyOutlined /> } }];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "policies"). */
export const boardFeature: TBoardFeature = {
  name: "policies",
  requires: pathOf(api.policyFigures.stats),
  resources: policiesBoardResources,
  routes: [{ path: "/policies", Component: PoliciesBoardPage }],
  messages,
  homeSections: [{ key: "policies", order: 60, Component: PoliciesHomeSection }],
};
