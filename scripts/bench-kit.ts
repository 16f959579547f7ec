// What the matching benches share: a throwaway database of their own on a PostgreSQL server
// (QIFU_BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres), migrated as the
// platform migrates it, and a plain pg client on it for loading data and timing one SQL statement.
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../packages/db/src/index.ts";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const pg = createRequire(path.join(root, "packages/db/package.json"))("pg") as typeof import("pg");

export const log = (...a: unknown[]) => console.log(...a);
/** Milliseconds since `t0` (process.hrtime.bigint()). */
export const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/** A fresh database `name` (dropped first), migrated; its URL (password hidden in `shown`), the platform's handle and a pg client. */
export async function benchDatabase(name: string) {
  const serverUrl = process.env.QIFU_BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const database = await openDatabase(url); // applies the migrations
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return { url, shown: url.replace(/:[^:@/]*@/, "@"), database, client };
}
