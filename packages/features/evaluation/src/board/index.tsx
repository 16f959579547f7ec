import EmojiEventsOutlined from "@mui/icons-material/EmojiEventsOutlined";
import type { ResourceProps } from "@refinedev/core";
import { featureBoardRpc, pathOf, type TBoardFeature } from "@qifu/ui/board";
import { evaluationBoardMessages } from "./messages";
import { EvaluationBoardPage, EvaluationHomeSection } from "./ranking-section";
import { RankingOverviewTile } from "./ranking-tile";
import type { evaluationRouters } from "../server";

const { api } = featureBoardRpc<typeof evaluationRouters>();

export const evaluationBoardResources: ResourceProps[] = [
  { name: "evaluation", list: "/evaluation", meta: { icon: <EmojiEventsOutlined /> } },
];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "evaluation"). */
export const boardFeature: TBoardFeature = {
  name: "evaluation",
  requires: pathOf(api.evaluationResults.ranking),
  resources: evaluationBoardResources,
  routes: [{ path: "/evaluation", Component: EvaluationBoardPage }],
  messages: evaluationBoardMessages,
  homeSections: [{ key: "evaluation-ranking", order: 25, Component: EvaluationHomeSection }],
  overview: [{ key: "evaluation-ranking", area: "side", order: 20, Component: RankingOverviewTile }],
};
