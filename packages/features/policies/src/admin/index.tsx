import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import { carrierAdminResource } from "@qifu/carrier-kit/admin";
import PolicyOutlined from "@mui/icons-material/PolicyOutlined";
import { policiesAdminMessages } from "./messages";
import { PolicyCreate, PolicyEdit, PolicyList } from "./policy-views";

/** `access` mirrors the server's policy (server/resources.ts); the server decides. */
export const policiesAdminResources: TAdminResource[] = [
  carrierAdminResource({ name: "policies", icon: PolicyOutlined, list: PolicyList, create: PolicyCreate, edit: PolicyEdit }),
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "policies", resources: policiesAdminResources, messages: policiesAdminMessages };

export { policiesAdminMessages };
export { PolicyInputs } from "./policy-inputs";
