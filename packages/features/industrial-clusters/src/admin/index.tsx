import type { TAdminFeature, TAdminResource } from "@qifu/ui/admin";
import { CARRIER_EDITORS, carrierAdminResource } from "@qifu/carrier-kit/admin";
import Diversity3Outlined from "@mui/icons-material/Diversity3Outlined";
import { industrialClustersAdminMessages } from "./messages";
import { IndustrialClusterCreate, IndustrialClusterEdit, IndustrialClusterList } from "./industrial-cluster-views";
import { IndustrialClusterShow } from "./industrial-cluster-show";
import { MemberCreate, MemberEdit } from "./member-views";

/**
 * `access` mirrors the server's policy (server/resources.ts); the server decides. Members have no
 * list of their own (no menu entry): they are shown on their cluster's page.
 */
export const industrialClustersAdminResources: TAdminResource[] = [
  carrierAdminResource({
    name: "industrialClusters",
    icon: Diversity3Outlined,
    list: IndustrialClusterList,
    create: IndustrialClusterCreate,
    edit: IndustrialClusterEdit,
    show: IndustrialClusterShow,
  }),
  {
    name: "industrialClusterMembers",
    create: MemberCreate,
    edit: MemberEdit,
    recordRepresentation: "enterpriseName",
    options: { label: "resources.industrialClusterMembers.name" },
    access: { list: CARRIER_EDITORS, show: CARRIER_EDITORS, create: CARRIER_EDITORS, edit: CARRIER_EDITORS, delete: CARRIER_EDITORS },
  },
];

/** What the admin console loads from this feature's remote (apps/admin/src/features.ts). */
export const adminFeature: TAdminFeature = {
  name: "industrial-clusters",
  resources: industrialClustersAdminResources,
  messages: industrialClustersAdminMessages,
};

export { industrialClustersAdminMessages };
export { IndustrialClusterInputs } from "./industrial-cluster-inputs";
export { ChainMap } from "../shared/chain-map";
