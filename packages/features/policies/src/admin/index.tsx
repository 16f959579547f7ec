import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import AssignmentTurnedInOutlined from "@mui/icons-material/AssignmentTurnedInOutlined";
import PolicyOutlined from "@mui/icons-material/PolicyOutlined";
import { policiesAdminMessages } from "./messages";
import { ApplicationList, PolicyCreate, PolicyEdit, PolicyList, PolicyShow } from "./views";

const READERS = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR", "DEPARTMENT_HANDLER", "COMMISSIONER"] as const;
const DISTRICT = ["DISTRICT_ADMIN"] as const;

/** `access` mirrors the server's policies (server/policies.ts, server/applications.ts); the server decides, per row. */
export const policiesAdminResources: TAdminResource[] = [
  {
    name: "policies",
    icon: PolicyOutlined,
    list: PolicyList,
    show: PolicyShow,
    create: PolicyCreate,
    edit: PolicyEdit,
    recordRepresentation: "title",
    options: { label: "policies.menu_policies" },
    access: { list: [...READERS], show: [...READERS], create: [...DISTRICT], edit: [...DISTRICT], delete: [...DISTRICT] },
  },
  {
    name: "policyApplications",
    icon: AssignmentTurnedInOutlined,
    list: ApplicationList,
    options: { label: "policies.menu_applications" },
    access: { list: [...READERS] },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "policies", resources: policiesAdminResources, messages: policiesAdminMessages };
