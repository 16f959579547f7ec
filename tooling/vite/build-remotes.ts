import fs from "node:fs";
import path from "node:path";
import { build } from "vite";
import type { TShellApp } from "../../packages/ui/src/remotes/names";
import { featureRemoteConfig } from "./feature-remote";

/**
 * `pnpm build` of a feature package (its package.json: `"build": "tsx ../../../tooling/vite/build-remotes.ts"`):
 * builds one remote per shell the feature has a UI for (`./admin`, `./board` exports).
 */
const featureDir = process.cwd();
const pkg = JSON.parse(fs.readFileSync(path.join(featureDir, "package.json"), "utf8")) as {
  name: string;
  exports?: Record<string, string>;
};
const feature = path.basename(featureDir);
const declared = (["admin", "board"] as TShellApp[]).filter((app) => pkg.exports?.[`./${app}`]);
// a UI export declared before its first file is written (a feature being built) is skipped, not fatal
const apps = declared.filter((app) => fs.existsSync(path.join(featureDir, "src", app, "index.tsx")));
for (const app of declared.filter((a) => !apps.includes(a)))
  console.warn(`${pkg.name}: ./${app} is exported but src/${app}/index.tsx does not exist yet; no ${app} remote`);

// A shell the feature no longer has a UI for loses its old remote; the others are replaced when
// written (emptyOutDir), so a running server serves the previous build until then.
for (const shell of ["admin", "board"] as TShellApp[])
  if (!apps.includes(shell)) fs.rmSync(path.join(featureDir, "dist", shell), { recursive: true, force: true });
for (const app of apps) {
  const started = Date.now();
  await build(featureRemoteConfig(featureDir, feature, app));
  console.log(`${pkg.name}: ${app} remote built in ${((Date.now() - started) / 1000).toFixed(1)} s → dist/${app}/remoteEntry.js`);
}
if (!apps.length) console.log(`${pkg.name}: no ./admin or ./board export, nothing to build`);
