import type { TRole } from "@qifu/domain";
import { DISTRICT_ONLY, type TAdminFeature, type TAdminResource } from "@qifu/ui/admin";
import FactoryOutlined from "@mui/icons-material/FactoryOutlined";
import { specializedParksAdminMessages } from "./messages";
import { SpecializedParkCreate, SpecializedParkEdit, SpecializedParkList } from "./specialized-park-views";

const EDITORS: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"];

/** `access` mirrors the server's policy (server/resources.ts); the server decides. */
export const specializedParksAdminResources: TAdminResource[] = [
  {
    name: "specializedParks",
    list: SpecializedParkList,
    create: SpecializedParkCreate,
    edit: SpecializedParkEdit,
    recordRepresentation: "name",
    icon: FactoryOutlined,
    options: { label: "specializedParks.menu" },
    access: { list: EDITORS, show: EDITORS, create: ["DISTRICT_ADMIN", "TOWN_ADMIN"], edit: EDITORS, delete: DISTRICT_ONLY },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "specialized-parks", resources: specializedParksAdminResources, messages: specializedParksAdminMessages };

export { specializedParksAdminMessages };
export { SpecializedParkInputs } from "./specialized-park-inputs";
