import type { TRole } from "@qifu/domain";
import { DISTRICT_ONLY, type TAdminFeature, type TAdminResource } from "@qifu/ui/admin";
import HomeWorkOutlined from "@mui/icons-material/HomeWorkOutlined";
import { serviceStationsAdminMessages } from "./messages";
import { ServiceStationCreate, ServiceStationEdit, ServiceStationList } from "./service-station-views";

const EDITORS: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"];

/** `access` mirrors the server's policy (server/resources.ts); the server decides. */
export const serviceStationsAdminResources: TAdminResource[] = [
  {
    name: "serviceStations",
    list: ServiceStationList,
    create: ServiceStationCreate,
    edit: ServiceStationEdit,
    recordRepresentation: "name",
    icon: HomeWorkOutlined,
    options: { label: "serviceStations.menu" },
    access: { list: EDITORS, show: EDITORS, create: ["DISTRICT_ADMIN", "TOWN_ADMIN"], edit: EDITORS, delete: DISTRICT_ONLY },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "service-stations", resources: serviceStationsAdminResources, messages: serviceStationsAdminMessages };

export { serviceStationsAdminMessages };
export { ServiceStationInputs } from "./service-station-inputs";
