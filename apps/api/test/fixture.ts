import type { FastifyInstance } from "fastify";
import { createTestDatabase } from "@qifu/db/testing";
import type { TDatabase } from "@qifu/db";
import { createSeededTestDatabase, DEMO_PASSWORD } from "@qifu/api";
import { buildServer, type TServerOptions } from "../src/server";

/** What a test asks of its server: the server options (no `prisma`: the fixture opens the database), and whether to seed. */
export type TSeededServerOptions = Omit<TServerOptions, "prisma"> & {
  /** Load the demo seed (default true); a test of the bare server (static files, the OpenAPI document) passes false. */
  seed?: boolean;
  /** Accounts to sign in before the tests start; their cookies are in `cookies`. */
  signIn?: readonly string[];
};

export type TSeededServer = {
  db: TDatabase;
  app: FastifyInstance;
  /** The session cookie (`name=value`) of every account signed in through `signIn`, by username. */
  cookies: Record<string, string>;
  /** Signs in over HTTP (the demo password unless given) and answers the session cookie; refuses anything but a 200. */
  signIn(username: string, password?: string): Promise<string>;
  /** Stops the server, then closes (on PostgreSQL: drops) the database. */
  close(): Promise<void>;
};

/** The session cookie a response sets, as a `cookie` header value. */
export const cookieOf = (res: { headers: Record<string, unknown> }) => String(res.headers["set-cookie"]).split(";")[0];

/**
 * The HTTP tests' one setup: a fresh database (PGlite in memory, or a database of its own on
 * the PostgreSQL server QIFU_TEST_DATABASE_URL names), the demo seed, the whole Fastify server
 * on it (silent log, pool figures for /metrics, then the test's options), and sign-ins.
 */
export async function startSeededServer(options: TSeededServerOptions = {}): Promise<TSeededServer> {
  const { seed = true, signIn: accounts = [], ...serverOptions } = options;
  const db = seed ? await createSeededTestDatabase() : await createTestDatabase();
  let app: FastifyInstance | undefined;
  const close = async () => {
    await app?.close();
    await db.close();
  };
  try {
    app = await buildServer({ prisma: db.prisma, logLevel: "silent", poolStats: db.poolStats, ...serverOptions });
    const server = app;
    const cookies: Record<string, string> = {};
    const signIn = async (username: string, password = DEMO_PASSWORD) => {
      const res = await server.inject({ method: "POST", url: "/trpc/auth.login", payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`sign-in of ${username} answered ${res.statusCode}: ${res.body}`);
      return (cookies[username] = cookieOf(res));
    };
    for (const username of accounts) await signIn(username);
    return { db, app: server, cookies, signIn, close };
  } catch (error) {
    await close();
    throw error;
  }
}
