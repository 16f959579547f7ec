import { networkAdminMessages, networkAdminResources, NetworkDashboard, type TAdminResource } from "@qifu/feature-network/admin";
import { enterpriseAdminMessages, enterpriseAdminResources } from "@qifu/feature-enterprises/admin";
import { catalogueAdminMessages, catalogueAdminResources } from "@qifu/feature-catalogue/admin";
import { appealsAdminMessages, appealsAdminResources } from "@qifu/feature-appeals/admin";

export type { TAdminAction, TAdminResource } from "@qifu/feature-network/admin";

/**
 * The admin console's composition file (DESIGN.md §3): the features whose react-admin
 * resources, messages and dashboard the console shows. A new feature adds one entry here.
 */
export type TAdminFeature = {
  name: string;
  resources: TAdminResource[];
  messages: { zh: object; en: object };
};

export const adminFeatures: TAdminFeature[] = [
  { name: "network", resources: networkAdminResources, messages: networkAdminMessages },
  { name: "enterprises", resources: enterpriseAdminResources, messages: enterpriseAdminMessages },
  { name: "catalogue", resources: catalogueAdminResources, messages: catalogueAdminMessages },
  { name: "appeals", resources: appealsAdminResources, messages: appealsAdminMessages },
];

export const adminResources: TAdminResource[] = adminFeatures.flatMap((f) => f.resources);

/** The console's home page. */
export const Dashboard = NetworkDashboard;
