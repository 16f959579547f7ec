import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import EventAvailableOutlined from "@mui/icons-material/EventAvailableOutlined";
import CategoryOutlined from "@mui/icons-material/CategoryOutlined";
import SchoolOutlined from "@mui/icons-material/SchoolOutlined";
import type { TRole } from "@qifu/domain";
import { activitiesAdminMessages } from "./messages";
import { ActivityCreate, ActivityEdit, ActivityList, ActivityShow } from "./activity-views";
import { SeriesCreate, SeriesEdit, SeriesList } from "./series-views";
import { TrainingCreate, TrainingEdit, TrainingList } from "./training-views";

const STAFF: TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"];
const DISTRICT: TRole[] = ["DISTRICT_ADMIN"];

/** `access` mirrors the server's policy (server/resources.ts); the server decides. */
export const activitiesAdminResources: TAdminResource[] = [
  {
    name: "activities",
    icon: EventAvailableOutlined,
    list: ActivityList,
    show: ActivityShow,
    create: ActivityCreate,
    edit: ActivityEdit,
    recordRepresentation: "title",
    options: { label: "activities.menu" },
    access: { list: STAFF, show: STAFF, create: STAFF, edit: STAFF, delete: STAFF },
  },
  {
    name: "trainings",
    icon: SchoolOutlined,
    list: TrainingList,
    create: TrainingCreate,
    edit: TrainingEdit,
    recordRepresentation: "title",
    options: { label: "activities.trainings_menu" },
    access: { list: STAFF, show: STAFF, create: STAFF, edit: STAFF, delete: STAFF },
  },
  {
    name: "activitySeries",
    icon: CategoryOutlined,
    list: SeriesList,
    create: SeriesCreate,
    edit: SeriesEdit,
    recordRepresentation: "name",
    options: { label: "activities.series_menu" },
    access: { list: STAFF, show: STAFF, create: DISTRICT, edit: DISTRICT, delete: DISTRICT },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "activities", resources: activitiesAdminResources, messages: activitiesAdminMessages };

export { activitiesAdminMessages };
export { ActivityInputs } from "./activity-inputs";
