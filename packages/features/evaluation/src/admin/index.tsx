import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import { carrierAdminResource } from "@qifu/carrier-kit/admin";
import StoreOutlined from "@mui/icons-material/StoreOutlined";
import { evaluationAdminMessages } from "./messages";
import { EvaluationSchemeCreate, EvaluationSchemeEdit, EvaluationSchemeList } from "./evaluation-views";

/** `access` mirrors the server's policy (server/resources.ts); the server decides. */
export const evaluationAdminResources: TAdminResource[] = [
  carrierAdminResource({
    name: "evaluation",
    icon: StoreOutlined,
    list: EvaluationSchemeList,
    create: EvaluationSchemeCreate,
    edit: EvaluationSchemeEdit,
  }),
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "evaluation", resources: evaluationAdminResources, messages: evaluationAdminMessages };

export { evaluationAdminMessages };
export { EvaluationSchemeInputs } from "./evaluation-inputs";
