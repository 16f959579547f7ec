import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import { CARRIER_EDITORS, carrierAdminResource } from "@qifu/carrier-kit/admin";
import RocketLaunchOutlined from "@mui/icons-material/RocketLaunchOutlined";
import { innovationBasesAdminMessages } from "./messages";
import { InnovationBaseCreate, InnovationBaseEdit, InnovationBaseList } from "./innovation-base-views";
import { InnovationBaseShow } from "./innovation-base-show";
import { FinancingCreate, FinancingEdit, ResidentCreate, ResidentEdit } from "./resident-views";

/**
 * `access` mirrors the server's policy (server/resources.ts); the server decides. Residents and
 * financings have no list of their own (no menu entry): they are shown on their base's page.
 */
export const innovationBasesAdminResources: TAdminResource[] = [
  carrierAdminResource({
    name: "innovationBases",
    icon: RocketLaunchOutlined,
    list: InnovationBaseList,
    create: InnovationBaseCreate,
    edit: InnovationBaseEdit,
    show: InnovationBaseShow,
  }),
  {
    name: "innovationBaseResidents",
    create: ResidentCreate,
    edit: ResidentEdit,
    recordRepresentation: "enterpriseName",
    options: { label: "resources.innovationBaseResidents.name" },
    access: { list: CARRIER_EDITORS, show: CARRIER_EDITORS, create: CARRIER_EDITORS, edit: CARRIER_EDITORS, delete: CARRIER_EDITORS },
  },
  {
    name: "innovationBaseFinancings",
    create: FinancingCreate,
    edit: FinancingEdit,
    recordRepresentation: "investor",
    options: { label: "resources.innovationBaseFinancings.name" },
    access: { list: CARRIER_EDITORS, show: CARRIER_EDITORS, create: CARRIER_EDITORS, edit: CARRIER_EDITORS, delete: CARRIER_EDITORS },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = {
  name: "innovation-bases",
  resources: innovationBasesAdminResources,
  messages: innovationBasesAdminMessages,
};

export { innovationBasesAdminMessages };
export { InnovationBaseInputs } from "./innovation-base-inputs";
