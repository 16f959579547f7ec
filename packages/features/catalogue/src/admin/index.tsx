import type { TRole } from "@qifu/domain";
import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import StorefrontOutlined from "@mui/icons-material/StorefrontOutlined";
import { ProductCreate, ProductEdit, ProductList, ProductShow } from "./product-views";

const EDITORS: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"];

/** `access` mirrors the server's policy (server/resources.ts); the server decides. */
export const catalogueAdminResources: TAdminResource[] = [
  {
    name: "serviceProducts",
    list: ProductList,
    create: ProductCreate,
    edit: ProductEdit,
    show: ProductShow,
    recordRepresentation: "title",
    icon: StorefrontOutlined,
    options: { label: "catalogue.menu" },
    access: { list: EDITORS, show: EDITORS, create: EDITORS, edit: EDITORS, delete: EDITORS },
  },
];
import { catalogueAdminMessages } from "./messages";

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "catalogue", resources: catalogueAdminResources, messages: catalogueAdminMessages };

export { catalogueAdminMessages };
export { ProductInputs } from "./product-inputs";
