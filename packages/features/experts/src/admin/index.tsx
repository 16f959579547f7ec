import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import PsychologyOutlined from "@mui/icons-material/PsychologyOutlined";
import { expertsAdminMessages } from "./messages";
import { ExpertCreate, ExpertEdit, ExpertList } from "./expert-views";

/** `access` mirrors the server's policy (server/resources.ts); the server decides. */
export const expertsAdminResources: TAdminResource[] = [
  {
    name: "experts",
    icon: PsychologyOutlined,
    list: ExpertList,
    create: ExpertCreate,
    edit: ExpertEdit,
    recordRepresentation: "name",
    options: { label: "experts.menu" },
    access: {
      list: ["DISTRICT_ADMIN"],
      show: ["DISTRICT_ADMIN"],
      create: ["DISTRICT_ADMIN"],
      edit: ["DISTRICT_ADMIN"],
      delete: ["DISTRICT_ADMIN"],
    },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "experts", resources: expertsAdminResources, messages: expertsAdminMessages };

export { expertsAdminMessages };
export { ExpertInputs } from "./expert-inputs";
