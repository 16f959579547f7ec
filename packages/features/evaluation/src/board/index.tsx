import StoreOutlined from "@mui/icons-material/StoreOutlined";
import type { ResourceProps } from "@refinedev/core";
import type { TBoardFeature } from "@qifu/ui/board";
import { evaluationBoardMessages } from "./messages";
import { EvaluationBoardPage, EvaluationHomeSection } from "./evaluation-widgets";

/** 评价考核 on the evaluation board. */
export const evaluationBoardResources: ResourceProps[] = [{ name: "evaluation", list: "/evaluation", meta: { icon: <StoreOutlined /> } }];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "evaluation"). */
export const boardFeature: TBoardFeature = {
  name: "evaluation",
  resources: evaluationBoardResources,
  routes: [{ path: "/evaluation", Component: EvaluationBoardPage }],
  messages: evaluationBoardMessages,
  homeSections: [{ key: "evaluation", order: 50, Component: EvaluationHomeSection }],
};
export { evaluationBoardMessages, EvaluationBoardPage, EvaluationHomeSection };
export { EvaluationWidget, useEvaluationStats } from "./evaluation-widgets";
