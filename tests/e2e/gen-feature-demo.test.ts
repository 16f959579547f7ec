import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser } from "playwright-core";
import { repoRoot } from "@qifu/db";
import { SEEDED_SNAPSHOT_ENV } from "@qifu/db/testing";
import { signIn } from "./harness";

/**
 * Issue 12's "done when": `pnpm gen:feature demo-thing` on a copy of the tree produces a package
 * that typechecks, passes its own test, appears in the admin menu and on the board, and changes
 * nothing outside its folder but one line per composition list. The copy is made from the
 * sources (as a clean clone has them) and removed afterwards; the tree under test is never
 * touched. The front ends already built by the e2e setup are copied in, so only the new remote
 * and the two shells that list it are built again.
 */
const NAME = "demo-thing";
const ZH = "示例事项";
const root = repoRoot();
let copy = "";
let server: ChildProcess | null = null;
let browser: Browser | null = null;
let baseUrl = "";

/**
 * This process's environment without what vitest and this shell set for the tree under test:
 * NODE_ENV=test would make `vite build` produce a development bundle whose module federation
 * runtime the production remotes cannot join, and DATABASE_URL would point the copy's server
 * away from its own embedded database; the run's seeded snapshot lacks the copy's new feature.
 */
function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env))
    if (key === "NODE_ENV" || key === "DATABASE_URL" || key.startsWith("VITEST") || key === SEEDED_SNAPSHOT_ENV) delete env[key];
  return env;
}
const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { cwd: copy, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: cleanEnv() });
const git = (...args: string[]) => run("git", ["-c", "user.name=test", "-c", "user.email=test@qifu.invalid", ...args]);

/** What may change outside the package: the composition lists, and how many lines each gains. */
const COMPOSITION: Record<string, number> = {
  "packages/api/src/features.ts": 2, // the import and the list entry
  "apps/admin/src/features.ts": 1,
  "apps/board/src/features.ts": 1,
  "apps/public/src/features.ts": 3, // the import, the routes, the provider
  ".github/CODEOWNERS": 3, // the package, its .prisma file, its test folder
  "packages/api/test/authz-samples.ts": -1, // one sample per procedure: counted below
  "packages/api/package.json": 1,
  "apps/admin/package.json": 1,
  "apps/board/package.json": 1,
  "apps/public/package.json": 1,
  // Prisma needs the back-relations on the shared models: one line each on Town and Node
  "packages/db/prisma/schema/core.prisma": 1,
  "packages/db/prisma/schema/network.prisma": 1,
};
/** New files the generator writes outside the package's folder. */
const NEW_OUTSIDE = [
  /^packages\/db\/prisma\/schema\/demo-thing\.prisma$/,
  /^packages\/api\/test\/demo-thing\//,
  /^packages\/db\/prisma\/migrations\/\d+_demo_thing\//,
];

async function freePort() {
  return new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), "qifu-gen-"));
  execFileSync(
    "bash",
    [
      "-c",
      `git ls-files -z --cached --others --exclude-standard | tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "${copy}"`,
    ],
    {
      cwd: root,
    },
  );
  git("init", "-q");
  git("add", "-A");
  git("commit", "-qm", "baseline");
  // from the store the main install filled: no registry needed
  run("pnpm", ["install", "--offline", "--frozen-lockfile", "--reporter=silent"]);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  server?.kill("SIGTERM");
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
});

describe("pnpm gen:feature demo-thing (on a copy of the tree)", () => {
  it("writes the package and changes one line per composition list outside it", () => {
    run("node", ["scripts/gen-feature.mjs", NAME, "--zh", ZH, "--en", "demo thing", "--owner", "@qifu/platform", "--no-install"]);
    const changed = git("status", "--porcelain", "--untracked-files=all")
      .split("\n")
      .filter(Boolean)
      .map((l) => ({ status: l.slice(0, 2).trim(), file: l.slice(3) }));
    const outside = changed.filter((c) => !c.file.startsWith(`packages/features/${NAME}/`));
    expect(changed.some((c) => c.file === `packages/features/${NAME}/package.json`)).toBe(true);
    for (const { status, file } of outside) {
      if (status === "??") {
        expect(
          NEW_OUTSIDE.some((re) => re.test(file)),
          `new file outside the package: ${file}`,
        ).toBe(true);
        continue;
      }
      // the newest migration keeps the only schema snapshot: the previous one's moves forward
      if (status === "D" && /^packages\/db\/prisma\/migrations\/[^/]+\/schema\//.test(file)) continue;
      expect(Object.keys(COMPOSITION), `changed outside the package: ${file}`).toContain(file);
      const [added, removed] = git("diff", "--numstat", "--", file).split("\t").map(Number);
      // a JSON entry added last puts a comma on the line before it: that line counts as changed
      expect(removed, `${file}: lines removed`).toBeLessThanOrEqual(file.endsWith("package.json") ? 1 : 0);
      if (COMPOSITION[file] > 0) expect(added - removed, `${file}: lines added`).toBe(COMPOSITION[file]);
    }
    for (const file of Object.keys(COMPOSITION))
      expect(
        outside.map((c) => c.file),
        `not wired: ${file}`,
      ).toContain(file);
  });

  it("installs, typechecks, lints and passes the test it was generated with", () => {
    // Resolving the new package's dependencies needs registry metadata, which a frozen install never
    // stores: offline, this fails on a machine whose pnpm cache holds none (a clean CI machine).
    // The store has every tarball, so only the metadata is fetched.
    run("pnpm", ["install", "--prefer-offline", "--no-frozen-lockfile", "--reporter=silent"]);
    run("pnpm", ["typecheck"]);
    run("pnpm", ["exec", "prettier", "--check", `packages/features/${NAME}`, `packages/api/test/${NAME}`]);
    run("pnpm", ["exec", "eslint", "--max-warnings", "0", `packages/features/${NAME}`, `packages/api/test/${NAME}`]);
    const out = run("pnpm", ["exec", "vitest", "run", "--project", "unit", `packages/api/test/${NAME}`]);
    expect(out.replace(/\u001b\[[0-9;]*m/g, "")).toMatch(/Tests\s+\d+ passed/);
  }, 600_000);

  it("appears in the admin menu and on the board", async () => {
    // the front ends the e2e setup built, then the new remote and the two shells that list it
    for (const dir of [
      "apps/admin",
      "apps/board",
      "apps/public",
      ...fs.readdirSync(path.join(root, "packages/features")).map((f) => `packages/features/${f}`),
    ]) {
      if (fs.existsSync(path.join(root, dir, "dist")))
        fs.cpSync(path.join(root, dir, "dist"), path.join(copy, dir, "dist"), { recursive: true });
    }
    for (const pkg of [`@qifu/feature-${NAME}`, "@qifu/app-admin", "@qifu/app-board"]) run("pnpm", ["--filter", pkg, "build"]);

    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = spawn("node", ["--import", "tsx", "apps/api/src/main.ts"], {
      cwd: copy,
      // an in-memory database: seeding it is several times faster than PGlite on disk
      env: { ...cleanEnv(), PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: "memory://", QIFU_JOBS: "off" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    server.stdout?.on("data", (d) => (log += d));
    server.stderr?.on("data", (d) => (log += d));
    for (let i = 0; ; i++) {
      const ok = await fetch(`${baseUrl}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (i > 240 || server.exitCode !== null) throw new Error(`the generated platform did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 500));
    }

    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    const failed: string[] = [];
    page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    page.on("pageerror", (e) => failed.push(`page error: ${e.message}`));
    // on a failure, say what the page and the server saw
    const explain = (e: unknown) => {
      throw new Error(`${e instanceof Error ? e.message : e}\nfailed: ${failed.join("\n")}\nserver: ${log.slice(-3000)}`);
    };

    await signIn(page, `${baseUrl}/admin/#/login`, "district").catch(explain);
    const menuEntry = page.getByRole("menuitem", { name: ZH }).or(page.getByRole("link", { name: ZH }));
    await menuEntry.first().waitFor({ timeout: 60_000 });
    await menuEntry.first().click();
    await page.waitForURL(/demo-thing|demoThing/);

    // the board in a browser of its own: the console's session would take its sign-in page away
    const board = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    board.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    board.on("pageerror", (e) => failed.push(`page error: ${e.message}`));
    await signIn(board, `${baseUrl}/board/login`, "district").catch(explain);
    await board.getByText(ZH).first().waitFor({ timeout: 60_000 });
    expect(failed.filter((f) => !f.includes("/auth.me"))).toEqual([]);
  }, 900_000);
});
