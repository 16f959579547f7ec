import EventAvailableOutlined from "@mui/icons-material/EventAvailableOutlined";
import type { ResourceProps } from "@refinedev/core";
import { featureBoardRpc, pathOf, type TBoardFeature } from "@qifu/ui/board";
import { activitiesBoardMessages } from "./messages";
import { ActivitiesBoardPage, ActivitiesHomeSection } from "./activities-widgets";
import type { activitiesRouters } from "../server";

const { api } = featureBoardRpc<typeof activitiesRouters>();

/** 活动培训 on the evaluation board. */
export const activitiesBoardResources: ResourceProps[] = [
  { name: "activities", list: "/activities", meta: { icon: <EventAvailableOutlined /> } },
];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "activities"). */
export const boardFeature: TBoardFeature = {
  name: "activities",
  requires: pathOf(api.activities.stats),
  resources: activitiesBoardResources,
  routes: [{ path: "/activities", Component: ActivitiesBoardPage }],
  messages: activitiesBoardMessages,
  homeSections: [{ key: "activities", order: 55, Component: ActivitiesHomeSection }],
};
export { activitiesBoardMessages, ActivitiesBoardPage, ActivitiesHomeSection };
