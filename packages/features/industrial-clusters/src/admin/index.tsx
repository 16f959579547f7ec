import type { TRole } from "@qifu/domain";
import { DISTRICT_ONLY, type TAdminFeature, type TAdminResource } from "@qifu/ui/admin";
import Diversity3Outlined from "@mui/icons-material/Diversity3Outlined";
import { industrialClustersAdminMessages } from "./messages";
import { IndustrialClusterCreate, IndustrialClusterEdit, IndustrialClusterList } from "./industrial-cluster-views";
import { IndustrialClusterShow } from "./industrial-cluster-show";
import { MemberCreate, MemberEdit } from "./member-views";

const EDITORS: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"];

/**
 * `access` mirrors the server's policy (server/resources.ts); the server decides. Members have no
 * list of their own (no menu entry): they are shown on their cluster's page.
 */
export const industrialClustersAdminResources: TAdminResource[] = [
  {
    name: "industrialClusters",
    list: IndustrialClusterList,
    create: IndustrialClusterCreate,
    edit: IndustrialClusterEdit,
    show: IndustrialClusterShow,
    recordRepresentation: "name",
    icon: Diversity3Outlined,
    options: { label: "industrialClusters.menu" },
    access: { list: EDITORS, show: EDITORS, create: ["DISTRICT_ADMIN", "TOWN_ADMIN"], edit: EDITORS, delete: DISTRICT_ONLY },
  },
  {
    name: "industrialClusterMembers",
    create: MemberCreate,
    edit: MemberEdit,
    recordRepresentation: "enterpriseName",
    options: { label: "resources.industrialClusterMembers.name" },
    access: { list: EDITORS, show: EDITORS, create: EDITORS, edit: EDITORS, delete: EDITORS },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = { name: "industrial-clusters", resources: industrialClustersAdminResources, messages: industrialClustersAdminMessages };

export { industrialClustersAdminMessages };
export { IndustrialClusterInputs } from "./industrial-cluster-inputs";
export { ChainMap } from "../shared/chain-map";
