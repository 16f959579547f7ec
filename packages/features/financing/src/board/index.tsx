import AccountBalanceOutlined from "@mui/icons-material/AccountBalanceOutlined";
import type { ResourceProps } from "@refinedev/core";
import { featureBoardRpc, pathOf, type TBoardFeature } from "@qifu/ui/board";
import { FinancingBoardPage } from "./financing-board";
import { financingBoardMessages } from "./messages";
import type { financingRouters } from "../server";

const { api } = featureBoardRpc<typeof financingRouters>();

export const financingBoardResources: ResourceProps[] = [
  { name: "financing", list: "/financing", meta: { icon: <AccountBalanceOutlined /> } },
];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "financing"). */
export const boardFeature: TBoardFeature = {
  name: "financing",
  requires: pathOf(api.financingStats.summary),
  resources: financingBoardResources,
  routes: [{ path: "/financing", Component: FinancingBoardPage }],
  messages: financingBoardMessages,
};
