import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { testDatabaseKind } from "@qifu/db/testing";
import type { TDatabase } from "@qifu/db";
import { DEMO_PASSWORD } from "@qifu/api";
import { startSeededServer, type TSeededServer } from "./fixture";

/** Issue 11 (points 1, 2, 3, 8 in part, 9, 10): the attacks of the report, over HTTP. */
describe(`abuse of sign-in, sign-up and the HTTP layer on ${testDatabaseKind()}`, { timeout: 60_000 }, () => {
  let server: TSeededServer, app: FastifyInstance, db: TDatabase;
  let clock = Date.now();
  beforeAll(async () => {
    ({ app, db } = server = await startSeededServer({
      now: () => new Date(clock),
      loginRateLimit: { max: 30, timeWindowMs: 60_000 },
      signupRateLimit: { max: 3, timeWindowMs: 3600_000 },
      trustProxy: true,
    }));
  });
  afterAll(() => server?.close());

  const login = (username: string, password: string, ip: string) =>
    app.inject({ method: "POST", url: "/trpc/auth.login", payload: { username, password }, remoteAddress: ip });
  const appOf = (res: { body: string }) => JSON.parse(res.body).error?.data?.app;

  it("counts every sign-in of a batch against the per-IP limit and caps batch size", async () => {
    // 8 calls a batch: the 4th batch passes the 30 a minute
    const n = 8;
    const url = `/trpc/${Array(n).fill("auth.login").join(",")}?batch=1`;
    const payload = Object.fromEntries(Array.from({ length: n }, (_, i) => [i, { username: `nobody${i}`, password: "wrong-password-1" }]));
    const batch = () => app.inject({ method: "POST", url, payload, remoteAddress: "10.1.0.1" });
    for (let i = 0; i < 3; i++) expect((await batch()).statusCode).toBe(401);
    const res = await batch();
    expect(res.statusCode).toBe(429);
    expect(appOf(res).message.zh).toMatch(/登录尝试过于频繁/);
    const big = await app.inject({ url: `/trpc/${Array(51).fill("network.overview").join(",")}?batch=1`, remoteAddress: "10.1.0.2" });
    expect(big.statusCode).toBe(400);
    expect(appOf(big).message).toEqual({ zh: "一次请求最多包含 50 个调用", en: "At most 50 calls per request" });
  });

  it("locks a username for one source in one atomic step, refusing the right password too, while the owner signs in elsewhere", async () => {
    // 8 guesses in flight at once: no more than 5 are ever checked, the rest wait
    const guesses = await Promise.all(Array.from({ length: 8 }, () => login("xinhua", "wrong-password-1", "10.2.0.1")));
    const codes = guesses.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(4);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThanOrEqual(4);
    const right = await login("xinhua", DEMO_PASSWORD, "10.2.0.1");
    expect(right.statusCode).toBe(429);
    expect(right.headers["set-cookie"]).toBeUndefined();
    // the owner from another address is not locked out
    expect((await login("xinhua", DEMO_PASSWORD, "10.2.0.9")).statusCode).toBe(200);
    // after the wait the pair may try again; the next lockout lasts longer (slow down)
    clock += 2 * 60_000;
    for (let i = 0; i < 5; i++) await login("xinhua", "wrong-password-1", "10.2.0.1");
    const second = await login("xinhua", DEMO_PASSWORD, "10.2.0.1");
    expect(second.statusCode).toBe(429);
    expect(appOf(second).message.zh).toMatch(/请 2 分钟后再试/);
    clock += 3 * 60_000;
    expect((await login("xinhua", DEMO_PASSWORD, "10.2.0.1")).statusCode).toBe(200);
  });

  it("answers an unknown username exactly like a real one, locked or not", async () => {
    const answers = async (username: string, ip: string) => {
      const out: unknown[] = [];
      for (let i = 0; i < 6; i++) {
        const r = await login(username, "wrong-password-1", ip);
        out.push([r.statusCode, appOf(r)]);
      }
      return out;
    };
    expect(await answers("no-such-user-x", "10.3.0.1")).toEqual(await answers("shiling", "10.3.0.2"));
  });

  it("alerts the district admins when an account is locked again and again", async () => {
    for (const ip of ["10.4.0.1", "10.4.0.2", "10.4.0.3"]) for (let i = 0; i < 5; i++) await login("operator", "wrong-password-1", ip);
    const alerts = await db.prisma.notification.findMany({ where: { kind: "auth.lockout" } });
    const admins = await db.prisma.user.findMany({ where: { role: "DISTRICT_ADMIN", active: true }, select: { id: true } });
    expect(alerts.length).toBe(admins.length);
    expect(alerts[0].titleZh).toContain("operator");
  });

  it("refuses common passwords on change, throttles changes and limits sign-ups per IP", async () => {
    const cookie = String((await login("evaluator", DEMO_PASSWORD, "10.5.0.1")).headers["set-cookie"]).split(";")[0];
    const change = (newPassword: string) =>
      app.inject({
        method: "POST",
        url: "/trpc/auth.changePassword",
        headers: { cookie },
        payload: { currentPassword: "wrong-current-1", newPassword },
        remoteAddress: "10.5.0.1",
      });
    const common = await change("password123");
    expect(common.statusCode).toBe(400);
    expect(appOf(common).fields[0]).toMatchObject({ path: "newPassword", message: { zh: "该密码过于常见，容易被猜中，请换一个" } });
    for (let i = 0; i < 4; i++) expect((await change("Another2026pass")).statusCode).toBe(400); // wrong current password
    expect((await change("Another2026pass")).statusCode).toBe(429);
    const register = (i: number) =>
      app.inject({ method: "POST", url: "/trpc/enterpriseAccount.register", payload: { username: `u${i}` }, remoteAddress: "10.5.0.2" });
    for (let i = 0; i < 3; i++) expect((await register(i)).statusCode).toBe(400);
    const limited = await register(4);
    expect(limited.statusCode).toBe(429);
    expect(appOf(limited).message.zh).toMatch(/注册过于频繁/);
  });

  it("records the client's x-request-id apart from ours", async () => {
    const cookie = String((await login("district", DEMO_PASSWORD, "10.6.0.1")).headers["set-cookie"]).split(";")[0];
    const res = await app.inject({
      method: "POST",
      url: "/trpc/auth.changePassword",
      headers: { cookie, "x-request-id": "forged-request-id-1" },
      payload: { currentPassword: DEMO_PASSWORD, newPassword: "Qifu2026demo-new" },
      remoteAddress: "10.6.0.1",
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["x-request-id"]).not.toBe("forged-request-id-1");
    const row = await db.prisma.auditLog.findFirst({ where: { clientRequestId: "forged-request-id-1" } });
    expect(row?.requestId).toBe(res.headers["x-request-id"]);
  });

  it("serves /metrics to loopback only, with failed sign-ins of a batch as 401", async () => {
    expect((await app.inject({ url: "/metrics", remoteAddress: "203.0.113.9" })).statusCode).toBe(401);
    await app.inject({
      method: "POST",
      url: "/trpc/auth.login,auth.me?batch=1",
      payload: { 0: { username: "nobody-m", password: "wrong-password-1" } },
      remoteAddress: "10.7.0.1",
    });
    const text = (await app.inject({ url: "/metrics" })).body;
    expect(text).toMatch(/qifu_trpc_requests_total\{procedure="auth\.login",status="401"\}/);
    expect(text).not.toMatch(/procedure="auth\.login",status="207"/);
  });

  it("sets the Secure cookie behind an HTTPS proxy and refuses cross-site mutations", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/trpc/auth.login",
      payload: { username: "evaluator", password: DEMO_PASSWORD },
      headers: { "x-forwarded-proto": "https" },
      remoteAddress: "10.8.0.1",
    });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers["set-cookie"])).toContain("Secure");
    const cross = await app.inject({
      method: "POST",
      url: "/trpc/auth.logout",
      payload: {},
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(cross.statusCode).toBe(403);
    expect(appOf(cross).message.en).toBe("Requests from other sites are refused");
    const sameOrigin = await app.inject({
      method: "POST",
      url: "/trpc/auth.logout",
      payload: {},
      headers: { origin: "http://localhost:3000", host: "localhost:3000", "sec-fetch-site": "same-origin" },
    });
    expect(sameOrigin.statusCode).toBe(200);
  });

  it("takes an Excel import up to its stated limit and answers every error in both languages", async () => {
    const big = "A".repeat(3 * 1024 * 1024);
    const imp = await app.inject({ method: "POST", url: "/trpc/enterprises.importCheck", payload: { fileBase64: big } });
    expect(imp.statusCode).toBe(401); // past the body limit: reached the procedure
    const other = await app.inject({ method: "POST", url: "/trpc/nodes.create", payload: { name: big } });
    expect(other.statusCode).toBe(413);
    expect(appOf(other).message).toEqual({ zh: "请求内容过大：上限 1 MB", en: "Request too large: the limit is 1 MB" });
    const huge = await app.inject({
      method: "POST",
      url: "/trpc/enterprises.importCheck",
      payload: { fileBase64: "A".repeat(15 * 1024 * 1024) },
    });
    expect(huge.statusCode).toBe(413);
    expect(appOf(huge).message.zh).toBe("请求内容过大：上限 10 MB");
    for (const r of [
      await app.inject({ method: "PUT", url: "/healthz" }),
      await app.inject({ method: "POST", url: "/trpc/nodes.create", headers: { "content-type": "text/xml" }, payload: "<x/>" }),
      await app.inject({ method: "POST", url: "/trpc/nodes.create", headers: { "content-type": "application/json" }, payload: "{bad" }),
      await app.inject({ url: "/trpc/no.such" }),
    ]) {
      expect(r.statusCode).toBeGreaterThanOrEqual(400);
      expect(appOf(r)).toMatchObject({ code: expect.any(String), message: { zh: expect.any(String), en: expect.any(String) } });
    }
  });
});
