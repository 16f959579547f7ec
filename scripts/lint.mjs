#!/usr/bin/env node
// `pnpm lint`: the import direction of DESIGN.md §3 (dependency-cruiser) and the
// conventions that ARCHITECTURE.md promises (each backed by a check here).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

let failed = false;
const fail = (msg) => {
  failed = true;
  console.error(`✗ ${msg}`);
};

try {
  execFileSync("pnpm", ["exec", "depcruise", "apps", "packages", "--config", ".dependency-cruiser.cjs", "--output-type", "err"], {
    stdio: "inherit",
  });
  console.log("✓ import direction (dependency-cruiser)");
} catch {
  fail("import direction violated (see above)");
}

// The house style as tools (tooling/prettier, tooling/eslint): formatting, typescript-eslint's
// rules, the rules of hooks, and no `any` in feature code. `pnpm format` fixes the first.
for (const [what, cmd, args] of [
  ["formatting (pnpm format:check: prettier)", "run", ["format:check", "--log-level", "warn"]],
  ["typescript-eslint, hooks, no `any` in feature code (eslint)", "exec", ["eslint", "--max-warnings", "0", "."]],
]) {
  try {
    execFileSync("pnpm", [cmd, ...args], { stdio: "inherit" });
    console.log(`✓ ${what}`);
  } catch {
    fail(`${what}: see above${cmd === "run" ? " (`pnpm format` rewrites the files)" : ""}`);
  }
}

// Every feature package: subpath exports (no barrel), a CODEOWNERS entry, kebab-case files.
// Its owner also owns its .prisma file(s) (those that name packages/features/<name>) and its test
// folder packages/api/test/<name>/; every folder under packages/api/test has an owner line.
const owners = fs.existsSync(".github/CODEOWNERS") ? fs.readFileSync(".github/CODEOWNERS", "utf8") : "";
/** CODEOWNERS as path pattern → owners (a later line for the same pattern wins, as on GitHub). */
const ownerOf = new Map(
  owners
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => {
      const [pattern, ...who] = l.split(/\s+/);
      return [pattern, who.join(" ")];
    }),
);
const SCHEMA_DIR = "packages/db/prisma/schema";
const TEST_DIR = "packages/api/test";
const schemaFiles = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".prisma"));
for (const name of fs.readdirSync("packages/features")) {
  const dir = path.join("packages/features", name);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  if (pkg.exports?.["."]) fail(`${dir}: publishes a barrel "." export; use subpaths (./schemas, ./server, ./admin, ./public, ./board)`);
  if (!pkg.exports?.["./schemas"] || !pkg.exports?.["./server"]) fail(`${dir}: needs ./schemas and ./server exports`);
  const owner = ownerOf.get(`/packages/features/${name}/`);
  if (!owner) {
    fail(`${dir}: no owner in .github/CODEOWNERS`);
    continue;
  }
  const mentions = new RegExp(`packages/features/${name}(?![a-z0-9-])`);
  const owned = [
    ...schemaFiles.filter((f) => mentions.test(fs.readFileSync(path.join(SCHEMA_DIR, f), "utf8"))).map((f) => `/${SCHEMA_DIR}/${f}`),
    ...(fs.existsSync(path.join(TEST_DIR, name)) ? [`/${TEST_DIR}/${name}/`] : []),
  ];
  for (const pattern of owned)
    if (ownerOf.get(pattern) !== owner)
      fail(`.github/CODEOWNERS: "${pattern} ${owner}" missing (${dir} is ${owner}'s; its .prisma file and test folder are too)`);
}
for (const entry of fs.readdirSync(TEST_DIR, { withFileTypes: true }))
  if (entry.isDirectory() && !ownerOf.has(`/${TEST_DIR}/${entry.name}/`))
    fail(
      `${TEST_DIR}/${entry.name}/: a test folder without an owner line in .github/CODEOWNERS (a feature's tests are its owner's; cross-feature ones go in ${TEST_DIR}/platform/)`,
    );

// Micro-frontends (ARCHITECTURE.md): a feature with a UI for a shell is a remote built by the one
// shared definition, exports one `adminFeature`/`boardFeature`, is listed in that shell's
// features.ts, and the shells never import a feature's UI statically.
const REMOTE_BUILD = "tsx ../../../tooling/vite/build-remotes.ts";
for (const shell of ["admin", "board"]) {
  const composition = fs.readFileSync(`apps/${shell}/src/features.ts`, "utf8");
  for (const name of fs.readdirSync("packages/features")) {
    const dir = path.join("packages/features", name);
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    if (!pkg.exports?.[`./${shell}`]) continue;
    if (pkg.scripts?.build !== REMOTE_BUILD) fail(`${dir}: has a ./${shell} export, so its "build" script must be "${REMOTE_BUILD}"`);
    const entry = path.join(dir, pkg.exports[`./${shell}`]);
    if (fs.existsSync(entry) && !fs.readFileSync(entry, "utf8").includes(`export const ${shell}Feature`))
      fail(`${entry}: must export one \`${shell}Feature\` object (@qifu/ui/${shell})`);
    if (!composition.includes(`"${name}",`)) fail(`apps/${shell}/src/features.ts: does not list "${name}" (one line per feature)`);
  }
}
for (const file of ["apps/admin/src", "apps/board/src"].flatMap((d) => walkSrc(d))) {
  if (/from "@qifu\/feature-[a-z0-9-]+\/(admin|board)"/.test(fs.readFileSync(file, "utf8")))
    fail(`${file}: a shell loads feature UIs at runtime (features.ts); do not import them`);
}

const walk = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (["node_modules", "dist", "generated", "storybook-static", ".turbo"].includes(e.name) || e.name.startsWith(".")) return [];
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
for (const file of [...walk("packages"), ...walk("apps")].filter((f) => /\.(ts|tsx)$/.test(f))) {
  const base = path.basename(file).replace(/\.(test|stories|d)\.tsx?$|\.tsx?$/, "");
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(base) && base !== "prisma.config" && base !== "vite.config")
    fail(`${file}: file names are kebab-case`);
}

// Typed clients (issue 12 point 4): a feature's admin and board code names its procedures as
// typed property paths (`api.ledger.stats`, `rpc.appeals.export.query()`, from featureRpc /
// featureBoardRpc over its own routers' type), never by a string; so do the carrier kit's shared
// screens, which take the procedure their carrier names (`useCarrierStats(api.x.stats)`).
const STRING_PROCEDURE =
  /\b(useRpcQuery|useRpcMutation|rpcQuery|rpcMutation|useStep|run)\s*(<[^()]*>)?\s*\(\s*["'`][a-zA-Z]+\.|\buseCustom\b|\burl:\s*["'`][a-zA-Z]+\.[a-zA-Z]/;
const browserDirs = [
  ...fs
    .readdirSync("packages/features")
    .flatMap((name) => ["admin", "board"].map((shell) => path.join("packages/features", name, "src", shell))),
  "packages/carrier-kit/src/admin",
  "packages/carrier-kit/src/board",
];
for (const dir of browserDirs) {
  if (!fs.existsSync(dir)) continue;
  for (const file of walkSrc(dir)) {
    fs.readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (STRING_PROCEDURE.test(line))
          fail(
            `${file}:${i + 1}: a procedure named by a string; use the feature's typed client (admin/rpc.ts featureRpc, board featureBoardRpc)`,
          );
      });
  }
}

function walkSrc(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walkSrc(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

if (failed) process.exit(1);
console.log(
  "✓ conventions (feature exports, CODEOWNERS of features, their .prisma files and test folders, kebab-case file names, feature remotes)",
);
