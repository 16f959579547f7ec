import path from "node:path";
import react from "@vitejs/plugin-react";
import { federation } from "@module-federation/vite";
import type { InlineConfig } from "vite";
import { REMOTE_ENTRY, remoteBase, remoteName, type TShellApp } from "../../packages/ui/src/remotes/names";
import { precompress } from "./precompress";
import { sharedFor } from "./shared";

/**
 * The one build definition of a feature remote: `packages/features/<name>/src/<app>/index.tsx`
 * (which exports `adminFeature` or `boardFeature`) becomes
 * `packages/features/<name>/dist/<app>/remoteEntry.js`, served by the API server under
 * `/<app>/remotes/<name>/` and loaded by that shell at runtime.
 */
export function featureRemoteConfig(featureDir: string, feature: string, app: TShellApp): InlineConfig {
  return {
    configFile: false,
    root: featureDir,
    base: remoteBase(feature, app),
    logLevel: "warn",
    plugins: [
      react(),
      federation({
        name: remoteName(feature, app),
        filename: REMOTE_ENTRY,
        exposes: { [`./${app}`]: `./src/${app}/index.tsx` },
        shared: sharedFor(app, "remote"),
        dts: false,
        manifest: false,
        // two cores shared by several builds: the default 10 s idle limit cuts the shared-export analysis short
        moduleParseIdleTimeout: Number(process.env.QIFU_MF_PARSE_IDLE ?? 120),
      }),
      precompress(),
    ],
    build: {
      outDir: path.join(featureDir, "dist", app),
      emptyOutDir: true,
      target: "esnext",
      chunkSizeWarningLimit: 2000,
      // no index.html: the exposed module is the only input; remoteEntry.js is emitted beside it
      rolldownOptions: { input: { [app]: path.join(featureDir, "src", app, "index.tsx") } },
    },
  };
}
