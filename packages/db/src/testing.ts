import crypto from "node:crypto";
import pg from "pg";
import { openDatabase, type TDatabase } from "./client";

/**
 * A fresh, migrated database for one test file. With QIFU_TEST_DATABASE_URL set to a
 * PostgreSQL server (a maintenance database such as postgres), a new database is created
 * there and dropped afterwards; otherwise an in-memory PGlite. Tests never share data.
 */
export async function createTestDatabase(): Promise<TDatabase> {
  const server = process.env.QIFU_TEST_DATABASE_URL;
  if (!server) return openDatabase("memory://");
  const name = `qifu_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const db = await openDatabase(url.toString());
  return {
    ...db,
    async close() {
      await db.close();
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export const testDatabaseKind = () => (process.env.QIFU_TEST_DATABASE_URL ? "postgres" : "pglite");
