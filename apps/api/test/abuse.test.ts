import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { testDatabaseKind } from "@qifu/db/testing";
import type { TDatabase } from "@qifu/db";
import { sweepHousekeeping } from "@qifu/api";
import { configureFileStorage, fileStorage, LocalDiskStorage } from "@qifu/trpc-core";
import { startSeededServer, type TSeededServer } from "./fixture";

const PASSWORD = "Qifu-Abuse-Test-2026!";
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/**
 * Issue 11 (data exposure and races), attacked over HTTP as the issue describes. On PostgreSQL
 * the races run as real parallel requests (Promise.all); on PGlite the same tests run serially.
 */
describe(`abuse resistance: exposure and races on ${testDatabaseKind()}`, () => {
  let server: TSeededServer, app: FastifyInstance, db: TDatabase;
  const log: string[] = [];
  let cookies: Record<string, string> = {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qifu-abuse-"));

  const call = (kind: "query" | "mutation", proc: string, input: unknown, cookie?: string, headers: Record<string, string> = {}) =>
    kind === "query"
      ? app.inject({
          method: "GET",
          url: `/trpc/${proc}?input=${encodeURIComponent(JSON.stringify(input))}`,
          headers: { ...(cookie ? { cookie } : {}), ...headers },
        })
      : app.inject({
          method: "POST",
          url: `/trpc/${proc}`,
          headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}), ...headers },
          payload: JSON.stringify(input),
        });
  const as = (who: string) => ({
    q: (proc: string, input?: unknown) => call("query", proc, input, cookies[who]),
    m: (proc: string, input?: unknown) => call("mutation", proc, input, cookies[who]),
  });
  const appOf = (res: { body: string }) => JSON.parse(res.body)?.error?.data?.app;
  const dataOf = (res: { body: string }) => JSON.parse(res.body).result.data;
  const bilingual = (res: { body: string }) => {
    const a = appOf(res);
    expect(a?.message?.zh?.trim()).toBeTruthy();
    expect(a?.message?.en?.trim()).toBeTruthy();
    return a;
  };
  /** Sign up an enterprise account claiming `creditCode` (anonymous, over HTTP); its cookie under `username`. */
  const register = async (username: string, creditCode: string, townId: string) => {
    const res = await call("mutation", "enterpriseAccount.register", {
      username,
      password: PASSWORD,
      creditCode,
      name: "认领测试企业有限公司",
      townId,
      contactName: "张三",
      contactPhone: "020-86880000",
    });
    expect(res.statusCode, res.body).toBe(200);
    cookies[username] = String(res.headers["set-cookie"]).split(";")[0];
  };

  let previousStorage: ReturnType<typeof fileStorage>;
  beforeAll(async () => {
    process.env.QIFU_OPEN311_RATE_LIMIT = "3";
    previousStorage = fileStorage();
    configureFileStorage(new LocalDiskStorage(dir));
    ({ app, db, cookies } = server = await startSeededServer({
      logLevel: "info",
      loginRateLimit: false,
      logStream: { write: (line) => void log.push(line) },
      signIn: ["district", "shiling", "xinhua", "operator", "commissioner", "enterprise"],
    }));
  });
  afterAll(async () => {
    delete process.env.QIFU_OPEN311_RATE_LIMIT;
    await server?.close();
    // the worker's next file shares this process (isolate: false): give it back the storage it had
    configureFileStorage(previousStorage);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // ---- point 7
  it("refuses lone surrogates, NUL and noncharacters in any input with a 400 (zh/en), anonymous queries and mutations alike", async () => {
    const bad = ["\uD800", "abc\uDFFF", "名\u0000称", "x\uFFFE", "\uFDD0"];
    for (const s of bad) {
      const q = await call("query", "serviceStations.publicList", { q: s });
      expect(q.statusCode, q.body).toBe(400);
      expect(bilingual(q).code).toBe("VALIDATION");
      const m = await call("mutation", "enterpriseAccount.register", {
        username: "surrogate1",
        password: PASSWORD,
        creditCode: "x",
        name: `企业${s}`,
        townId: "x",
      });
      expect(m.statusCode, m.body).toBe(400);
      expect(bilingual(m).fields[0].path).toBe("name");
    }
    // a valid pair (an emoji) is fine
    expect((await call("query", "serviceStations.publicList", { q: "😀" })).statusCode).toBe(200);
    expect(log.join("\n")).not.toMatch(/"level":50/); // nothing logged as an internal error
  });

  // ---- point 5
  it("the enterprise's appeal answers carry no internal notes or supervision: field names and timeline", async () => {
    const category = await db.prisma.appealCategory.findFirstOrThrow({ where: { active: true } });
    const created = await as("enterprise").m("appeals.create", {
      title: "用电报装迟迟未办",
      description: "企业新厂房用电报装申请已提交一个月仍未办理，请协调。",
      categoryId: category.id,
      urgency: "NORMAL",
      mayPublish: false,
      fileIds: [],
    });
    expect(created.statusCode, created.body).toBe(200);
    const id = dataOf(created).id as string;
    const sup = await as("district").m("appeals.supervise", { id, level: "YELLOW", note: "督办：内部要求三日内答复" });
    expect(sup.statusCode, sup.body).toBe(200);
    await db.prisma.appealEvent.create({
      data: {
        id: `zz-note-${id}`,
        appealId: id,
        at: new Date(),
        kind: "NOTE",
        actorName: "经办人",
        actorRole: "TOWN_ADMIN",
        note: "办理备注：该企业老板难沟通",
      },
    });
    await db.prisma.appeal.update({ where: { id }, data: { hardBone: true } });

    const staff = dataOf(await as("district").q("appeals.get", { id }));
    expect(Object.keys(staff)).toEqual(expect.arrayContaining(["supervisionLevel", "hardBone", "callbackPending"]));
    for (const res of [
      await as("enterprise").q("appeals.get", { id }),
      await as("enterprise").q("appeals.list", { pagination: { page: 1, perPage: 100 } }),
      await as("enterprise").q("appeals.getMany", { ids: [id] }),
    ]) {
      expect(res.statusCode).toBe(200);
      const data = dataOf(res);
      const rows = Array.isArray(data) ? data : data.data ? data.data : [data];
      for (const row of rows)
        for (const field of ["supervisionLevel", "hardBone", "callbackPending"]) expect(Object.keys(row)).not.toContain(field);
      expect(res.body).not.toContain("督办：内部要求");
      expect(res.body).not.toContain("办理备注：");
    }
    const own = dataOf(await as("enterprise").q("appeals.get", { id }));
    expect(own.events.map((e: { kind: string }) => e.kind)).not.toEqual(expect.arrayContaining(["NOTE"]));
    expect(own.events.map((e: { kind: string }) => e.kind)).not.toContain("SUPERVISE");
    // an enterprise step answers with the enterprise DTO too
    const withdrawn = await as("enterprise").m("appeals.withdraw", { id });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(Object.keys(dataOf(withdrawn))).not.toContain("supervisionLevel");
  });

  // ---- point 12
  it("public pages show office numbers only, never the on-call person's name or mobile; signed-in staff still see them", async () => {
    // the on-call contacts are the station nodes' contact fields (a station is a node); some are personal mobiles
    const contacts = await db.prisma.node.findMany({
      where: { kind: "SERVICE_STATION" },
      select: { contactName: true, contactPhone: true },
    });
    const mobiles = contacts.map((c) => c.contactPhone ?? "").filter((p) => /^1[3-9]\d{9}$/.test(p));
    expect(mobiles.length).toBeGreaterThan(0);
    const names = contacts.map((c) => c.contactName).filter((n): n is string => !!n);
    const noPersonal = (res: { statusCode: number; body: string }, fieldsToo = true) => {
      expect(res.statusCode, res.body).toBe(200);
      for (const m of mobiles) expect(res.body).not.toContain(m);
      for (const n of names) expect(res.body).not.toContain(`"${n}"`);
      // (a service product publishes a contact of its own: the search's services keep theirs)
      if (fieldsToo) expect(res.body).not.toMatch(/"(onCallPhone|onCallName|contactPhone|contactName)"/);
    };
    // the carrier pages
    const list = await call("query", "serviceStations.publicList", { perPage: 60 });
    noPersonal(list);
    for (const s of dataOf(list).data) expect(Object.keys(s)).toContain("officePhone");
    const station = dataOf(list).data.find((s: { officePhone: string | null }) => s.officePhone)!;
    expect(station.officePhone).toMatch(/^0\d{2,3}-/);
    noPersonal(await call("query", "serviceStations.publicGet", { id: station.id }));
    // the network's node pages, directory and home, and the site search (with the stations it offers when nothing is found)
    noPersonal(await call("query", "network.publicNode", { id: station.nodeId }));
    noPersonal(await call("query", "network.directory", { kind: "SERVICE_STATION", perPage: 60 }));
    noPersonal(await app.inject({ method: "GET", url: "/trpc/network.overview" }));
    const search = await call("query", "site.search", { q: "服务站" });
    noPersonal(search, false);
    for (const n of dataOf(search).nodes.data) expect(Object.keys(n)).not.toContain("contactPhone");
    expect(dataOf(search).nodes.data.length).toBeGreaterThan(0);
    const none = await call("query", "site.search", { q: "zzqqxxvv" });
    noPersonal(none);
    expect(dataOf(none).stations.length).toBeGreaterThan(0);
    expect(Object.keys(dataOf(await call("query", "network.publicNode", { id: station.nodeId })).node)).toContain("officePhone");
    // signed-in staff read the on-call contact, through the station and through its node
    const staff = dataOf(await as("district").q("serviceStations.get", { id: station.id }));
    expect(staff.onCallPhone).toBeTruthy();
    expect(staff.officePhone).toBe(station.officePhone);
    const mobileStation = await db.prisma.serviceStation.findFirstOrThrow({ where: { node: { contactPhone: { in: mobiles } } } });
    expect(dataOf(await as("district").q("nodes.get", { id: mobileStation.nodeId })).contactPhone).toMatch(/^1[3-9]\d{9}$/);
    // and an enterprise account is no staff: its public pages are the same
    noPersonal(await as("enterprise").q("serviceStations.publicList", { perPage: 60 }));
  });

  // ---- point 6
  it("Open311: the key goes in X-Api-Key, never into the log in clear, and is limited per key (429, zh/en)", async () => {
    const issued = dataOf(await as("district").m("open311Keys.create", { name: "限流测试热线" }));
    const key = issued.key as string;
    const byHeader = await app.inject({ method: "GET", url: "/open311/v2/requests.json", headers: { "x-api-key": key } });
    expect(byHeader.statusCode, byHeader.body).toBe(200);
    const byQuery = await app.inject({ method: "GET", url: `/open311/v2/requests.json?api_key=${key}` });
    expect(byQuery.statusCode).toBe(200);
    const text = log.join("\n");
    expect(text).toContain("api_key=[redacted]");
    expect(text).not.toContain(key);
    // the limit is 3 a minute here (QIFU_OPEN311_RATE_LIMIT): the 4th call with the key is refused
    await app.inject({ method: "GET", url: "/open311/v2/requests.json", headers: { "x-api-key": key } });
    const over = await app.inject({ method: "GET", url: "/open311/v2/requests.json", headers: { "x-api-key": key } });
    expect(over.statusCode).toBe(429);
    expect(over.json()[0].description).toMatch(/频繁.* \/ Too many requests/);
    // another key has its own budget
    const other = dataOf(await as("district").m("open311Keys.create", { name: "另一个热线" })).key;
    expect((await app.inject({ method: "GET", url: "/open311/v2/requests.json", headers: { "x-api-key": other } })).statusCode).toBe(200);
  });

  // ---- point 4: claims
  it("several claims may wait for one enterprise; approving one closes the others; a pending claim expires", async () => {
    const target = await db.prisma.enterprise.findFirstOrThrow({ where: { users: { none: {} }, town: { code: "SHILING" } } });
    await register("squatter1", target.creditCode, target.townId!);
    await register("realowner1", target.creditCode, target.townId!); // was "already pending" before
    const claims = await db.prisma.enterpriseClaim.findMany({ where: { creditCode: target.creditCode }, orderBy: { createdAt: "asc" } });
    expect(claims.map((c) => c.status)).toEqual(["PENDING", "PENDING"]);
    const ok = await as("shiling").m("enterpriseClaims.approve", { id: claims[1].id });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await db.prisma.enterpriseClaim.findUniqueOrThrow({ where: { id: claims[0].id } })).status).toBe("CLOSED");
    const late = await as("shiling").m("enterpriseClaims.approve", { id: claims[0].id });
    expect(late.statusCode).toBe(409);
    bilingual(late);

    const other = await db.prisma.enterprise.findFirstOrThrow({
      where: { users: { none: {} }, town: { code: "SHILING" }, id: { not: target.id } },
    });
    await register("stale1", other.creditCode, other.townId!);
    await db.prisma.enterpriseClaim.updateMany({
      where: { creditCode: other.creditCode },
      data: { createdAt: new Date(Date.now() - 31 * 86_400_000) },
    });
    expect((await sweepHousekeeping(db.prisma)).expiredClaims).toBe(1);
    expect((await db.prisma.enterpriseClaim.findFirstOrThrow({ where: { creditCode: other.creditCode } })).status).toBe("EXPIRED");
  });

  // ---- point 4: uploads
  it("an unverified account's uploads are capped; files never attached are removed by the housekeeping job", async () => {
    const target = await db.prisma.enterprise.findFirstOrThrow({ where: { users: { none: {} }, claims: { none: {} } } });
    await register("uploader1", target.creditCode, target.townId!);
    const upload = (who: string, n: number) =>
      app.inject({
        method: "POST",
        url: "/files",
        headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(`证照${n}.png`), cookie: cookies[who] },
        payload: PNG,
      });
    for (let i = 0; i < 5; i++) expect((await upload("uploader1", i)).statusCode).toBe(200);
    const sixth = await upload("uploader1", 5);
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().error.data.app.message.zh).toContain("限额");
    expect((await upload("enterprise", 0)).statusCode).toBe(200); // a verified account is not capped at 5
    // a lone surrogate in the file name is refused, not a 500
    const odd = await app.inject({
      method: "POST",
      url: "/files",
      headers: { "content-type": "application/octet-stream", "x-file-name": "%ED%A0%80.png", cookie: cookies.enterprise },
      payload: PNG,
    });
    expect(odd.statusCode).toBeLessThan(500);

    const user = await db.prisma.user.findUniqueOrThrow({ where: { username: "uploader1" } });
    await db.prisma.storedFile.updateMany({ where: { uploadedById: user.id }, data: { createdAt: new Date(Date.now() - 25 * 3_600_000) } });
    const swept = await sweepHousekeeping(db.prisma);
    expect(swept.orphanFiles).toBe(5);
    expect(await db.prisma.storedFile.count({ where: { uploadedById: user.id } })).toBe(0);
    expect((await upload("uploader1", 9)).statusCode).toBe(200); // the quota is a rolling day
  });

  // ---- point 8
  it("refuses a town admin parenting under another town's node, an operator lifting a suspension, linking another town's enterprise, an unassigned commissioner's issueToAppeal", async () => {
    const xinhua = await db.prisma.town.findFirstOrThrow({ where: { code: "XINHUA" } });
    const shiling = await db.prisma.town.findFirstOrThrow({ where: { code: "SHILING" } });
    const mine = await db.prisma.node.findFirstOrThrow({ where: { townId: xinhua.id, kind: { not: "TOWN_UNIT" } } });
    const theirs = await db.prisma.node.findFirstOrThrow({ where: { townId: shiling.id } });
    const move = await as("xinhua").m("nodes.update", { id: mine.id, data: { parentId: theirs.id } });
    expect(move.statusCode, move.body).toBe(403);
    expect(bilingual(move).fields[0].path).toBe("parentId");
    expect((await db.prisma.node.findUniqueOrThrow({ where: { id: mine.id } })).parentId).toBe(mine.parentId);

    const station = await db.prisma.serviceStation.findFirstOrThrow({ where: { operatorNodeId: "seed-node-SHILING-1" } });
    // a station's status is its node's (station_is_node)
    await db.prisma.node.update({ where: { id: station.nodeId }, data: { status: "SUSPENDED" } });
    const lift = await as("operator").m("serviceStations.update", { id: station.id, data: { status: "ACTIVE" } });
    expect(lift.statusCode, lift.body).toBe(403);
    expect((await db.prisma.node.findUniqueOrThrow({ where: { id: station.nodeId } })).status).toBe("SUSPENDED");
    // nor through the network's node form (the status is an admin-only field of a node)
    const viaNode = await as("operator").m("nodes.update", { id: station.nodeId, data: { status: "ACTIVE" } });
    expect([403, 404]).toContain(viaNode.statusCode);
    expect((await db.prisma.node.findUniqueOrThrow({ where: { id: station.nodeId } })).status).toBe("SUSPENDED");

    const foreign = await db.prisma.enterprise.findFirstOrThrow({ where: { townId: xinhua.id } });
    const park = await db.prisma.specializedPark.findFirst({ where: { townId: shiling.id } });
    if (park) {
      const add = await as("shiling").m("specializedParks.addResident", { parkId: park.id, enterpriseId: foreign.id });
      expect(add.statusCode, add.body).toBe(403);
      expect(add.body).not.toContain(foreign.tier === "NONE" ? "LITTLE_GIANT" : foreign.tier);
    }
    const cluster = await db.prisma.industrialCluster.findFirst({ where: { townId: shiling.id } });
    if (cluster) {
      const join = await as("shiling").m("industrialClusterMembers.create", { clusterId: cluster.id, enterpriseId: foreign.id });
      expect(join.statusCode, join.body).toBe(403);
    }
    expect(park ?? cluster).toBeTruthy();

    const log0 = await as("commissioner").m("visitLogs.create", {
      enterpriseId: "seed-enterprise-1",
      visitedOn: "2026-11-20",
      peopleMet: "总经理",
      summary: null,
      issues: [{ text: "希望协调解决厂区道路积水问题" }],
    });
    expect(log0.statusCode, log0.body).toBe(200);
    const issueId = dataOf(log0).issues[0].id;
    const assignment = await db.prisma.commissionerAssignment.findUniqueOrThrow({ where: { enterpriseId: "seed-enterprise-1" } });
    await db.prisma.commissionerAssignment.delete({ where: { id: assignment.id } });
    const category = await db.prisma.appealCategory.findFirstOrThrow({ where: { active: true } });
    const file = await as("commissioner").m("visitLogs.issueToAppeal", { issueId, categoryId: category.id });
    expect(file.statusCode, file.body).toBe(403);
    await db.prisma.commissionerAssignment.create({ data: assignment });
  });

  // ---- point 11
  it("figures an enterprise sets are self-reported until its town admin confirms them; only confirmed ones set the size class", async () => {
    const before = await db.prisma.enterprise.findUniqueOrThrow({ where: { id: "seed-enterprise-1" } });
    const set = await as("enterprise").m("enterprises.update", { id: before.id, data: { employees: 5000, revenueWan: 900_000 } });
    expect(set.statusCode, set.body).toBe(200);
    const self = dataOf(set);
    expect(self).toMatchObject({
      employees: 5000,
      revenueWan: 900_000,
      figuresSelfReported: true,
      sizeClass: before.sizeClass,
      confirmedEmployees: before.confirmedEmployees,
    });
    expect((await as("xinhua").m("enterprises.confirmFigures", { id: before.id })).statusCode).toBe(404); // not its town
    const confirmed = await as("shiling").m("enterprises.confirmFigures", { id: before.id });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(dataOf(confirmed)).toMatchObject({
      confirmedEmployees: 5000,
      confirmedRevenueWan: 900_000,
      figuresSelfReported: false,
      sizeClass: "LARGE",
    });
  });

  // ---- PostgreSQL races
  it("races: a claim approved and rejected at once, two pending claims of one account, two open requests for one product", async () => {
    const claimed = (await db.prisma.enterpriseClaim.findMany({ select: { creditCode: true } })).map((c) => c.creditCode);
    const target = await db.prisma.enterprise.findFirstOrThrow({
      where: { users: { none: {} }, creditCode: { notIn: claimed }, town: { code: "SHILING" } },
    });
    await register("racer1", target.creditCode, target.townId!);
    const claim = await db.prisma.enterpriseClaim.findFirstOrThrow({ where: { creditCode: target.creditCode } });
    const [a, r] = await Promise.all([
      as("shiling").m("enterpriseClaims.approve", { id: claim.id }),
      as("district").m("enterpriseClaims.reject", { id: claim.id, note: "资料不符" }),
    ]);
    expect([a.statusCode, r.statusCode].sort(), a.body + r.body).toEqual([200, 409]);
    const after = await db.prisma.enterpriseClaim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after.status).toBe(a.statusCode === 200 ? "APPROVED" : "REJECTED");
    const user = await db.prisma.user.findUniqueOrThrow({ where: { username: "racer1" } });
    expect(user.enterpriseId).toBe(a.statusCode === 200 ? target.id : null);

    // two pending claims of one account for one enterprise: the partial unique index refuses the second
    const second = db.prisma.enterpriseClaim.create({
      data: { id: "dup-claim-1", userId: user.id, creditCode: "X1", name: "重复", townId: target.townId! },
    });
    await db.prisma.enterpriseClaim.update({ where: { id: claim.id }, data: { status: "PENDING", creditCode: "X1" } });
    await expect(second).rejects.toThrow();

    const used = (
      await db.prisma.serviceRequest.findMany({
        where: { enterpriseId: "seed-enterprise-1", status: { in: ["PENDING", "ACCEPTED"] } },
        select: { productId: true },
      })
    ).map((x) => x.productId);
    const product = await db.prisma.serviceProduct.findFirstOrThrow({ where: { status: "PUBLISHED", id: { notIn: used } } });
    const channel = product.channel === "OFFLINE" ? "OFFLINE" : "ONLINE";
    const input = { productId: product.id, channel, note: "希望尽快安排服务" };
    const results = await Promise.all([
      as("enterprise").m("serviceRequests.create", input),
      as("enterprise").m("serviceRequests.create", input),
      as("enterprise").m("serviceRequests.create", input),
    ]);
    expect(results.map((x) => x.statusCode).sort()).toEqual([200, 409, 409]);
    for (const x of results.filter((y) => y.statusCode === 409)) expect(bilingual(x).message.zh).toContain("已申请过该服务");
    expect(
      await db.prisma.serviceRequest.count({
        where: { enterpriseId: "seed-enterprise-1", productId: product.id, status: { in: ["PENDING", "ACCEPTED"] } },
      }),
    ).toBe(1);
  });
});
