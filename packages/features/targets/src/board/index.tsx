import { lazy } from "react";
import FlagOutlined from "@mui/icons-material/FlagOutlined";
import type { ResourceProps } from "@refinedev/core";
import { featureBoardRpc, pathOf, type TBoardFeature } from "@qifu/ui/board";
import { targetsBoardMessages } from "./messages";
import { TargetsHeadline } from "./headline";
import { TargetsProgressSection } from "./progress-section";
import type { targetsRouters } from "../server";

const { api } = featureBoardRpc<typeof targetsRouters>();

/** Targets on the board: the list of targets with live progress, and a home-page section. */
/** The data grid is the heaviest part of the board: it loads with the page that uses it. */
const TargetsList = lazy(() => import("./targets-list").then((m) => ({ default: m.TargetsList })));

export const targetsBoardResources: ResourceProps[] = [{ name: "targets", list: "/targets", meta: { icon: <FlagOutlined /> } }];

/** What the board loads from this feature's remote (apps/board/src/features.ts). */
export const boardFeature: TBoardFeature = {
  name: "targets",
  requires: pathOf(api.targets.progress),
  resources: targetsBoardResources,
  routes: [{ path: "/targets", Component: TargetsList }],
  messages: targetsBoardMessages,
  homeSections: [{ key: "targets-progress", order: 20, Component: TargetsProgressSection }],
  overview: [{ key: "targets-headline", area: "headline", order: 10, Component: TargetsHeadline }],
};
