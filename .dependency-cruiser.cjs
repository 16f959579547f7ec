// Import direction of DESIGN.md §3, enforced in CI (`pnpm lint`):
//   domain  <-  db  <-  trpc-core, ui  <-  carrier-kit  <-  features/*  <-  api  <-  apps/*
// with kits beside domain (pure TypeScript, no I/O): matching  <-  features/*
// Workspace imports resolve through node_modules symlinks to their real paths, so one set
// of path rules covers package names and relative paths alike.
const L = {
  domain: "^packages/domain/",
  matching: "^packages/matching/",
  db: "^packages/db/",
  trpcCore: "^packages/trpc-core/",
  ui: "^packages/ui/",
  carrierKit: "^packages/carrier-kit/",
  features: "^packages/features/",
  api: "^packages/api/",
  apps: "^apps/",
  browserApps: "^apps/(admin|public|board)/",
};
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment: "domain imports no other workspace package",
      severity: "error",
      from: { path: L.domain },
      to: { path: `${L.matching}|${L.db}|${L.trpcCore}|${L.ui}|${L.carrierKit}|${L.features}|${L.api}|${L.apps}` },
    },
    {
      name: "matching-is-pure",
      comment: "the matching kit sits beside domain: it imports @qifu/domain only (no I/O, no database)",
      severity: "error",
      from: { path: L.matching },
      to: { path: `${L.db}|${L.trpcCore}|${L.ui}|${L.carrierKit}|${L.features}|${L.api}|${L.apps}` },
    },
    {
      name: "db-below-core",
      severity: "error",
      from: { path: L.db },
      to: { path: `${L.trpcCore}|${L.ui}|${L.carrierKit}|${L.features}|${L.api}|${L.apps}` },
    },
    {
      name: "trpc-core-below-features",
      severity: "error",
      from: { path: L.trpcCore },
      to: { path: `${L.ui}|${L.carrierKit}|${L.features}|${L.api}|${L.apps}` },
    },
    {
      name: "ui-is-browser-kit",
      comment: "ui talks to the server only through the tRPC client",
      severity: "error",
      from: { path: L.ui },
      to: { path: `${L.db}|${L.trpcCore}|${L.carrierKit}|${L.features}|${L.api}|${L.apps}` },
    },
    {
      name: "carrier-kit-below-features",
      comment: "the carrier kit sits between the core and the features",
      severity: "error",
      from: { path: L.carrierKit },
      to: { path: `${L.features}|${L.api}|${L.apps}` },
    },
    {
      name: "carrier-kit-browser-has-no-server-code",
      comment: "the kit's ./schemas, ./public, ./admin and ./board are bundled for browsers",
      severity: "error",
      from: { path: "^packages/carrier-kit/src/", pathNot: "^packages/carrier-kit/src/server/" },
      to: { path: `${L.db}|${L.trpcCore}|^packages/carrier-kit/src/server/|${L.api}` },
    },
    { name: "features-below-api", severity: "error", from: { path: L.features }, to: { path: `${L.api}|${L.apps}` } },
    {
      name: "no-feature-to-feature-internals",
      comment: "a feature reaches another only through its ./schemas export",
      severity: "error",
      from: { path: "^packages/features/([^/]+)/" },
      to: { path: "^packages/features/([^/]+)/", pathNot: ["^packages/features/$1/", "^packages/features/[^/]+/src/schemas\\.ts$"] },
    },
    {
      name: "browser-code-has-no-server-code",
      comment:
        "everything in a feature outside server/ (./schemas, ./admin, ./public, ./board) is bundled for browsers: no server code at run time",
      severity: "error",
      from: { path: "^packages/features/[^/]+/src/", pathNot: "^packages/features/[^/]+/src/server/" },
      to: {
        path: `${L.db}|${L.trpcCore}|^packages/carrier-kit/src/server/|^packages/features/[^/]+/src/server/|${L.api}`,
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "browser-code-types-only-its-own-server",
      comment:
        'a feature\'s browser code may name types of its OWN ./server (`import type { ledgerRouters } from "../server"`: the typed client; erased at build), nothing else on the server side',
      severity: "error",
      from: { path: "^packages/features/([^/]+)/src/", pathNot: "^packages/features/[^/]+/src/server/" },
      to: {
        path: `${L.db}|${L.trpcCore}|^packages/carrier-kit/src/server/|^packages/features/[^/]+/src/server/|${L.api}`,
        pathNot: "^packages/features/$1/src/server/index\\.ts$",
        dependencyTypes: ["type-only"],
      },
    },
    { name: "api-below-apps", severity: "error", from: { path: L.api }, to: { path: L.apps } },
    {
      name: "browser-apps-no-server",
      comment: "front ends import only types from the API",
      severity: "error",
      from: { path: L.browserApps },
      to: {
        path: `${L.db}|${L.trpcCore}|^packages/carrier-kit/src/server/|^packages/features/[^/]+/src/server/|${L.api}|^apps/api/`,
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "browser-apps-types-only-app-router",
      comment: "the one server type a front end names is packages/api's AppRouter",
      severity: "error",
      from: { path: L.browserApps },
      to: {
        path: `${L.db}|${L.trpcCore}|^packages/carrier-kit/src/server/|^packages/features/[^/]+/src/server/|^apps/api/`,
        dependencyTypes: ["type-only"],
      },
    },
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
    {
      name: "no-undeclared-workspace-import",
      comment: "an import of a workspace package that is not in the importer's package.json does not resolve",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(dist|generated|storybook-static|node_modules)/" },
    // type-only imports are seen (and vanish at build time): the rules above allow them exactly
    // from a front end to the AppRouter and from a feature's browser code to its own ./server
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.base.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs"],
    },
    preserveSymlinks: false,
  },
};
