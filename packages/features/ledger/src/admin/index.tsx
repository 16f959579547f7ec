import AssignmentTurnedInOutlined from "@mui/icons-material/AssignmentTurnedInOutlined";
import InsightsOutlined from "@mui/icons-material/InsightsOutlined";
import PhoneCallbackOutlined from "@mui/icons-material/PhoneCallbackOutlined";
import PostAddOutlined from "@mui/icons-material/PostAddOutlined";
import ReportProblemOutlined from "@mui/icons-material/ReportProblemOutlined";
import type { TRole } from "@qifu/domain";
import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import { ComplaintList, ComplaintShow } from "./complaints";
import { ledgerAdminMessages } from "./messages";
import { RecordCreate, RecordList, RecordShow } from "./records";
import { RequestList, RequestShow } from "./requests";
import { LedgerStatsPage } from "./stats-page";
import { ReturnVisitList } from "./visits";

const STAFF: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"];
const SUPERVISORS: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN"];
const NONE: readonly TRole[] = [];

/** The service ledger in the console; `access` mirrors the server's policies (the server enforces them). */
export const ledgerAdminResources: TAdminResource[] = [
  {
    name: "serviceRequests",
    list: RequestList,
    show: RequestShow,
    recordRepresentation: "productTitle",
    icon: PostAddOutlined,
    options: { label: "ledger.menu.requests" },
    access: { list: STAFF, show: STAFF, create: NONE, edit: NONE, delete: NONE },
  },
  {
    name: "ledgerRecords",
    list: RecordList,
    create: RecordCreate,
    show: RecordShow,
    recordRepresentation: "enterpriseName",
    icon: AssignmentTurnedInOutlined,
    options: { label: "ledger.menu.records" },
    access: { list: STAFF, show: STAFF, create: STAFF, edit: NONE, delete: STAFF, export: STAFF },
  },
  {
    name: "ledgerReturnVisits",
    list: ReturnVisitList,
    icon: PhoneCallbackOutlined,
    options: { label: "ledger.menu.visits" },
    access: { list: SUPERVISORS, show: NONE, create: NONE, edit: NONE, delete: NONE },
  },
  {
    name: "serviceComplaints",
    list: ComplaintList,
    show: ComplaintShow,
    recordRepresentation: "subject",
    icon: ReportProblemOutlined,
    options: { label: "ledger.menu.complaints" },
    access: { list: STAFF, show: STAFF, create: NONE, edit: NONE, delete: NONE },
  },
  {
    name: "ledgerStats",
    list: LedgerStatsPage,
    icon: InsightsOutlined,
    options: { label: "ledger.menu.stats" },
    access: { list: STAFF, show: NONE, create: NONE, edit: NONE, delete: NONE },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "ledger", resources: ledgerAdminResources, messages: ledgerAdminMessages };
export { ledgerAdminMessages };
