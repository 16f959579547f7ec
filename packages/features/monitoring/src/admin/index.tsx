import AssignmentLateOutlined from "@mui/icons-material/AssignmentLateOutlined";
import EventNoteOutlined from "@mui/icons-material/EventNoteOutlined";
import GridOnOutlined from "@mui/icons-material/GridOnOutlined";
import TrendingUpOutlined from "@mui/icons-material/TrendingUpOutlined";
import type { TRole } from "@qifu/domain";
import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import { MatrixPage } from "./matrix-page";
import { monitoringAdminMessages } from "./messages";
import { OwedPage } from "./owed-page";
import { ReportEditPage, ReportFilePage } from "./report-form";
import { ReportList } from "./reports-list";
import { TrendsPage } from "./trends-page";

const STAFF: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"];
const SUPERVISORS: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN"];
const NONE: readonly TRole[] = [];

/** Monthly reports in the console; `access` mirrors the server's policies (server/resources.ts, router.ts), which decide. */
export const monitoringAdminResources: TAdminResource[] = [
  {
    name: "monthlyReports",
    list: ReportList,
    create: ReportFilePage,
    edit: ReportEditPage,
    recordRepresentation: "month",
    icon: EventNoteOutlined,
    options: { label: "monitoring.menu.reports" },
    access: { list: STAFF, show: NONE, create: STAFF, edit: STAFF, delete: NONE },
  },
  {
    name: "monthlyReportMatrix",
    list: MatrixPage,
    icon: GridOnOutlined,
    options: { label: "monitoring.menu.matrix" },
    access: { list: STAFF, show: NONE, create: NONE, edit: NONE, delete: NONE, export: STAFF },
  },
  {
    name: "monthlyReportsOwed",
    list: OwedPage,
    icon: AssignmentLateOutlined,
    options: { label: "monitoring.menu.owed" },
    access: { list: STAFF, show: NONE, create: NONE, edit: NONE, delete: NONE },
  },
  {
    name: "demandTrends",
    list: TrendsPage,
    icon: TrendingUpOutlined,
    options: { label: "monitoring.menu.trends" },
    access: { list: SUPERVISORS, show: NONE, create: NONE, edit: NONE, delete: NONE },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "monitoring", resources: monitoringAdminResources, messages: monitoringAdminMessages };
export { monitoringAdminMessages };
