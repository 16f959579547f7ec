import path from "node:path";
import { openDatabase, repoRoot } from "@qifu/db";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isEmpty, seedDemoActivity, seedDemoData, startJobs } from "@qifu/api";
import { Role } from "@qifu/domain";
import { buildServer } from "./server";
import { publicCacheFromEnv } from "./operations";

/** `pnpm start`: migrate, seed when empty, serve everything on one port. */
async function main() {
  const started = Date.now();
  const database = await openDatabase(process.env.DATABASE_URL);
  const seeded = process.env.QIFU_SEED !== "0" && (await isEmpty(database.prisma));
  if (seeded) {
    await seedDemoData(database.prisma);
    await seedDemoActivity(database.prisma);
  }

  const root = repoRoot();
  const server = await buildServer({
    prisma: database.prisma,
    poolStats: database.poolStats,
    publicCache: publicCacheFromEnv(),
    staticApps: [
      { prefix: "/admin/", dir: path.join(root, "apps/admin/dist") },
      { prefix: "/board/", dir: path.join(root, "apps/board/dist") },
      { prefix: "/", dir: path.join(root, "apps/public/dist") },
    ],
    featureRemotes: { dir: path.join(root, "packages/features") },
  });
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? "0.0.0.0";
  await server.listen({ port, host });
  // timed work (appeal time limits …) runs here unless separate workers do it (apps/api/src/worker.ts)
  const jobs = process.env.QIFU_JOBS === "off" ? null : startJobs(database.prisma, (msg, extra) => server.log.info({ extra }, msg));

  const base = `http://localhost:${port}`;
  const lines = [
    "",
    "  企服 Qifu — 中小企业公共服务平台 is running",
    `  database   ${database.kind} (${database.where})${database.applied.length ? `, applied ${database.applied.length} migration(s)` : ""}${seeded ? ", demo data seeded" : ""}`,
    `  public     ${base}/`,
    `  admin      ${base}/admin/`,
    `  board      ${base}/board/`,
    `  api        ${base}/trpc   health ${base}/healthz`,
    "",
    `  demo accounts (password ${DEMO_PASSWORD}):`,
    ...DEMO_ACCOUNTS.map((a) => `    ${a.username.padEnd(13)} ${Role.labels[a.role].zh} · ${a.displayName}`),
    "",
    `  ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    "",
  ];
  console.log(lines.join("\n"));

  // Graceful shutdown: stop taking requests, finish those in flight, close the database.
  let closing = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, async () => {
      if (closing) return;
      closing = true;
      server.log.info({ signal }, "shutting down: finishing requests in flight");
      // a request that never ends must not keep the process alive for ever
      setTimeout(() => {
        server.log.error("shutdown took longer than 10 s, exiting");
        process.exit(1);
      }, 10_000).unref();
      await server.close();
      await jobs?.stop();
      await database.close();
      process.exit(0);
    });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
