import type { TRole } from "@qifu/domain";
import { DISTRICT_ONLY, type TAdminFeature, type TAdminResource } from "@qifu/ui/admin";
import RocketLaunchOutlined from "@mui/icons-material/RocketLaunchOutlined";
import { innovationBasesAdminMessages } from "./messages";
import { InnovationBaseCreate, InnovationBaseEdit, InnovationBaseList } from "./innovation-base-views";
import { InnovationBaseShow } from "./innovation-base-show";
import { FinancingCreate, FinancingEdit, ResidentCreate, ResidentEdit } from "./resident-views";

const EDITORS: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"];

/**
 * `access` mirrors the server's policy (server/resources.ts); the server decides. Residents and
 * financings have no list of their own (no menu entry): they are shown on their base's page.
 */
export const innovationBasesAdminResources: TAdminResource[] = [
  {
    name: "innovationBases",
    list: InnovationBaseList,
    create: InnovationBaseCreate,
    edit: InnovationBaseEdit,
    show: InnovationBaseShow,
    recordRepresentation: "name",
    icon: RocketLaunchOutlined,
    options: { label: "innovationBases.menu" },
    access: { list: EDITORS, show: EDITORS, create: ["DISTRICT_ADMIN", "TOWN_ADMIN"], edit: EDITORS, delete: DISTRICT_ONLY },
  },
  {
    name: "innovationBaseResidents",
    create: ResidentCreate,
    edit: ResidentEdit,
    recordRepresentation: "enterpriseName",
    options: { label: "resources.innovationBaseResidents.name" },
    access: { list: EDITORS, show: EDITORS, create: EDITORS, edit: EDITORS, delete: EDITORS },
  },
  {
    name: "innovationBaseFinancings",
    create: FinancingCreate,
    edit: FinancingEdit,
    recordRepresentation: "investor",
    options: { label: "resources.innovationBaseFinancings.name" },
    access: { list: EDITORS, show: EDITORS, create: EDITORS, edit: EDITORS, delete: EDITORS },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "innovation-bases", resources: innovationBasesAdminResources, messages: innovationBasesAdminMessages };

export { innovationBasesAdminMessages };
export { InnovationBaseInputs } from "./innovation-base-inputs";
