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
  execFileSync("pnpm", ["exec", "depcruise", "apps", "packages", "--config", ".dependency-cruiser.cjs", "--output-type", "err"], { stdio: "inherit" });
  console.log("✓ import direction (dependency-cruiser)");
} catch {
  fail("import direction violated (see above)");
}

// Every feature package: subpath exports (no barrel), a CODEOWNERS entry, kebab-case files.
const owners = fs.existsSync(".github/CODEOWNERS") ? fs.readFileSync(".github/CODEOWNERS", "utf8") : "";
for (const name of fs.readdirSync("packages/features")) {
  const dir = path.join("packages/features", name);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  if (pkg.exports?.["."]) fail(`${dir}: publishes a barrel "." export; use subpaths (./schemas, ./server, ./admin, ./public, ./board)`);
  if (!pkg.exports?.["./schemas"] || !pkg.exports?.["./server"]) fail(`${dir}: needs ./schemas and ./server exports`);
  if (!owners.includes(`/packages/features/${name}/`)) fail(`${dir}: no owner in .github/CODEOWNERS`);
}

const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
  if (["node_modules", "dist", "generated", "storybook-static", ".turbo"].includes(e.name) || e.name.startsWith(".")) return [];
  const p = path.join(dir, e.name);
  return e.isDirectory() ? walk(p) : [p];
});
for (const file of [...walk("packages"), ...walk("apps")].filter((f) => /\.(ts|tsx)$/.test(f))) {
  const base = path.basename(file).replace(/\.(test|stories|d)\.tsx?$|\.tsx?$/, "");
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(base) && base !== "prisma.config" && base !== "vite.config") fail(`${file}: file names are kebab-case`);
}

if (failed) process.exit(1);
console.log("✓ conventions (feature exports, CODEOWNERS, kebab-case file names)");
