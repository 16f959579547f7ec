import AssignmentLateOutlined from "@mui/icons-material/AssignmentLateOutlined";
import AltRouteOutlined from "@mui/icons-material/AltRouteOutlined";
import CalendarMonthOutlined from "@mui/icons-material/CalendarMonthOutlined";
import CategoryOutlined from "@mui/icons-material/CategoryOutlined";
import HandshakeOutlined from "@mui/icons-material/HandshakeOutlined";
import type { ComponentType, ReactElement } from "react";
import type { RaRecord } from "react-admin";
import type { TRole } from "@qifu/domain";
import { AppealCreate, AppealList, AppealShow } from "./appeals";
import { AssignmentList, CalendarCreate, CalendarEdit, CalendarList, CategoryCreate, CategoryEdit, CategoryList, RouteCreate, RouteEdit, RouteList } from "./config";

type TAdminAction = "list" | "show" | "create" | "edit" | "delete" | "export";
/** Same shape as the console's TAdminResource (apps/admin/src/features.ts checks it). */
type TAdminResource = {
  name: string;
  list?: ComponentType; create?: ComponentType; edit?: ComponentType; show?: ComponentType;
  recordRepresentation?: string | ((record: RaRecord) => string) | ReactElement;
  icon?: ComponentType;
  options: { label: string };
  access?: Partial<Record<TAdminAction, readonly TRole[]>>;
};

const DISTRICT: readonly TRole[] = ["DISTRICT_ADMIN"];
const APPEAL_READERS: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "DEPARTMENT_HANDLER", "COMMISSIONER"];
const CONFIG_READERS: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "DEPARTMENT_HANDLER", "COMMISSIONER"];

/** 暖企专员 3.0 in the console; `access` mirrors the server's policies (the server enforces them). */
export const appealsAdminResources: TAdminResource[] = [
  {
    name: "appeals", list: AppealList, show: AppealShow, create: AppealCreate, recordRepresentation: "number",
    icon: AssignmentLateOutlined, options: { label: "appeals.menu.appeals" },
    access: { list: APPEAL_READERS, show: APPEAL_READERS, create: ["COMMISSIONER", "DISTRICT_ADMIN"], edit: [], delete: [] },
  },
  {
    name: "appealRoutes", list: RouteList, create: RouteCreate, edit: RouteEdit, icon: AltRouteOutlined, options: { label: "appeals.menu.routes" },
    access: { list: CONFIG_READERS, create: DISTRICT, edit: DISTRICT, delete: DISTRICT },
  },
  {
    name: "appealCategories", list: CategoryList, create: CategoryCreate, edit: CategoryEdit, recordRepresentation: "name", icon: CategoryOutlined,
    options: { label: "appeals.menu.categories" }, access: { list: CONFIG_READERS, create: DISTRICT, edit: DISTRICT, delete: DISTRICT },
  },
  {
    name: "calendar", list: CalendarList, create: CalendarCreate, edit: CalendarEdit, recordRepresentation: "date", icon: CalendarMonthOutlined,
    options: { label: "appeals.menu.calendar" }, access: { list: CONFIG_READERS, create: DISTRICT, edit: DISTRICT, delete: DISTRICT },
  },
  {
    name: "commissionerAssignments", list: AssignmentList, icon: HandshakeOutlined, options: { label: "appeals.menu.assignments" },
    access: { list: ["DISTRICT_ADMIN", "COMMISSIONER"], create: [], edit: [], delete: [] },
  },
];
export { appealsAdminMessages } from "./messages";
