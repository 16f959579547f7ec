import EmojiEventsOutlined from "@mui/icons-material/EmojiEventsOutlined";
import EventNoteOutlined from "@mui/icons-material/EventNoteOutlined";
import FactCheckOutlined from "@mui/icons-material/FactCheckOutlined";
import RuleOutlined from "@mui/icons-material/RuleOutlined";
import RouteOutlined from "@mui/icons-material/RouteOutlined";
import TrendingUpOutlined from "@mui/icons-material/TrendingUpOutlined";
import { DISTRICT_ONLY, type TAdminFeature, type TAdminResource } from "@qifu/ui/admin";
import { cultivationAdminMessages } from "./messages";
import { CriterionCreate, CriterionEdit, CriterionList, FigureList, RecognitionCreate, RecognitionEdit, RecognitionList } from "./registry";
import { CandidateList, RoundList, RoundShow } from "./rounds";
import { StageServiceCreate, StageServiceEdit, StageServiceList } from "./stage-services";

const STAFF = ["DISTRICT_ADMIN", "TOWN_ADMIN"] as const;

/** `access` mirrors the server's policies (server/*.ts); the server decides. */
export const cultivationAdminResources: TAdminResource[] = [
  {
    name: "cultivationCandidates",
    icon: TrendingUpOutlined,
    list: CandidateList,
    options: { label: "resources.cultivationCandidates.name" },
    access: { list: STAFF },
  },
  {
    name: "cultivationRounds",
    icon: EventNoteOutlined,
    list: RoundList,
    show: RoundShow,
    recordRepresentation: "name",
    options: { label: "resources.cultivationRounds.name" },
    access: { list: STAFF, show: STAFF, create: DISTRICT_ONLY, edit: DISTRICT_ONLY, delete: DISTRICT_ONLY },
  },
  {
    name: "cultivationRecognitions",
    icon: EmojiEventsOutlined,
    list: RecognitionList,
    create: RecognitionCreate,
    edit: RecognitionEdit,
    options: { label: "resources.cultivationRecognitions.name" },
    access: { list: STAFF, create: DISTRICT_ONLY, edit: DISTRICT_ONLY, delete: DISTRICT_ONLY },
  },
  {
    name: "cultivationFigures",
    icon: FactCheckOutlined,
    list: FigureList,
    options: { label: "resources.cultivationFigures.name" },
    access: { list: STAFF, create: STAFF, edit: STAFF, delete: DISTRICT_ONLY },
  },
  {
    name: "cultivationCriteria",
    icon: RuleOutlined,
    list: CriterionList,
    create: CriterionCreate,
    edit: CriterionEdit,
    options: { label: "resources.cultivationCriteria.name" },
    access: { list: STAFF, create: DISTRICT_ONLY, edit: DISTRICT_ONLY, delete: DISTRICT_ONLY },
  },
  {
    name: "cultivationStageServices",
    icon: RouteOutlined,
    list: StageServiceList,
    create: StageServiceCreate,
    edit: StageServiceEdit,
    options: { label: "resources.cultivationStageServices.name" },
    access: { list: STAFF, create: DISTRICT_ONLY, edit: DISTRICT_ONLY, delete: DISTRICT_ONLY },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = {
  name: "cultivation",
  resources: cultivationAdminResources,
  messages: cultivationAdminMessages,
};
export { cultivationAdminMessages };
