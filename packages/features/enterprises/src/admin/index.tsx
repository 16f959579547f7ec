import type { TRole } from "@qifu/domain";
import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import BusinessOutlined from "@mui/icons-material/BusinessOutlined";
import HowToRegOutlined from "@mui/icons-material/HowToRegOutlined";
import { EnterpriseCreate, EnterpriseEdit } from "./enterprise-create-edit";
import { EnterpriseList } from "./enterprise-list";
import { EnterpriseShow } from "./enterprise-show";
import { ClaimList } from "./claims";

const STAFF: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN"];

/** `access` mirrors the server's policies (server/resources.ts, server/claims.ts); the server decides. */
export const enterpriseAdminResources: TAdminResource[] = [
  {
    name: "enterprises",
    list: EnterpriseList,
    create: EnterpriseCreate,
    edit: EnterpriseEdit,
    show: EnterpriseShow,
    recordRepresentation: "name",
    icon: BusinessOutlined,
    options: { label: "enterprises.menu.enterprises" },
    access: { list: [...STAFF, "COMMISSIONER"], show: [...STAFF, "COMMISSIONER"], create: STAFF, edit: STAFF, delete: ["DISTRICT_ADMIN"] },
  },
  {
    name: "enterpriseClaims",
    list: ClaimList,
    icon: HowToRegOutlined,
    options: { label: "enterprises.menu.claims" },
    access: { list: STAFF, show: STAFF, create: [], edit: [], delete: [] },
  },
];

import { enterpriseAdminMessages } from "./messages";

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "enterprises", resources: enterpriseAdminResources, messages: enterpriseAdminMessages };

export { enterpriseAdminMessages };
export { EnterpriseInputs } from "./enterprise-inputs";
