import path from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";
import { createTestDatabase } from "@qifu/db/testing";
import { repoRoot, type TDatabase } from "@qifu/db";
import { seedDemoData } from "@qifu/api";
import { buildServer } from "@qifu/app-api";

/** The whole platform on a free port over a fresh seeded database, and Debian's chromium. */
export async function startPlatform() {
  const db: TDatabase = await createTestDatabase();
  await seedDemoData(db.prisma);
  const root = repoRoot();
  const app = await buildServer({
    prisma: db.prisma,
    logLevel: "warn",
    staticApps: [
      { prefix: "/admin/", dir: path.join(root, "apps/admin/dist") },
      { prefix: "/board/", dir: path.join(root, "apps/board/dist") },
      { prefix: "/", dir: path.join(root, "apps/public/dist") },
    ],
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as AddressInfo;
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await db.close();
    },
  };
}
