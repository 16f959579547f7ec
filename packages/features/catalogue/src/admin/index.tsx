import type { ComponentType } from "react";
import type { TRole } from "@qifu/domain";
import StorefrontOutlined from "@mui/icons-material/StorefrontOutlined";
import { ProductCreate, ProductEdit, ProductList, ProductShow } from "./product-views";

const EDITORS: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"];

/** `access` mirrors the server's policy (server/resources.ts); the server decides. */
export const catalogueAdminResources: {
  name: string; list?: ComponentType; create?: ComponentType; edit?: ComponentType; show?: ComponentType; recordRepresentation?: string;
  icon?: ComponentType; options: { label: string }; access?: Partial<Record<"list" | "show" | "create" | "edit" | "delete" | "export", readonly TRole[]>>;
}[] = [
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
export { catalogueAdminMessages } from "./messages";
export { ProductInputs } from "./product-inputs";
