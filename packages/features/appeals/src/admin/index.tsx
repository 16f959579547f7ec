import AssignmentLateOutlined from "@mui/icons-material/AssignmentLateOutlined";
import AltRouteOutlined from "@mui/icons-material/AltRouteOutlined";
import CalendarMonthOutlined from "@mui/icons-material/CalendarMonthOutlined";
import CategoryOutlined from "@mui/icons-material/CategoryOutlined";
import HandshakeOutlined from "@mui/icons-material/HandshakeOutlined";
import type { TRole } from "@qifu/domain";
import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import { AppealList } from "./appeal-list";
import { AppealCreate, AppealShow } from "./appeal-show";
import {
  AssignmentCreate,
  VisitLogCreate,
  VisitLogEdit,
  VisitLogList,
  VisitLogShow,
  WeightsCreate,
  WeightsEdit,
  WeightsList,
} from "./commissioners";
import TravelExploreOutlined from "@mui/icons-material/TravelExploreOutlined";
import LeaderboardOutlined from "@mui/icons-material/LeaderboardOutlined";
import KeyOutlined from "@mui/icons-material/KeyOutlined";
import { Open311KeysPage } from "./open311-keys";
import {
  AssignmentList,
  CalendarCreate,
  CalendarEdit,
  CalendarList,
  CategoryCreate,
  CategoryEdit,
  CategoryList,
  RouteCreate,
  RouteEdit,
  RouteList,
} from "./config";

const DISTRICT: readonly TRole[] = ["DISTRICT_ADMIN"];
const APPEAL_READERS: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "DEPARTMENT_HANDLER", "COMMISSIONER"];
const CONFIG_READERS: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "DEPARTMENT_HANDLER", "COMMISSIONER"];

/** 暖企专员 3.0 in the console; `access` mirrors the server's policies (the server enforces them). */
export const appealsAdminResources: TAdminResource[] = [
  {
    name: "appeals",
    list: AppealList,
    show: AppealShow,
    create: AppealCreate,
    recordRepresentation: "number",
    icon: AssignmentLateOutlined,
    options: { label: "appeals.menu.appeals" },
    access: { list: APPEAL_READERS, show: APPEAL_READERS, create: ["COMMISSIONER", "DISTRICT_ADMIN"], edit: [], delete: [] },
  },
  {
    name: "appealRoutes",
    list: RouteList,
    create: RouteCreate,
    edit: RouteEdit,
    icon: AltRouteOutlined,
    options: { label: "appeals.menu.routes" },
    access: { list: CONFIG_READERS, create: DISTRICT, edit: DISTRICT, delete: DISTRICT },
  },
  {
    name: "appealCategories",
    list: CategoryList,
    create: CategoryCreate,
    edit: CategoryEdit,
    recordRepresentation: "name",
    icon: CategoryOutlined,
    options: { label: "appeals.menu.categories" },
    access: { list: CONFIG_READERS, create: DISTRICT, edit: DISTRICT, delete: DISTRICT },
  },
  {
    name: "calendar",
    list: CalendarList,
    create: CalendarCreate,
    edit: CalendarEdit,
    recordRepresentation: "date",
    icon: CalendarMonthOutlined,
    options: { label: "appeals.menu.calendar" },
    access: { list: CONFIG_READERS, create: DISTRICT, edit: DISTRICT, delete: DISTRICT },
  },
  {
    name: "commissionerAssignments",
    list: AssignmentList,
    create: AssignmentCreate,
    icon: HandshakeOutlined,
    options: { label: "appeals.menu.assignments" },
    access: { list: ["DISTRICT_ADMIN", "COMMISSIONER"], create: DISTRICT, edit: [], delete: DISTRICT },
  },
  {
    name: "visitLogs",
    list: VisitLogList,
    create: VisitLogCreate,
    edit: VisitLogEdit,
    show: VisitLogShow,
    recordRepresentation: "visitedOn",
    icon: TravelExploreOutlined,
    options: { label: "appeals.menu_visits" },
    access: {
      list: ["DISTRICT_ADMIN", "COMMISSIONER"],
      show: ["DISTRICT_ADMIN", "COMMISSIONER"],
      create: ["DISTRICT_ADMIN", "COMMISSIONER"],
      edit: ["DISTRICT_ADMIN", "COMMISSIONER"],
      delete: ["DISTRICT_ADMIN", "COMMISSIONER"],
    },
  },
  {
    name: "assessmentWeights",
    list: WeightsList,
    create: WeightsCreate,
    edit: WeightsEdit,
    recordRepresentation: "period",
    icon: LeaderboardOutlined,
    options: { label: "appeals.menu_weights" },
    access: { list: DISTRICT, create: DISTRICT, edit: DISTRICT, delete: DISTRICT },
  },
  {
    // not a resource-contract table: a page of its own over open311Keys.list/create/revoke
    name: "open311Keys",
    list: Open311KeysPage,
    icon: KeyOutlined,
    options: { label: "appeals.menu_open311" },
    access: { list: DISTRICT, create: [], edit: [], delete: [] },
  },
];
import { appealsAdminMessages } from "./messages";
import { CalendarDashboardNotice } from "./calendar-notice";

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = {
  name: "appeals",
  resources: appealsAdminResources,
  messages: appealsAdminMessages,
  notices: [CalendarDashboardNotice],
};

export { appealsAdminMessages };
