import path from "node:path";
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

/** The lowest common interface of PGlite and a pg connection, for migrations and raw SQL. */
export type TSqlRunner = {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

export type TDriver = {
  kind: "pglite" | "postgres";
  /** A label safe for logs (no password). */
  where: string;
  adapter: ConstructorParameters<typeof import("../generated/client").PrismaClient>[0] extends infer O
    ? O extends { adapter?: infer A }
      ? NonNullable<A>
      : never
    : never;
  /** A dedicated connection for migrations and raw maintenance SQL. */
  openRunner(): Promise<TSqlRunner>;
  /** Connections now (for /metrics): PostgreSQL's pool; PGlite is one connection with a queue. */
  poolStats(): TPoolStats;
  /** PGlite only: its whole data folder as a tar (the tests' seeded snapshot, packages/db/src/testing.ts). */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
};

/** PGlite only: start from a data folder dumped by `dumpDataDir` instead of an empty one. */
export type TDriverOptions = { loadDataDir?: Blob };

export type TPoolStats = { total: number; idle: number; waiting: number };

/** The default embedded store: ./.data/pglite under the repository root. */
export function defaultDataDir(): string {
  return path.resolve(process.env.QIFU_DATA_DIR ?? path.join(repoRoot(), ".data"), "pglite");
}

export function repoRoot(): string {
  let dir = path.dirname(new URL(import.meta.url).pathname);
  while (dir !== "/" && !fs.existsSync(path.join(dir, "pnpm-workspace.yaml"))) dir = path.dirname(dir);
  return dir;
}

/**
 * Choose the driver from a database URL: `postgres://…` is a PostgreSQL server,
 * `memory://` an in-memory PGlite (tests), anything else (or nothing) PGlite on disk.
 */
export async function driverAdapterFor(url: string | undefined, options: TDriverOptions = {}): Promise<TDriver> {
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DB_POOL_MAX ?? 10) });
    // A connection lost while idle (server restart, admin kill) must not crash the process:
    // the pool drops it and opens a new one on the next query.
    pool.on("error", (err) => console.error(JSON.stringify({ level: "warn", msg: "idle database connection lost", err: err.message })));
    const where = url.replace(/\/\/[^@]*@/, "//***@");
    return {
      kind: "postgres",
      where,
      adapter: new PrismaPg(pool) as any,
      async openRunner() {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        return {
          exec: async (sql) => void (await client.query(sql)),
          query: async (sql, params) => (await client.query(sql, params as any[])).rows,
          close: () => client.end(),
        };
      },
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      close: () => pool.end(),
    };
  }
  const dir =
    !url || url === "pglite://" ? defaultDataDir() : url.startsWith("memory://") ? undefined : url.replace(/^(pglite|file):\/\//, "");
  if (dir) fs.mkdirSync(dir, { recursive: true });
  const client = dir ? new PGlite(dir) : new PGlite(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  await client.waitReady;
  // PGlite runs one statement (or one transaction) at a time: count what is running or queued
  // on it (Prisma's engine queues its own calls before they get here: see docs/operations.md)
  let busy = 0;
  const counted = <F extends (...args: any[]) => Promise<any>>(fn: F): F =>
    (async (...args: any[]) => {
      busy++;
      try {
        return await fn(...args);
      } finally {
        busy--;
      }
    }) as F;
  client.query = counted(client.query.bind(client));
  client.transaction = counted(client.transaction.bind(client));
  // PGlite is one connection: the runner shares it, and closing the runner must not close it.
  const runner: TSqlRunner = {
    exec: async (sql) => void (await client.exec(sql)),
    query: async (sql, params) => (await client.query(sql, params as any[])).rows as any[],
    close: async () => {},
  };
  return {
    kind: "pglite",
    where: dir ?? "memory",
    adapter: new PrismaPGlite(client) as any,
    openRunner: async () => runner,
    poolStats: () => ({ total: 1, idle: busy ? 0 : 1, waiting: Math.max(0, busy - 1) }),
    dumpDataDir: () => client.dumpDataDir("none"),
    close: () => client.close(),
  };
}
