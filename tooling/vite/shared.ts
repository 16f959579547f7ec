import type { TShellApp } from "../../packages/ui/src/remotes/names";

/**
 * What a shell (apps/admin, apps/board) shares with the feature remotes it loads at runtime
 * (Module Federation). One list for both sides, so they cannot drift apart.
 *
 * - HOST_PROVIDED: singletons whose React contexts must be the shell's own (theme, i18n,
 *   data provider, router, query client, forms, refine, the UI kit). A remote does not
 *   bundle them (`import: false`): it always uses the shell's copy.
 * - WITH_FALLBACK: singletons a remote may bring itself when the shell lacks them (MUI's
 *   per-component subpaths); the first loaded copy wins. Every configured share costs each
 *   remote a fallback build, so what only one feature uses (the data grid) stays unshared.
 *   Each subpath share bundles its own copy of the contexts it imports, so components that
 *   pair through a context (RadioGroup and Radio, FormControl and FormLabel, ToggleButtonGroup
 *   and ToggleButton) must be imported together from the root `@mui/material` in a remote.
 */
const HOST_PROVIDED: Record<TShellApp, string[]> = {
  admin: [
    "react",
    "react-dom",
    "react-admin",
    "ra-core",
    "@mui/material",
    "@mui/material/styles",
    "@mui/system",
    "@emotion/react",
    "@emotion/styled",
    "react-router",
    "react-router-dom",
    "@tanstack/react-query",
    "react-hook-form",
    "@qifu/ui",
    "@qifu/ui/admin",
  ],
  board: [
    "react",
    "react-dom",
    "@mui/material",
    "@mui/material/styles",
    "@mui/system",
    "@emotion/react",
    "@emotion/styled",
    "react-router",
    "@tanstack/react-query",
    "react-hook-form",
    "@refinedev/core",
    "@refinedev/mui",
    "@qifu/ui",
  ],
};

const WITH_FALLBACK: Record<TShellApp, string[]> = {
  admin: ["@mui/material/", "@mui/system/"],
  board: ["@mui/material/", "@mui/system/"],
};

type TShare = { singleton: boolean; requiredVersion: false; import?: false };

/** The `shared` option of @module-federation/vite for a shell (`host`) or for a remote loaded by it. */
export function sharedFor(app: TShellApp, side: "host" | "remote"): Record<string, TShare> {
  const shared: Record<string, TShare> = {};
  for (const name of HOST_PROVIDED[app])
    shared[name] =
      side === "remote" ? { singleton: true, requiredVersion: false, import: false } : { singleton: true, requiredVersion: false };
  for (const name of WITH_FALLBACK[app]) shared[name] = { singleton: true, requiredVersion: false };
  return shared;
}
