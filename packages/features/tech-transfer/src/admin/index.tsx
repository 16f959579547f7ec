import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import BiotechOutlined from "@mui/icons-material/BiotechOutlined";
import ConnectWithoutContactOutlined from "@mui/icons-material/ConnectWithoutContactOutlined";
import HandshakeOutlined from "@mui/icons-material/HandshakeOutlined";
import LightbulbOutlined from "@mui/icons-material/LightbulbOutlined";
import PrecisionManufacturingOutlined from "@mui/icons-material/PrecisionManufacturingOutlined";
import ScienceOutlined from "@mui/icons-material/ScienceOutlined";
import { AchievementCreate, AchievementEdit, AchievementList } from "./achievement-views";
import { ContactList } from "./contact-views";
import { techTransferAdminMessages } from "./messages";
import { LabCreate, LabEdit, LabList, NeedList, PlatformCreate, PlatformEdit, PlatformList, ProjectList } from "./other-views";

const STAFF = ["DISTRICT_ADMIN", "TOWN_ADMIN"] as const;
const ALL_STAFF = [...STAFF, "NODE_OPERATOR"] as const;

/** `access` mirrors the server's policies (server/*.ts); the server decides, per row. */
export const techTransferAdminResources: TAdminResource[] = [
  {
    name: "techContacts",
    icon: ConnectWithoutContactOutlined,
    list: ContactList,
    options: { label: "techTransfer.menu_contacts" },
    access: { list: [...ALL_STAFF] },
  },
  {
    name: "techAchievements",
    icon: LightbulbOutlined,
    list: AchievementList,
    create: AchievementCreate,
    edit: AchievementEdit,
    recordRepresentation: "title",
    options: { label: "techTransfer.menu_achievements" },
    access: {
      list: [...ALL_STAFF],
      create: ["DISTRICT_ADMIN", "NODE_OPERATOR"],
      edit: ["DISTRICT_ADMIN", "NODE_OPERATOR"],
      delete: ["DISTRICT_ADMIN"],
    },
  },
  {
    name: "techNeeds",
    icon: BiotechOutlined,
    list: NeedList,
    options: { label: "techTransfer.menu_needs" },
    access: { list: [...ALL_STAFF] },
  },
  {
    name: "techProjects",
    icon: HandshakeOutlined,
    list: ProjectList,
    options: { label: "techTransfer.menu_projects" },
    access: { list: [...ALL_STAFF] },
  },
  {
    name: "jointLabs",
    icon: ScienceOutlined,
    list: LabList,
    create: LabCreate,
    edit: LabEdit,
    recordRepresentation: "name",
    options: { label: "techTransfer.menu_labs" },
    access: { list: [...STAFF], create: ["DISTRICT_ADMIN"], edit: ["DISTRICT_ADMIN"], delete: ["DISTRICT_ADMIN"] },
  },
  {
    name: "techPlatforms",
    icon: PrecisionManufacturingOutlined,
    list: PlatformList,
    create: PlatformCreate,
    edit: PlatformEdit,
    recordRepresentation: "name",
    options: { label: "techTransfer.menu_platforms" },
    access: { list: [...STAFF], create: ["DISTRICT_ADMIN"], edit: ["DISTRICT_ADMIN"], delete: ["DISTRICT_ADMIN"] },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = {
  name: "tech-transfer",
  resources: techTransferAdminResources,
  messages: techTransferAdminMessages,
};
