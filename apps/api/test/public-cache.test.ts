import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { testDatabaseKind } from "@qifu/db/testing";
import type { TDatabase } from "@qifu/db";
import { startSeededServer, type TSeededServer } from "./fixture";

/**
 * The short cache of anonymous public queries (bench:load, docs/performance.md): a repeat
 * within the TTL is served from memory; signed-in callers, non-public procedures, mutations
 * and errors never are; after the TTL the answer is fresh again.
 */
describe(`public query cache on ${testDatabaseKind()}`, () => {
  let server: TSeededServer, app: FastifyInstance, db: TDatabase;
  beforeAll(async () => {
    ({ app, db } = server = await startSeededServer({ loginRateLimit: false, publicCache: { ttlMs: 800, maxEntries: 10 } }));
  });
  afterAll(() => server?.close());

  const total = (body: string) => JSON.parse(body).result.data.totalActive as number;

  it("serves repeats of an anonymous public query from the cache, at most ttl old", async () => {
    const first = await app.inject({ url: "/trpc/network.overview" });
    expect(first.statusCode).toBe(200);
    expect(first.headers["x-qifu-cache"]).toBe("miss");
    const town = await db.prisma.town.findFirstOrThrow({ where: { code: "SHILING" } });
    await db.prisma.node.create({
      data: { id: "cache-probe", name: "缓存探针节点", kind: "ASSOCIATION", townId: town.id, status: "ACTIVE" },
    });
    const second = await app.inject({ url: "/trpc/network.overview" });
    expect(second.headers["x-qifu-cache"]).toBe("hit");
    expect(total(second.body)).toBe(total(first.body)); // stale, within the TTL
    await new Promise((r) => setTimeout(r, 900));
    const third = await app.inject({ url: "/trpc/network.overview" });
    expect(third.headers["x-qifu-cache"]).toBe("miss");
    expect(total(third.body)).toBe(total(first.body) + 1);
  });

  it("never caches for a signed-in caller, a staff procedure or an error", async () => {
    const cookie = await server.signIn("district");
    for (let i = 0; i < 2; i++) {
      const signedIn = await app.inject({ url: "/trpc/network.overview", headers: { cookie } });
      expect(signedIn.statusCode).toBe(200);
      expect(signedIn.headers["x-qifu-cache"]).toBeUndefined();
      const staff = await app.inject({ url: "/trpc/network.stats", headers: { cookie } });
      expect(staff.headers["x-qifu-cache"]).toBeUndefined();
      const refused = await app.inject({ url: "/trpc/network.stats" }); // 401 for an anonymous caller
      expect(refused.statusCode).toBe(401);
      expect(refused.headers["x-qifu-cache"]).toBeUndefined();
      const bad = await app.inject({ url: `/trpc/network.publicNode?input=${encodeURIComponent(JSON.stringify({ id: "no-such-node" }))}` });
      expect(bad.statusCode).toBe(404);
      expect(bad.headers["x-qifu-cache"]).toBeUndefined();
    }
    // a search is counted each time (search_log, the demand trends): never answered from the cache
    const search = `/trpc/site.search?input=${encodeURIComponent(JSON.stringify({ q: "检测" }))}`;
    const before = await db.prisma.searchLog.count();
    for (let i = 0; i < 2; i++) expect((await app.inject({ url: search })).headers["x-qifu-cache"]).toBeUndefined();
    expect(await db.prisma.searchLog.count()).toBe(before + 2);
    // auth.me for an anonymous caller is public too, but answers differently once signed in
    expect(JSON.parse((await app.inject({ url: "/trpc/auth.me", headers: { cookie } })).body).result.data.username).toBe("district");
  });
});
