import { makeSeededSnapshot, SEEDED_SNAPSHOT_ENV } from "@qifu/db/testing";
import { seedDemoData } from "../src/seed";

/**
 * Vitest global setup of the server-side and browser projects: the demo seed is written once
 * per run, and each test file's database starts as a copy of it (createSeededTestDatabase in
 * packages/api/src/testing.ts) — on PGlite from a tar of the data folder, on PostgreSQL from a
 * template database. The workers inherit the variable (they start after this setup). Both
 * projects share one snapshot: the second setup finds the variable set and leaves it alone.
 */
export default async function setup() {
  if (process.env[SEEDED_SNAPSHOT_ENV]) return;
  const started = Date.now();
  const { snapshot, remove } = await makeSeededSnapshot(seedDemoData);
  process.env[SEEDED_SNAPSHOT_ENV] = snapshot;
  console.log(`seeded snapshot ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return async () => {
    delete process.env[SEEDED_SNAPSHOT_ENV];
    await remove();
  };
}
