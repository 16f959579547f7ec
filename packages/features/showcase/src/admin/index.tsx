import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import EmojiEventsOutlined from "@mui/icons-material/EmojiEventsOutlined";
import { showcaseAdminMessages } from "./messages";
import { ShowcaseCreate, ShowcaseEdit, ShowcaseList, ShowcaseShow } from "./views";

const EDITORS = ["DISTRICT_ADMIN", "TOWN_ADMIN"] as const;

/** `access` mirrors the server's policy (server/resources.ts); the server decides, per row. */
export const showcaseAdminResources: TAdminResource[] = [
  {
    name: "showcase",
    icon: EmojiEventsOutlined,
    list: ShowcaseList,
    show: ShowcaseShow,
    create: ShowcaseCreate,
    edit: ShowcaseEdit,
    recordRepresentation: "title",
    options: { label: "showcase.menu" },
    access: { list: [...EDITORS], show: [...EDITORS], create: [...EDITORS], edit: [...EDITORS], delete: [...EDITORS] },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "showcase", resources: showcaseAdminResources, messages: showcaseAdminMessages };

export { showcaseAdminMessages };
