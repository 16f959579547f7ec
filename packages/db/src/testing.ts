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
      // No FORCE: killing a connection that is still closing makes the pool report an error
      // into whatever test runs next. Wait for the last connections to go instead.
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      try {
        for (let attempt = 0; attempt < 50; attempt++) {
          try {
            await c.query(`DROP DATABASE IF EXISTS ${name}`);
            break;
          } catch (err) {
            if ((err as { code?: string }).code !== "55006") throw err; // 55006: still in use
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      } finally {
        await c.end();
      }
    },
  };
}

export const testDatabaseKind = () => (process.env.QIFU_TEST_DATABASE_URL ? "postgres" : "pglite");
