import EmojiEventsOutlined from "@mui/icons-material/EmojiEventsOutlined";
import type { ResourceProps } from "@refinedev/core";
import { featureBoardRpc, pathOf, type TBoardFeature } from "@qifu/ui/board";
import { showcaseBoardMessages } from "./messages";
import { ShowcaseBoardPage, ShowcaseHomeSection } from "./showcase-board";
import type { showcaseRouters } from "../server";

const { api } = featureBoardRpc<typeof showcaseRouters>();

/** 典型风采 on the evaluation board. */
export const showcaseBoardResources: ResourceProps[] = [{ name: "showcase", list: "/showcase", meta: { icon: <EmojiEventsOutlined /> } }];

/** What the board loads from this feature's remote (apps/board/src/features.ts lists "showcase"). */
export const boardFeature: TBoardFeature = {
  name: "showcase",
  requires: pathOf(api.showcase.stats),
  resources: showcaseBoardResources,
  routes: [{ path: "/showcase", Component: ShowcaseBoardPage }],
  messages: showcaseBoardMessages,
  homeSections: [{ key: "showcase", order: 62, Component: ShowcaseHomeSection }],
};
export { showcaseBoardMessages, ShowcaseBoardPage, ShowcaseHomeSection };
