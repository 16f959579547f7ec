import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import { repoRoot, type TDatabase } from "@qifu/db";
import { createSeededTestDatabase, DEMO_PASSWORD } from "@qifu/api";
import { buildServer } from "@qifu/app-api";

export type TPlatformOptions = {
  /**
   * Serve a copy of the built feature remotes in which these remotes are broken, to see the
   * shells cope with a feature that does not load: `missing` removes its remoteEntry.js (a
   * 404), `throws` replaces it with a module that throws when imported. E.g.
   * `[{ feature: "catalogue", shell: "admin" }]`. The real dist folders are never touched.
   */
  withoutRemotes?: { feature: string; shell: "admin" | "board"; how?: "missing" | "throws" }[];
};

/** A temporary copy of every feature's dist folder (`<tmp>/<name>/dist/…`), with the given remote entries broken. */
function copyRemotesWithout(featuresDir: string, without: NonNullable<TPlatformOptions["withoutRemotes"]>) {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "qifu-remotes-"));
  for (const name of fs.readdirSync(featuresDir)) {
    const dist = path.join(featuresDir, name, "dist");
    if (fs.existsSync(dist)) fs.cpSync(dist, path.join(copy, name, "dist"), { recursive: true });
    // the package.json carries the feature's display name, which the shells' notice shows
    if (fs.existsSync(dist)) fs.copyFileSync(path.join(featuresDir, name, "package.json"), path.join(copy, name, "package.json"));
  }
  for (const { feature, shell, how = "missing" } of without) {
    const entry = path.join(copy, feature, "dist", shell, "remoteEntry.js");
    // the build's precompressed copies too: the server would send them in place of the file
    for (const ext of [".br", ".gz"]) fs.rmSync(entry + ext, { force: true });
    if (how === "throws") fs.writeFileSync(entry, `throw new Error("broken remote: ${feature}");\n`);
    else fs.rmSync(entry, { force: true });
  }
  return copy;
}

/** The whole platform on a free port over a fresh seeded database, and Debian's chromium. */
export async function startPlatform(options: TPlatformOptions = {}) {
  const db: TDatabase = await createSeededTestDatabase();
  const root = repoRoot();
  const featuresDir = path.join(root, "packages/features");
  const remotesDir = options.withoutRemotes?.length ? copyRemotesWithout(featuresDir, options.withoutRemotes) : featuresDir;
  const app = await buildServer({
    prisma: db.prisma,
    logLevel: "warn",
    // one browser signs many demo accounts in from one address within a minute: the per-address
    // sign-in limit (10/min) has its own tests (apps/api/test/abuse-auth.test.ts), not these journeys
    loginRateLimit: { max: 1000, timeWindowMs: 60_000 },
    staticApps: [
      { prefix: "/admin/", dir: path.join(root, "apps/admin/dist") },
      { prefix: "/board/", dir: path.join(root, "apps/board/dist") },
      { prefix: "/", dir: path.join(root, "apps/public/dist") },
    ],
    featureRemotes: { dir: remotesDir },
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as AddressInfo;
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await db.close();
      if (remotesDir !== featuresDir) fs.rmSync(remotesDir, { recursive: true, force: true });
    },
  };
}

/**
 * A screenshot (the full page unless told otherwise) to `$QIFU_E2E_SHOTS/e2e-<name>.png` when that variable names a folder,
 * so a person can look at each screen a flow passed through; nothing otherwise.
 */
export async function screenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}) {
  const dir = process.env.QIFU_E2E_SHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `e2e-${name}.png`), fullPage });
}

/** Signs a demo account in on a shell's login form (admin console or board). */
export async function signIn(page: Page, url: string, username: string) {
  await page.goto(url);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.click('button[type="submit"]');
}

/**
 * How wide the page lays out, for the phone checks: the widest of the document and its body.
 * react-admin's layout can overflow inside the body while the document stays at the viewport
 * width, so the document alone misses a table wider than the phone.
 */
export function pageWidth(page: Page) {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
}
