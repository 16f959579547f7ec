import FlagOutlined from "@mui/icons-material/FlagOutlined";
import { DISTRICT_ONLY, type TAdminFeature } from "@qifu/ui/admin";
import { targetsAdminMessages } from "./messages";
import { TargetCreate, TargetEdit, TargetList, TargetRepresentation } from "./targets";

/**
 * Targets as data in the admin console: district admins set them, everyone sees progress.
 * `access` mirrors the server's policy (server/router.ts); the server decides.
 */
export const adminFeature: TAdminFeature = {
  name: "targets",
  resources: [
    {
      name: "targets",
      list: TargetList,
      create: TargetCreate,
      edit: TargetEdit,
      recordRepresentation: <TargetRepresentation />,
      icon: FlagOutlined,
      options: { label: "targets.menu" },
      access: { create: DISTRICT_ONLY, edit: DISTRICT_ONLY, delete: DISTRICT_ONLY },
    },
  ],
  messages: targetsAdminMessages,
};

export { targetsAdminMessages };
