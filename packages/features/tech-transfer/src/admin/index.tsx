import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import { carrierAdminResource } from "@qifu/carrier-kit/admin";
import StoreOutlined from "@mui/icons-material/StoreOutlined";
import { techTransferAdminMessages } from "./messages";
import { TechTransferCreate, TechTransferEdit, TechTransferList } from "./tech-transfer-views";

/** `access` mirrors the server's policy (server/resources.ts); the server decides. */
export const techTransferAdminResources: TAdminResource[] = [
  carrierAdminResource({
    name: "techTransfer",
    icon: StoreOutlined,
    list: TechTransferList,
    create: TechTransferCreate,
    edit: TechTransferEdit,
  }),
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = {
  name: "tech-transfer",
  resources: techTransferAdminResources,
  messages: techTransferAdminMessages,
};

export { techTransferAdminMessages };
export { TechTransferInputs } from "./tech-transfer-inputs";
