import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { testDatabaseKind } from "@qifu/db/testing";
import type { TDatabase } from "@qifu/db";
import { DEMO_PASSWORD } from "@qifu/api";
import { startSeededServer, type TSeededServer } from "./fixture";

/** Operations: Prometheus metrics, the per-IP sign-in limit, error bodies outside tRPC. */
describe(`operations on ${testDatabaseKind()}`, () => {
  let server: TSeededServer, app: FastifyInstance, db: TDatabase;
  beforeAll(async () => {
    ({ app, db } = server = await startSeededServer({ loginRateLimit: { max: 10, timeWindowMs: 60_000 }, metricsToken: "scrape-secret" }));
  });
  afterAll(() => server?.close());

  const login = (username: string, password: string, ip: string) =>
    app.inject({ method: "POST", url: "/trpc/auth.login", payload: { username, password }, remoteAddress: ip });
  const metrics = async () => (await app.inject({ url: "/metrics", headers: { authorization: "Bearer scrape-secret" } })).body;

  it("counts calls and their latency by procedure and status", async () => {
    await app.inject({ url: "/trpc/network.overview" });
    await app.inject({ url: "/trpc/network.overview" });
    await app.inject({ url: "/trpc/nodes.list" }); // 401
    await app.inject({ url: "/trpc/no.such.procedure" });
    const text = await metrics();
    expect(text).toMatch(/qifu_trpc_requests_total\{procedure="network\.overview",status="200"\} 2/);
    expect(text).toMatch(/qifu_trpc_requests_total\{procedure="nodes\.list",status="401"\} 1/);
    expect(text).toMatch(/qifu_trpc_request_duration_seconds_bucket\{le="0\.5",procedure="network\.overview",status="200"\} \d/);
    expect(text).toMatch(/qifu_trpc_request_duration_seconds_count\{procedure="network\.overview",status="200"\} 2/);
    // a scanner's made-up paths all land on one series
    expect(text).toMatch(/procedure="unknown",status="404"/);
    expect(text).not.toContain("no.such.procedure");
    // process and database figures
    expect(text).toMatch(/qifu_process_resident_memory_bytes \d+/);
    expect(text).toMatch(/qifu_nodejs_eventloop_lag_seconds /);
    expect(text).toMatch(/qifu_db_ping_seconds 0\.\d+/);
  });

  it("shows the database pool: open, idle and waiting connections", async () => {
    const value = (text: string, name: string) => Number(new RegExp(`^${name} (\\S+)$`, "m").exec(text)?.[1]);
    const idle = await metrics();
    expect(value(idle, "qifu_db_pool_total")).toBeGreaterThanOrEqual(1);
    expect(value(idle, "qifu_db_pool_waiting")).toBe(0);
    // hold a transaction open and queue more work than there are free connections
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const held = db.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1`;
      await sleep(600);
    });
    await sleep(100);
    const queued = Array.from({ length: 14 }, () => db.prisma.$queryRaw`SELECT pg_sleep(0.3)::text AS slept`);
    await sleep(150);
    const busy = await metrics();
    await Promise.all([held, ...queued]);
    // a connection is busy (PGlite: its only one); how many calls reach the pool at once is up to
    // Prisma's engine, so the queue (pg's waitingCount; 0 on PGlite) is only checked to be a count
    expect(value(busy, "qifu_db_pool_idle")).toBeLessThan(value(busy, "qifu_db_pool_total"));
    expect(value(busy, "qifu_db_pool_waiting")).toBeGreaterThanOrEqual(0);
    // PGlite: the ping waited behind the held transaction (PostgreSQL answers it on a free connection)
    if (testDatabaseKind() === "pglite") expect(value(busy, "qifu_db_ping_seconds")).toBeGreaterThan(0.1);
  });

  it("serves /metrics only with the scrape token when one is set", async () => {
    const res = await app.inject({ url: "/metrics" }); // even from loopback
    expect(res.statusCode).toBe(401);
    expect(JSON.parse(res.body).error.data.app.message.zh).toBe("需要监控令牌");
    expect((await app.inject({ url: "/metrics", headers: { authorization: "Bearer wrong" } })).statusCode).toBe(401);
  });

  it("limits sign-in attempts per IP with a bilingual 429, and nothing else", async () => {
    // one client trying many accounts (each account alone stays under its own lockout)
    for (let i = 0; i < 10; i++) expect((await login(`guess${i}`, "wrong-password-1", "10.0.0.7")).statusCode).toBe(401);
    const limited = await login("evaluator", DEMO_PASSWORD, "10.0.0.7");
    expect(limited.statusCode).toBe(429);
    const app429 = JSON.parse(limited.body).error.data.app;
    expect(app429.code).toBe("TOO_MANY_REQUESTS");
    expect(app429.message.zh).toMatch(/登录尝试过于频繁，请 \d+ 秒后再试/);
    expect(app429.message.en).toMatch(/Too many sign-in attempts/);
    expect(limited.headers["retry-after"]).toBeTruthy();
    // even the right password from that address, while limited, does not create a session
    expect(limited.headers["set-cookie"]).toBeUndefined();
    // another address is not affected, nor are other procedures from the limited one
    const other = await login("district", DEMO_PASSWORD, "10.0.0.8");
    expect(other.statusCode).toBe(200);
    for (let i = 0; i < 15; i++)
      expect((await app.inject({ url: "/trpc/network.overview", remoteAddress: "10.0.0.7" })).statusCode).toBe(200);
    // a batched call that includes auth.login is limited too
    const batched = await app.inject({
      method: "POST",
      url: "/trpc/auth.me,auth.login?batch=1",
      payload: { 1: { username: "x", password: "y" } },
      remoteAddress: "10.0.0.7",
    });
    expect(batched.statusCode).toBe(429);
  });

  it("answers errors outside tRPC with the same bilingual body", async () => {
    const big = await app.inject({
      method: "POST",
      url: "/trpc/nodes.create",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ name: "x".repeat(1_100_000) }),
    });
    expect(big.statusCode).toBe(413);
    expect(JSON.parse(big.body).error.data.app).toMatchObject({
      code: "VALIDATION",
      message: { zh: "请求内容过大：上限 1 MB", en: "Request too large: the limit is 1 MB" },
    });
    const malformed = await app.inject({
      method: "POST",
      url: "/trpc/auth.login",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(malformed.statusCode).toBe(400);
    expect(JSON.parse(malformed.body).error.data.app.message.en).toBeTruthy();
    const missing = await app.inject({ url: "/no/such/file.js" });
    expect(missing.statusCode).toBe(404);
    expect(JSON.parse(missing.body).error.data.app).toMatchObject({ code: "NOT_FOUND", message: { zh: "页面不存在" } });
  });
});
