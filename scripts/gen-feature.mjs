#!/usr/bin/env node
// `pnpm gen:feature <name> [options]`: scaffold a feature package (DESIGN.md §3) and wire it in.
//
//   pnpm gen:feature service-stations --zh 中小企业服务站 --en "SME service station" --owner @qifu/carriers-team
//
// Creates packages/features/<name>/ (schemas, server, admin, public, board), its Prisma file,
// a test in packages/api/test/<name>/, authorization-matrix samples, a migration, and adds one line
// per composition file (root router, seed, admin/board/public features, the apps'
// dependencies; in CODEOWNERS the owner's lines for the package, its .prisma file and its test
// folder). Then `pnpm install`. The output typechecks and its test passes as generated.
//
// Options: --zh <label> --en <singular> --en-plural <plural> --owner <@team> --icon <MuiIcon>
//          --order <board home order> --model <PrismaModel> --root <repo dir> --no-install
//          --no-migrate --only-migration --wire (only add the composition lines, idempotent) --force (overwrite an existing package: never for a
//          package someone already works on)
// Each composition file has one `wire…` function below: when a composition format changes,
// change that function only.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const TEMPLATES = path.join(here, "gen-feature", "templates");

// ---------------------------------------------------------------------------------------------
// names

const pascal = (kebab) =>
  kebab
    .split("-")
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
const camel = (kebab) => kebab.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const singular = (w) =>
  w.endsWith("ies")
    ? `${w.slice(0, -3)}y`
    : w.endsWith("sses")
      ? w.slice(0, -2)
      : w.endsWith("s") && !w.endsWith("ss")
        ? w.slice(0, -1)
        : w;

/** Every spelling of the feature's name the templates use. */
export function namesOf(name, opts = {}) {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) throw new Error(`feature name must be kebab-case: ${name}`);
  const parts = name.split("-");
  const singleKebab = [...parts.slice(0, -1), singular(parts.at(-1))].join("-");
  const Single = opts.model ?? pascal(singleKebab);
  const words = (k) => k.replace(/-/g, " ");
  const enOne = opts.en ?? words(singleKebab);
  const enPlural = opts.enPlural ?? (opts.en ? `${opts.en}s` : words(name));
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  return {
    kebab: name,
    camel: camel(name),
    Pascal: pascal(name),
    CONST: name.replace(/-/g, "_").toUpperCase(),
    singleKebab,
    Single,
    single: Single[0].toLowerCase() + Single.slice(1),
    table: Single.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase(),
    zh: opts.zh ?? name,
    en: enOne,
    enOne,
    enCap: cap(enOne),
    enPlural,
    enPluralCap: cap(enPlural),
    Icon: opts.icon ?? "StoreOutlined",
    order: String(opts.order ?? 50),
    owner: opts.owner ?? "@qifu/platform",
  };
}

/** Replace every __key__ with its spelling. */
export function render(text, n) {
  return text.replace(/__([A-Za-z]+)__/g, (m, key) => (key in n ? n[key] : m));
}

// ---------------------------------------------------------------------------------------------
// files of the package

const walk = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));

/** `{ relative path: content }` of everything the generator writes, before any wiring. */
export function renderFiles(n) {
  const out = {};
  const pkg = `packages/features/${n.kebab}`;
  for (const file of walk(TEMPLATES)) {
    const rel = path.relative(TEMPLATES, file);
    if (!rel.endsWith(".tmpl")) continue;
    const body = render(fs.readFileSync(file, "utf8"), n);
    const target = render(rel.replace(/\.tmpl$/, ""), n);
    if (target === "feature.prisma") out[`packages/db/prisma/schema/${n.kebab}.prisma`] = body;
    else if (target === "feature.test.ts") out[testPathOf(n)] = body;
    else if (["migration-extra.sql", "samples.ts", "samples-helper.ts"].includes(target))
      continue; // used by the wiring
    else out[`${pkg}/${target}`] = body;
  }
  return out;
}

/** Where a feature's server-side test lives: its own folder under packages/api/test (its owner's, in CODEOWNERS). */
export const testPathOf = (n) => `packages/api/test/${n.kebab}/${n.kebab}.test.ts`;

/** The CODEOWNERS lines of a feature: its package, its Prisma file and its test folder, all its owner's. */
export const ownedPathsOf = (n) => [
  `/packages/features/${n.kebab}/`,
  `/packages/db/prisma/schema/${n.kebab}.prisma`,
  `/packages/api/test/${n.kebab}/`,
];

export const template = (name, n) => render(fs.readFileSync(path.join(TEMPLATES, `${name}.tmpl`), "utf8"), n);

// ---------------------------------------------------------------------------------------------
// wiring: one function per composition file; each returns the new text (unchanged if wired)

function insertAfterLastImport(src, line) {
  const lines = src.split("\n");
  let last = lines.reduce((at, l, i) => (/^import\s/.test(l) ? i : at), -1);
  // a multi-line import ends on the line with its `from "…"`
  while (last >= 0 && last < lines.length - 1 && !/(from\s+|^import\s+)["'][^"']+["'];?\s*$/.test(lines[last])) last++;
  lines.splice(last + 1, 0, line);
  return lines.join("\n");
}

/** Insert `line` before the line that closes the block opened on the line matching `opener`. */
function insertBeforeClose(src, opener, closer, line) {
  const lines = src.split("\n");
  const start = lines.findIndex((l) => opener.test(l));
  if (start < 0) throw new Error(`cannot find ${opener}`);
  const end = lines.findIndex((l, i) => i > start && closer.test(l));
  if (end < 0) throw new Error(`cannot find the end of ${opener}`);
  lines.splice(end, 0, line);
  return lines.join("\n");
}

/** An array literal on one line (`= [a, b];`): add `item` before its `]`; on several lines: a line before `];`. */
function appendToArray(src, opener, item) {
  const lines = src.split("\n");
  const i = lines.findIndex((l) => opener.test(l));
  if (i < 0) throw new Error(`cannot find ${opener}`);
  if (/\];\s*$/.test(lines[i])) {
    lines[i] = lines[i].replace(/\s*\];\s*$/, () => (/\[\s*\];/.test(lines[i]) ? `${item}];` : `, ${item}];`));
    return lines.join("\n");
  }
  return insertBeforeClose(src, opener, /^\s*\];\s*$/, `  ${item},`);
}

const has = (src, text) => src.includes(text);

export const wire = {
  // the server side: one manifest per feature, listed once (root router, seed, jobs, HTTP iterate it)
  "packages/api/src/features.ts": (src, n) => {
    if (has(src, `@qifu/feature-${n.kebab}/server`)) return src;
    src = insertAfterLastImport(src, `import { serverFeature as ${n.camel} } from "@qifu/feature-${n.kebab}/server";`);
    return insertBeforeClose(src, /^export const serverFeatures\b/, /^\] as const;\s*$/, `  ${n.camel},`);
  },
  // the shells load each feature's remote by its folder name: one string line per feature
  "apps/admin/src/features.ts": (src, n) => {
    if (has(src, `"${n.kebab}"`)) return src;
    return insertBeforeClose(src, /export const adminFeatureNames\b.*= \[/, /^\];/, `  "${n.kebab}",`);
  },
  "apps/board/src/features.ts": (src, n) => {
    if (has(src, `"${n.kebab}"`)) return src;
    return insertBeforeClose(src, /export const boardFeatureNames\b.*= \[/, /^\];/, `  "${n.kebab}",`);
  },
  "apps/public/src/features.ts": (src, n) => {
    if (has(src, `@qifu/feature-${n.kebab}/public`)) return src;
    src = insertAfterLastImport(
      src,
      `import { ${n.camel}PublicRoutes, ${n.Pascal}PublicProvider, type ${n.Pascal}PublicClient } from "@qifu/feature-${n.kebab}/public";`,
    );
    src = appendToArray(src, /export const featureRoutes\b.*= \[/, `...${n.camel}PublicRoutes`);
    const lines = src.split("\n");
    const at = lines.findIndex((l) => /export function FeatureProviders\(/.test(l));
    if (at < 0) throw new Error("public features.ts: cannot find FeatureProviders");
    // each feature wraps the children in its provider: one line per feature
    lines.splice(
      at + 1,
      0,
      `  children = createElement(${n.Pascal}PublicProvider, { client: api satisfies ${n.Pascal}PublicClient, lang, children });`,
    );
    return lines.join("\n");
  },
  "packages/api/test/authz-samples.ts": (src, n) => {
    if (has(src, `"${n.camel}.list"`)) return src;
    src = insertBeforeClose(src, /^export const SAMPLES\b/, /^\};\s*$/, template("samples.ts", n).replace(/\n$/, ""));
    return `${src.replace(/\n*$/, "\n")}${template("samples-helper.ts", n)}`;
  },
  ".github/CODEOWNERS": (src, n) => {
    const missing = ownedPathsOf(n).filter((entry) => !src.split("\n").some((l) => l.split(/\s+/)[0] === entry));
    if (missing.length === 0) return src;
    const lines = src.split("\n");
    // after the feature's own lines if it has some, else after the last feature's lines
    let last = -1;
    lines.forEach((l, i) => ownedPathsOf(n).includes(l.split(/\s+/)[0]) && (last = i));
    if (last < 0)
      lines.forEach((l, i) => /^\/packages\/(features\/|db\/prisma\/schema\/[^/]+\.prisma|api\/test\/[^/]+\/)/.test(l) && (last = i));
    lines.splice(last + 1, 0, ...missing.map((entry) => `${entry.padEnd(35)} ${n.owner}`));
    return lines.join("\n");
  },
};

/** The packages whose package.json gets the new feature as a dependency. */
export const DEPENDENTS = ["packages/api", "apps/admin", "apps/board", "apps/public"];

/** Text-level, so the file keeps its order and layout: after the last @qifu/feature-… (or @qifu/…) dependency. */
export function wireDependency(json, n) {
  const dep = `@qifu/feature-${n.kebab}`;
  if (JSON.parse(json).dependencies?.[dep]) return json;
  const lines = json.split("\n");
  const open = lines.findIndex((l) => /^\s*"dependencies":\s*\{/.test(l));
  if (open < 0) throw new Error("package.json without dependencies");
  const close = lines.findIndex((l, i) => i > open && /^\s*\}/.test(l));
  const within = (re) => lines.reduce((at, l, i) => (i > open && i < close && re.test(l) ? i : at), -1);
  let after = within(/"@qifu\/feature-/);
  if (after < 0) after = within(/"@qifu\//);
  if (after < 0) after = open;
  const indent = (lines[open + 1]?.match(/^\s*/) ?? ["    "])[0];
  const isLast = after === close - 1 && after !== open;
  if (isLast) lines[after] = `${lines[after]},`;
  lines.splice(after + 1, 0, `${indent}"${dep}": "workspace:*"${isLast || (after === open && close === open + 1) ? "" : ","}`);
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------
// migration

/** Add `line` to a Prisma model's fields (before its @@ attributes), in whichever file of `dir` holds it. */
export function addBackRelation(dir, model, line) {
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".prisma"))) {
    const file = path.join(dir, f);
    const lines = fs.readFileSync(file, "utf8").split("\n");
    const open = lines.findIndex((l) => l.startsWith(`model ${model} {`));
    if (open < 0) continue;
    const close = lines.findIndex((l, i) => i > open && /^\}/.test(l));
    const field = line.trim().split(/\s+/)[0];
    if (lines.slice(open, close).some((l) => l.trim().split(/\s+/)[0] === field)) return false;
    let at = lines.findIndex((l, i) => i > open && i < close && /^\s*@@/.test(l));
    if (at < 0) at = close;
    while (at - 1 > open && lines[at - 1].trim() === "") at--;
    lines.splice(at, 0, line);
    fs.writeFileSync(file, lines.join("\n"));
    return true;
  }
  throw new Error(`no model ${model} in ${dir}`);
}

/** The back-relation lines the starter model needs on the shared Town and Node models. */
export const backRelations = (n) => [
  ["Town", `  ${n.camel} ${n.Single}[]`],
  ["Node", `  ${n.camel} ${n.Single}[]`],
];

/**
 * A migration with this feature's changes only: the diff from the last migration's schema
 * snapshot to that snapshot plus this feature's model (so someone else's unfinished models in
 * the schema folder stay out of it), then the hand-written SQL Prisma cannot express.
 */
export function createMigration(root, n) {
  const db = path.join(root, "packages/db");
  const migrations = path.join(db, "prisma/migrations");
  const previous = fs
    .readdirSync(migrations)
    .filter((d) => fs.existsSync(path.join(migrations, d, "schema")))
    .sort()
    .at(-1);
  if (!previous) throw new Error("no earlier migration with a schema snapshot");
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(migrations, `${stamp}_${n.table}`);
  const snapshot = path.join(dir, "schema");
  fs.mkdirSync(dir, { recursive: true });
  fs.cpSync(path.join(migrations, previous, "schema"), snapshot, { recursive: true });
  fs.copyFileSync(path.join(db, "prisma/schema", `${n.kebab}.prisma`), path.join(snapshot, `${n.kebab}.prisma`));
  for (const [model, line] of backRelations(n)) addBackRelation(snapshot, model, line);
  let sql;
  try {
    sql = execFileSync(
      "npx",
      [
        "prisma",
        "migrate",
        "diff",
        "--from-schema-datamodel",
        path.join(migrations, previous, "schema"),
        "--to-schema-datamodel",
        snapshot,
        "--script",
      ],
      {
        cwd: db,
        env: { ...process.env, PRISMA_SCHEMA_URL: "postgresql://unused" },
        encoding: "utf8",
      },
    ).replace(/^Loaded Prisma config.*\n/m, "");
  } catch (e) {
    fs.rmSync(dir, { recursive: true });
    throw e;
  }
  sql = sql.replace(
    `"searchVector" tsvector,`,
    `"searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "searchText")) STORED,`,
  );
  fs.writeFileSync(path.join(dir, "migration.sql"), `${sql.replace(/\n*$/, "\n")}${template("migration-extra.sql", n)}`);
  return path.relative(root, dir);
}

// ---------------------------------------------------------------------------------------------
// main

function parseArgs(argv) {
  const opts = { install: true, migrate: true };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => argv[++i];
    if (a === "--zh") opts.zh = val();
    else if (a === "--en") opts.en = val();
    else if (a === "--en-plural") opts.enPlural = val();
    else if (a === "--owner") opts.owner = val();
    else if (a === "--icon") opts.icon = val();
    else if (a === "--order") opts.order = Number(val());
    else if (a === "--model") opts.model = val();
    else if (a === "--root") opts.root = path.resolve(val());
    else if (a === "--no-install") opts.install = false;
    else if (a === "--no-migrate") opts.migrate = false;
    else if (a === "--only-migration") opts.onlyMigration = true;
    else if (a === "--wire") opts.wireOnly = true;
    else if (a === "--force") opts.force = true;
    else rest.push(a);
  }
  return { name: rest[0], opts };
}

export function generate(root, name, opts = {}) {
  const n = namesOf(name, opts);
  const pkgDir = path.join(root, "packages/features", n.kebab);
  const log = [];
  /** Every code file written, formatted in the house style at the end (a fresh package passes `pnpm lint`). */
  const touched = [];
  let deferWiring = false;
  if (!opts.onlyMigration && !opts.wireOnly) {
    if (fs.existsSync(pkgDir) && !opts.force)
      throw new Error(`${path.relative(root, pkgDir)} exists; the generator does not overwrite a feature`);
    const files = renderFiles(n);
    const prismaRel = `packages/db/prisma/schema/${n.kebab}.prisma`;
    if (fs.existsSync(path.join(root, prismaRel))) {
      // someone already models this feature: keep their schema, make no migration, and wire
      // nothing that reaches the database until they have adapted the server code and migrated
      delete files[prismaRel];
      delete files[testPathOf(n)]; // written by --wire, when the API has the routers it calls
      opts = { ...opts, migrate: false };
      deferWiring = true;
      log.push(
        `kept the existing ${prismaRel}: no starter model, no migration. Adapt src/server, the test and the seed to it, migrate, then run \`pnpm gen:feature ${n.kebab} --wire\``,
      );
    } else {
      for (const [model, line] of backRelations(n))
        if (addBackRelation(path.join(root, "packages/db/prisma/schema"), model, line)) log.push(`added ${line.trim()} to model ${model}`);
    }
    for (const [rel, body] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), body);
      touched.push(rel);
      log.push(`created ${rel}`);
    }
  }
  if (!opts.onlyMigration) {
    if (opts.wireOnly && !fs.existsSync(pkgDir)) throw new Error(`--wire: ${path.relative(root, pkgDir)} does not exist`);
    const testFile = path.join(root, testPathOf(n));
    if (opts.wireOnly && !fs.existsSync(testFile)) {
      fs.mkdirSync(path.dirname(testFile), { recursive: true });
      fs.writeFileSync(testFile, template("feature.test.ts", n));
      touched.push(testPathOf(n));
      log.push(`created ${path.relative(root, testFile)}`);
    }
    for (const [rel, fn] of Object.entries(wire)) {
      const file = path.join(root, rel);
      if (deferWiring && rel !== ".github/CODEOWNERS") {
        log.push(`deferred ${rel}`);
        continue;
      }
      if (!fs.existsSync(file)) {
        log.push(`skipped ${rel} (missing)`);
        continue;
      }
      const before = fs.readFileSync(file, "utf8");
      const after = fn(before, n);
      if (after !== before) {
        fs.writeFileSync(file, after);
        touched.push(rel);
        log.push(`wired ${rel}`);
      }
    }
    for (const dir of DEPENDENTS) {
      const file = path.join(root, dir, "package.json");
      if (!fs.existsSync(file)) continue;
      const before = fs.readFileSync(file, "utf8");
      const after = wireDependency(before, n);
      if (after !== before) {
        fs.writeFileSync(file, after);
        log.push(`added the dependency to ${dir}/package.json`);
      }
    }
  }
  formatCode(root, touched);
  if (opts.wireOnly) opts = { ...opts, migrate: false };
  if (opts.migrate !== false) log.push(`created migration ${createMigration(root, n)}`);
  if (opts.install !== false) {
    execFileSync("pnpm", ["install"], { cwd: root, stdio: "inherit" });
    execFileSync("pnpm", ["--filter", "@qifu/db", "generate"], { cwd: root, stdio: "inherit" });
  }
  return { names: n, log };
}

/** Prettier over the written code files, with the house preset (tooling/prettier). */
function formatCode(root, files) {
  const code = files.filter((f) => /\.(ts|tsx|mjs|js)$/.test(f)).map((f) => path.join(root, f));
  if (code.length === 0) return;
  const prettier = path.resolve(here, "../node_modules/.bin/prettier");
  const config = path.resolve(here, "../tooling/prettier/config.mjs");
  execFileSync(prettier, ["--config", config, "--log-level", "warn", "--write", ...code], { cwd: root, stdio: "inherit" });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { name, opts } = parseArgs(process.argv.slice(2));
  if (!name) {
    console.error("usage: pnpm gen:feature <kebab-name> [--zh 中文名] [--en 'English name'] [--owner @team] [--icon MuiIcon]");
    process.exit(2);
  }
  const root = opts.root ?? path.resolve(here, "..");
  try {
    const { names, log } = generate(root, name, opts);
    for (const l of log) console.log(`  ${l}`);
    console.log(
      `\n✓ @qifu/feature-${names.kebab}: check with\n  pnpm --filter @qifu/feature-${names.kebab} typecheck\n  pnpm vitest run --project unit packages/api/test/${names.kebab}/`,
    );
  } catch (e) {
    console.error(`✗ ${e.message}`);
    process.exit(1);
  }
}
