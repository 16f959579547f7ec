import { lazy } from "react";
import FlagOutlined from "@mui/icons-material/FlagOutlined";
import type { ResourceProps } from "@refinedev/core";
import { targetsBoardMessages } from "./messages";
import { TargetsProgressSection } from "./progress-section";

/**
 * Targets on the board. The targets feature has no `./board` export yet, so its board pages live
 * here, written against the API only; they can move to packages/features/targets/src/board as is.
 */
/** The data grid is the heaviest part of the board: it loads with the page that uses it. */
const TargetsList = lazy(() => import("./targets-list").then((m) => ({ default: m.TargetsList })));

export const targetsBoardResources: ResourceProps[] = [{ name: "targets", list: "/targets", meta: { icon: <FlagOutlined /> } }];

export const targetsBoard = {
  name: "targets",
  resources: targetsBoardResources,
  routes: [{ path: "/targets", Component: TargetsList }],
  messages: targetsBoardMessages,
  homeSections: [{ key: "targets-progress", order: 20, Component: TargetsProgressSection }],
};
