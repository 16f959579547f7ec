import AccountTreeOutlined from "@mui/icons-material/AccountTreeOutlined";
import LocationCityOutlined from "@mui/icons-material/LocationCityOutlined";
import FlagOutlined from "@mui/icons-material/FlagOutlined";
import { NodeList } from "./nodes/node-list";
import { NodeCreate, NodeEdit } from "./nodes/node-create-edit";
import { NodeShow } from "./nodes/node-show";
import { TownCreate, TownEdit, TownList } from "./towns";
import { TargetCreate, TargetEdit, TargetList, TargetRepresentation } from "./targets";
import { DISTRICT_ONLY, type TAdminResource } from "./types";

/**
 * The network feature's react-admin resources. `access` mirrors the server's policy
 * (server/resources.ts, targets router): it only decides what the console shows.
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
  {
    name: "targets",
    list: TargetList,
    create: TargetCreate,
    edit: TargetEdit,
    recordRepresentation: <TargetRepresentation />,
    icon: FlagOutlined,
    options: { label: "network.menu.targets" },
    access: { create: DISTRICT_ONLY, edit: DISTRICT_ONLY, delete: DISTRICT_ONLY },
  },
];

export { NetworkDashboard } from "./dashboard";
export { networkAdminMessages } from "./messages";
export { NodeInputs } from "./nodes/node-inputs";
export type { TAdminResource, TAdminAction } from "./types";
export type { TRpcDataProvider } from "./rpc";
