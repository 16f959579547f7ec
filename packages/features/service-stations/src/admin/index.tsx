import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import { carrierAdminResource } from "@qifu/carrier-kit/admin";
import HomeWorkOutlined from "@mui/icons-material/HomeWorkOutlined";
import { serviceStationsAdminMessages } from "./messages";
import { ServiceStationCreate, ServiceStationEdit, ServiceStationList } from "./service-station-views";

/** `access` mirrors the server's policy (server/resources.ts); the server decides. */
export const serviceStationsAdminResources: TAdminResource[] = [
  carrierAdminResource({
    name: "serviceStations",
    icon: HomeWorkOutlined,
    list: ServiceStationList,
    create: ServiceStationCreate,
    edit: ServiceStationEdit,
  }),
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = {
  name: "service-stations",
  resources: serviceStationsAdminResources,
  messages: serviceStationsAdminMessages,
};

export { serviceStationsAdminMessages };
export { ServiceStationInputs } from "./service-station-inputs";
