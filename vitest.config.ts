import { defineConfig } from "vitest/config";

// One test command for the whole repository (`pnpm test`). The server-side suites run on
// PGlite by default and on PostgreSQL when QIFU_TEST_DATABASE_URL names a server.
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: on a 2-core machine that is one test
    // file at a time. Each file has its own database (PGlite in its worker, or its own PostgreSQL
    // database), so two run side by side safely.
    maxWorkers: 2,
    projects: [
      // the admin console's own unit tests (react-admin needs its Vite transform settings)
      "apps/admin/vite.config.ts",
      {
        test: {
          name: "unit",
          include: ["packages/**/test/**/*.test.ts", "apps/api/test/**/*.test.ts"],
          // QIFU_TEST_EXCLUDE: comma-separated globs left out of a run (CI's PostgreSQL pass, .ci/run)
          exclude: ["**/node_modules/**", ...(process.env.QIFU_TEST_EXCLUDE?.split(",").filter(Boolean) ?? [])],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
          // A worker keeps its modules between files: importing the platform (every feature, Prisma)
          // cost each file 6–9 s, a third of the suite's time. What a file changes lives in its own
          // database, not in module state, so files stay independent.
          isolate: false,
          // the demo seed once per run; each file's database is a copy of it
          globalSetup: ["packages/api/test/seeded-snapshot.ts"],
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // as in the unit project: each browser file starts its own server over its own database
          isolate: false,
          // Each browser file starts its own server on a free port over its own database, so it
          // runs beside the server-side files in the same two workers: a project without file
          // parallelism would wait in a sequential group until every other file had finished.
          globalSetup: ["tests/e2e/global-setup.ts", "packages/api/test/seeded-snapshot.ts"],
        },
      },
    ],
  },
});
