import type { ComponentType } from "react";
import type { TRole } from "@qifu/domain";
import BusinessOutlined from "@mui/icons-material/BusinessOutlined";
import HowToRegOutlined from "@mui/icons-material/HowToRegOutlined";
import { EnterpriseCreate, EnterpriseEdit } from "./enterprise-create-edit";
import { EnterpriseList } from "./enterprise-list";
import { EnterpriseShow } from "./enterprise-show";
import { ClaimList } from "./claims";

/** The shape apps/admin's features.ts expects of a resource (structurally the same as the network feature's). */
type TAdminResource = {
  name: string;
  list?: ComponentType;
  create?: ComponentType;
  edit?: ComponentType;
  show?: ComponentType;
  recordRepresentation?: string;
  icon?: ComponentType;
  options: { label: string };
  access?: Partial<Record<"list" | "show" | "create" | "edit" | "delete" | "export", readonly TRole[]>>;
};

const STAFF: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN"];

/** `access` mirrors the server's policies (server/resources.ts, server/claims.ts); the server decides. */
export const enterpriseAdminResources: TAdminResource[] = [
  {
    name: "enterprises",
    list: EnterpriseList,
    create: EnterpriseCreate,
    edit: EnterpriseEdit,
    show: EnterpriseShow,
    recordRepresentation: "name",
    icon: BusinessOutlined,
    options: { label: "enterprises.menu.enterprises" },
    access: { list: [...STAFF, "COMMISSIONER"], show: [...STAFF, "COMMISSIONER"], create: STAFF, edit: STAFF, delete: ["DISTRICT_ADMIN"] },
  },
  {
    name: "enterpriseClaims",
    list: ClaimList,
    icon: HowToRegOutlined,
    options: { label: "enterprises.menu.claims" },
    access: { list: STAFF, show: STAFF, create: [], edit: [], delete: [] },
  },
];

export { enterpriseAdminMessages } from "./messages";
export { EnterpriseInputs } from "./enterprise-inputs";
