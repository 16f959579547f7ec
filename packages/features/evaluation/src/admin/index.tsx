import AssessmentOutlined from "@mui/icons-material/AssessmentOutlined";
import EventNoteOutlined from "@mui/icons-material/EventNoteOutlined";
import RateReviewOutlined from "@mui/icons-material/RateReviewOutlined";
import { DISTRICT_ONLY, type TAdminFeature, type TAdminResource } from "@qifu/ui/admin";
import { evaluationAdminMessages } from "./messages";
import { RoundList } from "./rounds";
import { RoundShow } from "./round-show";
import { SchemeCreate, SchemeEdit, SchemeList } from "./schemes";
import { TaskList } from "./tasks";

const READERS = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR", "EVALUATOR"] as const;

/** `access` mirrors the server's policies (server/schemes.ts, rounds.ts, scoring.ts); the server decides. */
export const evaluationAdminResources: TAdminResource[] = [
  {
    name: "evaluationSchemes",
    icon: AssessmentOutlined,
    list: SchemeList,
    create: SchemeCreate,
    edit: SchemeEdit,
    recordRepresentation: "name",
    options: { label: "evaluation.menu_schemes" },
    access: { list: DISTRICT_ONLY, create: DISTRICT_ONLY, edit: DISTRICT_ONLY, delete: DISTRICT_ONLY, show: DISTRICT_ONLY },
  },
  {
    name: "evaluationRounds",
    icon: EventNoteOutlined,
    list: RoundList,
    show: RoundShow,
    recordRepresentation: "name",
    options: { label: "evaluation.menu_rounds" },
    access: { list: READERS, show: READERS, create: DISTRICT_ONLY, edit: DISTRICT_ONLY, delete: DISTRICT_ONLY },
  },
  {
    name: "evaluationTasks",
    icon: RateReviewOutlined,
    list: TaskList,
    options: { label: "evaluation.menu_tasks" },
    access: { list: ["EVALUATOR"] },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "evaluation", resources: evaluationAdminResources, messages: evaluationAdminMessages };
export { evaluationAdminMessages };
