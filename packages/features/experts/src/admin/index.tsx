import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import { carrierAdminResource } from "@qifu/carrier-kit/admin";
import StoreOutlined from "@mui/icons-material/StoreOutlined";
import { expertsAdminMessages } from "./messages";
import { ExpertCreate, ExpertEdit, ExpertList } from "./expert-views";

/** `access` mirrors the server's policy (server/resources.ts); the server decides. */
export const expertsAdminResources: TAdminResource[] = [
  carrierAdminResource({ name: "experts", icon: StoreOutlined, list: ExpertList, create: ExpertCreate, edit: ExpertEdit }),
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "experts", resources: expertsAdminResources, messages: expertsAdminMessages };

export { expertsAdminMessages };
export { ExpertInputs } from "./expert-inputs";
