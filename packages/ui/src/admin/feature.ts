import type { ComponentType } from "react";
import type { TAdminResource } from "./types";

/**
 * What a feature's `./admin` export provides to the admin console, as one object named
 * `adminFeature`. The console loads it at runtime from the feature's remote
 * (/admin/remotes/<name>/remoteEntry.js) and merges resources, messages and the dashboard.
 */
export type TAdminFeature = {
  /** The feature package's folder name ("service-stations"): also the remote's name. */
  name: string;
  resources: TAdminResource[];
  /** react-admin messages (polyglot trees), merged over the console's own. */
  messages: { zh: object; en: object };
  /** The console's home page; the first feature (in features.ts order) that has one provides it. */
  dashboard?: ComponentType;
  /** Small notices shown above the dashboard (each renders nothing when there is nothing to say). */
  notices?: ComponentType[];
};
