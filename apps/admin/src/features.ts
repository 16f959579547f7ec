import { networkAdminMessages, networkAdminResources, NetworkDashboard, type TAdminResource } from "@qifu/feature-network/admin";

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
];

export const adminResources: TAdminResource[] = adminFeatures.flatMap((f) => f.resources);

/** The console's home page. */
export const Dashboard = NetworkDashboard;
