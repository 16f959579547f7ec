import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { testDatabaseKind } from "@qifu/db/testing";
import type { TDatabase } from "@qifu/db";
import { DEMO_PASSWORD } from "@qifu/api";
import { cookieOf, startSeededServer, type TSeededServer } from "./fixture";

/** Auth over real HTTP: cookies, lockout, idle timeout, logout, and error bodies. */
describe(`HTTP auth and errors on ${testDatabaseKind()}`, () => {
  let server: TSeededServer, app: FastifyInstance, db: TDatabase;
  let clock = Date.now();
  beforeAll(async () => {
    // many sign-ins from one address: the per-IP limit is tested in operations.test.ts
    ({ app, db } = server = await startSeededServer({ now: () => new Date(clock), loginRateLimit: false }));
  });
  afterAll(() => server?.close());

  const login = (username: string, password: string) =>
    app.inject({ method: "POST", url: "/trpc/auth.login", payload: { username, password } });
  const me = async (cookie: string) => JSON.parse((await app.inject({ url: "/trpc/auth.me", headers: { cookie } })).body).result?.data;

  it("signs in with an httpOnly SameSite cookie that holds no user data", async () => {
    const res = await login("district", DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers["set-cookie"]);
    expect(setCookie).toMatch(/^qifu_session=[A-Za-z0-9_-]{40,};/);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Strict");
    expect((await me(cookieOf(res))).role).toBe("DISTRICT_ADMIN");
    // the database keeps only a hash of the token
    const token = cookieOf(res).split("=")[1];
    expect(await db.prisma.session.count({ where: { tokenHash: token } })).toBe(0);
  });

  it("makes one address wait after 5 failed sign-ins of an account (issue 11: per account and source)", async () => {
    for (let i = 0; i < 4; i++) {
      const r = await login("xinhua", "wrong-password-1");
      expect(r.statusCode).toBe(401);
      expect(JSON.parse(r.body).error.data.app.message).toEqual({ zh: "用户名或密码错误", en: "Wrong username or password" });
    }
    const fifth = await login("xinhua", "wrong-password-1");
    expect(fifth.statusCode).toBe(429);
    expect(JSON.parse(fifth.body).error.data.app.message.zh).toContain("登录失败次数过多");
    // even the right password is refused while locked
    expect((await login("xinhua", DEMO_PASSWORD)).statusCode).toBe(429);
    clock += 2 * 60_000; // the first wait is a minute; abuse-auth.test.ts tests the rest
    expect((await login("xinhua", DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it("refuses a session idle for more than 30 minutes", async () => {
    const cookie = cookieOf(await login("shiling", DEMO_PASSWORD));
    clock += 29 * 60_000;
    expect(await me(cookie)).not.toBeNull(); // activity renews the idle clock
    clock += 29 * 60_000;
    expect(await me(cookie)).not.toBeNull();
    clock += 31 * 60_000;
    expect(await me(cookie)).toBeNull();
    const res = await app.inject({ url: "/trpc/network.stats", headers: { cookie } });
    expect(res.statusCode).toBe(401);
    clock -= 31 * 60_000; // the session stays dead even if the clock went back
    expect(await me(cookie)).toBeNull();
  });

  it("logout kills the session on the server, not just the cookie", async () => {
    const cookie = cookieOf(await login("operator", DEMO_PASSWORD));
    expect(await me(cookie)).not.toBeNull();
    const out = await app.inject({ method: "POST", url: "/trpc/auth.logout", headers: { cookie }, payload: {} });
    expect(out.statusCode).toBe(200);
    expect(await me(cookie)).toBeNull();
  });

  it("answers bad input with 400 and a bilingual body, never a stack or SQL", async () => {
    const cookie = cookieOf(await login("district", DEMO_PASSWORD));
    const res = await app.inject({
      method: "POST",
      url: "/trpc/nodes.create",
      headers: { cookie },
      payload: { name: "", kind: "NOPE", staffCount: -1 },
    });
    expect(res.statusCode).toBe(400);
    const body = JSON.parse(res.body).error;
    expect(body.data.app.code).toBe("VALIDATION");
    expect(body.data.app.fields.map((f: any) => f.path)).toEqual(["name", "kind", "staffCount"]);
    expect(res.body).not.toMatch(/stack|prisma|SELECT|at \//i);

    const malformed = await app.inject({
      method: "POST",
      url: "/trpc/nodes.create",
      headers: { cookie, "content-type": "application/json" },
      payload: "{not json",
    });
    expect(malformed.statusCode).toBeGreaterThanOrEqual(400);
    expect(malformed.statusCode).toBeLessThan(500);
    expect(malformed.body).not.toMatch(/stack|at \//i);
  });

  it("enforces the password rules when changing a password", async () => {
    const cookie = cookieOf(await login("evaluator", DEMO_PASSWORD));
    const weak = await app.inject({
      method: "POST",
      url: "/trpc/auth.changePassword",
      headers: { cookie },
      payload: { currentPassword: DEMO_PASSWORD, newPassword: "abcdefghij" },
    });
    expect(weak.statusCode).toBe(400);
    expect(JSON.parse(weak.body).error.data.app.fields[0]).toMatchObject({
      path: "newPassword",
      message: { zh: "密码须同时包含字母和数字" },
    });
  });

  it("sends security headers", async () => {
    const res = await app.inject({ url: "/healthz" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-request-id"]).toBeTruthy();
  });
});
