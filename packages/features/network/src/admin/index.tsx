import AccountTreeOutlined from "@mui/icons-material/AccountTreeOutlined";
import LocationCityOutlined from "@mui/icons-material/LocationCityOutlined";
import { NodeList } from "./nodes/node-list";
import { NodeCreate, NodeEdit } from "./nodes/node-create-edit";
import { NodeShow } from "./nodes/node-show";
import { TownCreate, TownEdit, TownList } from "./towns";
import type { TAdminFeature } from "@qifu/ui/admin";
import { NetworkDashboard } from "./dashboard";
import { networkAdminMessages } from "./messages";
import { DISTRICT_ONLY, type TAdminResource } from "./types";

/**
 * The network feature's react-admin resources. `access` mirrors the server's policy
 * (server/resources.ts): it only decides what the console shows. Targets are the targets feature's.
 */
export const networkAdminResources: TAdminResource[] = [
  {
    name: "nodes",
    list: NodeList,
    create: NodeCreate,
    edit: NodeEdit,
    show: NodeShow,
    recordRepresentation: "name",
    icon: AccountTreeOutlined,
    options: { label: "network.menu.nodes" },
    access: { create: ["DISTRICT_ADMIN", "TOWN_ADMIN"], edit: ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"], delete: DISTRICT_ONLY },
  },
  {
    name: "towns",
    list: TownList,
    create: TownCreate,
    edit: TownEdit,
    recordRepresentation: "name",
    icon: LocationCityOutlined,
    options: { label: "network.menu.towns" },
    access: { create: DISTRICT_ONLY, edit: DISTRICT_ONLY, delete: DISTRICT_ONLY },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts); its dashboard is the console's home page. */
export const adminFeature: TAdminFeature = {
  name: "network",
  resources: networkAdminResources,
  messages: networkAdminMessages,
  dashboard: NetworkDashboard,
};

export { NetworkDashboard, networkAdminMessages };
export { NodeInputs } from "./nodes/node-inputs";
export type { TAdminResource, TAdminAction } from "./types";
