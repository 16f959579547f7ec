import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase, type TDatabase, type TDb } from "./client";

/**
 * The seeded snapshot of a test run: the demo seed is written once (tests/seeded-snapshot.ts,
 * the vitest global setup) and every test file starts from a copy of it, instead of migrating and
 * seeding its own database (~10 s of CPU each, ~100 files). On PGlite it is a tar of the data
 * folder (this variable names the file); on PostgreSQL a template database (its name).
 */
export const SEEDED_SNAPSHOT_ENV = "QIFU_TEST_SEEDED_SNAPSHOT";

/**
 * A fresh, migrated database for one test file. With QIFU_TEST_DATABASE_URL set to a
 * PostgreSQL server (a maintenance database such as postgres), a new database is created
 * there and dropped afterwards; otherwise an in-memory PGlite. Tests never share data.
 * `fromSnapshot` starts it as a copy of the run's seeded snapshot (see above).
 */
export async function createTestDatabase({ fromSnapshot }: { fromSnapshot?: string } = {}): Promise<TDatabase> {
  const server = process.env.QIFU_TEST_DATABASE_URL;
  if (!server) return openDatabase("memory://", fromSnapshot ? { loadDataDir: new Blob([fs.readFileSync(fromSnapshot)]) } : {});
  const name = `qifu_test_${crypto.randomBytes(6).toString("hex")}`;
  await createDatabaseOn(server, name, fromSnapshot);
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

/** CREATE DATABASE on the server, as a copy of `template` if given (retried while another copy of it is being made). */
async function createDatabaseOn(server: string, name: string, template?: string) {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
        return;
      } catch (err) {
        // 55006: the template is in use (another worker copying it at the same instant)
        if ((err as { code?: string }).code !== "55006" || attempt > 100) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
}

/**
 * Make the run's seeded snapshot: a database migrated and seeded by `seed`, then kept as a
 * tar (PGlite) or a template database (PostgreSQL). Answers what SEEDED_SNAPSHOT_ENV should
 * hold and how to remove it at the end of the run.
 */
export async function makeSeededSnapshot(seed: (prisma: TDb) => Promise<void>): Promise<{ snapshot: string; remove(): Promise<void> }> {
  const server = process.env.QIFU_TEST_DATABASE_URL;
  if (!server) {
    const db = await openDatabase("memory://");
    try {
      await seed(db.prisma);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "qifu-seeded-")), "pgdata.tar");
      fs.writeFileSync(file, Buffer.from(await (await db.dumpDataDir!()).arrayBuffer()));
      return { snapshot: file, remove: async () => fs.rmSync(path.dirname(file), { recursive: true, force: true }) };
    } finally {
      await db.close();
    }
  }
  const name = `qifu_seeded_${crypto.randomBytes(6).toString("hex")}`;
  await createDatabaseOn(server, name);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const db = await openDatabase(url.toString());
  try {
    await seed(db.prisma);
  } finally {
    await db.close(); // a template must have no connections left
  }
  return {
    snapshot: name,
    async remove() {
      const admin = new pg.Client({ connectionString: server });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

export const testDatabaseKind = () => (process.env.QIFU_TEST_DATABASE_URL ? "postgres" : "pglite");
