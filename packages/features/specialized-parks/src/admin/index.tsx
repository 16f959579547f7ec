import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import { carrierAdminResource } from "@qifu/carrier-kit/admin";
import FactoryOutlined from "@mui/icons-material/FactoryOutlined";
import { specializedParksAdminMessages } from "./messages";
import { SpecializedParkCreate, SpecializedParkEdit, SpecializedParkList } from "./specialized-park-views";

/** `access` mirrors the server's policy (server/resources.ts); the server decides. */
export const specializedParksAdminResources: TAdminResource[] = [
  carrierAdminResource({
    name: "specializedParks",
    icon: FactoryOutlined,
    list: SpecializedParkList,
    create: SpecializedParkCreate,
    edit: SpecializedParkEdit,
  }),
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = {
  name: "specialized-parks",
  resources: specializedParksAdminResources,
  messages: specializedParksAdminMessages,
};

export { specializedParksAdminMessages };
export { SpecializedParkInputs } from "./specialized-park-inputs";
