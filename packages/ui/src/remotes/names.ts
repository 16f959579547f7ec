/** The two shells that load feature remotes at runtime. */
export type TShellApp = "admin" | "board";

/** A remote's federation name ("service-stations", "admin" → "qifu_service_stations_admin"). */
export const remoteName = (feature: string, app: TShellApp) => `qifu_${feature.replace(/[^a-zA-Z0-9]/g, "_")}_${app}`;

/** Where the API server serves a feature's remote for a shell (apps/api/src/server.ts). */
export const remoteBase = (feature: string, app: TShellApp) => `/${app}/remotes/${feature}/`;

/** The one file a shell fetches first from a remote. */
export const REMOTE_ENTRY = "remoteEntry.js";
