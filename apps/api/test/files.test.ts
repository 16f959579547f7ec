import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { testDatabaseKind } from "@qifu/db/testing";
import type { TDatabase } from "@qifu/db";
import {
  attachFiles,
  configureFileStorage,
  fileStorage,
  LocalDiskStorage,
  installServerFeatures,
  makeContext,
  type TSessionUser,
} from "@qifu/trpc-core";
import { startSeededServer, type TSeededServer } from "./fixture";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/** The shared files mechanism over HTTP: type and size checks, attach rules, who may download. */
describe(`files on ${testDatabaseKind()}`, () => {
  let server: TSeededServer, app: FastifyInstance, db: TDatabase;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qifu-files-"));
  let cookies: Record<string, string> = {};
  // a made-up owner kind: records "open-*" are readable by every signed-in user, others by nobody
  // (a test feature's manifest, installed the way packages/api installs the real ones)
  installServerFeatures([
    { name: "files-test", routers: {}, fileOwners: { "test-record": async (ctx, id) => Boolean(ctx.user) && id.startsWith("open-") } },
  ]);

  let previousStorage: ReturnType<typeof fileStorage>;
  beforeAll(async () => {
    previousStorage = fileStorage();
    configureFileStorage(new LocalDiskStorage(dir));
    ({ app, db, cookies } = server = await startSeededServer({ loginRateLimit: false, signIn: ["district", "enterprise", "shiling"] }));
  });
  afterAll(async () => {
    await server?.close();
    // the worker's next file shares this process (isolate: false): give it back the storage it had
    configureFileStorage(previousStorage);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const upload = (who: string | null, name: string, bytes: Buffer) =>
    app.inject({
      method: "POST",
      url: "/files",
      headers: {
        "content-type": "application/octet-stream",
        "x-file-name": encodeURIComponent(name),
        ...(who ? { cookie: cookies[who] } : {}),
      },
      payload: bytes,
    });
  const userOf = async (username: string): Promise<TSessionUser> => {
    const u = await db.prisma.user.findUniqueOrThrow({ where: { username } });
    return {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role as TSessionUser["role"],
      townId: u.townId,
      nodeId: u.nodeId,
      enterpriseId: u.enterpriseId,
      departmentId: u.departmentId,
    };
  };

  it("keeps an upload from a signed-in user and gives it back to them", async () => {
    const res = await upload("enterprise", "营业执照 扫描件.pdf", PDF);
    expect(res.statusCode).toBe(200);
    const file = JSON.parse(res.body);
    expect(file).toMatchObject({ name: "营业执照 扫描件.pdf", mime: "application/pdf", size: PDF.length });
    const down = await app.inject({ url: file.url, headers: { cookie: cookies.enterprise } });
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(PDF)).toBe(true);
    expect(String(down.headers["content-disposition"])).toContain("attachment");
  });

  it("refuses anonymous uploads, wrong types, disguised files and empty or huge files with bilingual messages", async () => {
    expect((await upload(null, "a.pdf", PDF)).statusCode).toBe(401);
    const exe = await upload("enterprise", "tool.exe", Buffer.from("MZ\x90\x00"));
    expect(exe.statusCode).toBe(400);
    expect(JSON.parse(exe.body).error.data.app.message.zh).toContain("不支持这种文件类型");
    const disguised = await upload("enterprise", "photo.png", PDF);
    expect(disguised.statusCode).toBe(400);
    expect(JSON.parse(disguised.body).error.data.app.message.en).toContain("does not match");
    expect((await upload("enterprise", "empty.txt", Buffer.alloc(0))).statusCode).toBeGreaterThanOrEqual(400);
    const huge = await upload("enterprise", "big.txt", Buffer.alloc(10 * 1024 * 1024 + 10, 0x61));
    expect(huge.statusCode).toBe(413);
    // a path in the name is dropped, never used
    const sneaky = JSON.parse((await upload("enterprise", "../../etc/passwd.txt", Buffer.from("hello"))).body);
    expect(sneaky.name).toBe("passwd.txt");
    expect(await db.prisma.storedFile.count({ where: { name: { contains: "/" } } })).toBe(0);
  });

  it("lets only the owner kind's readers download an attached file, and attaches a file once", async () => {
    const enterprise = await userOf("enterprise");
    const open = JSON.parse((await upload("enterprise", "a.png", PNG)).body);
    const closed = JSON.parse((await upload("enterprise", "b.png", PNG)).body);
    const ctx = makeContext(db.prisma, enterprise);
    await attachFiles(ctx, { fileIds: [open.id], ownerKind: "test-record", ownerId: "open-1" });
    await attachFiles(ctx, { fileIds: [closed.id], ownerKind: "test-record", ownerId: "closed-1" });
    // another user: readable through the owner's rule only
    expect((await app.inject({ url: open.url, headers: { cookie: cookies.shiling } })).statusCode).toBe(200);
    expect((await app.inject({ url: closed.url, headers: { cookie: cookies.shiling } })).statusCode).toBe(404);
    expect((await app.inject({ url: open.url })).statusCode).toBe(404);
    // once attached, it cannot be attached again, and nobody else's upload can be taken
    await expect(attachFiles(ctx, { fileIds: [open.id], ownerKind: "test-record", ownerId: "open-2" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    const others = JSON.parse((await upload("district", "c.png", PNG)).body);
    await expect(attachFiles(ctx, { fileIds: [others.id], ownerKind: "test-record", ownerId: "open-3" })).rejects.toMatchObject({
      fields: [{ path: "fileIds" }],
    });
  });

  it("refuses more than five files on one record", async () => {
    const enterprise = await userOf("enterprise");
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push(JSON.parse((await upload("enterprise", `p${i}.png`, PNG)).body).id);
    const ctx = makeContext(db.prisma, enterprise);
    await attachFiles(ctx, { fileIds: ids.slice(0, 4), ownerKind: "test-record", ownerId: "open-many" });
    await expect(attachFiles(ctx, { fileIds: ids.slice(4), ownerKind: "test-record", ownerId: "open-many" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await db.prisma.storedFile.count({ where: { ownerId: "open-many" } })).toBe(4);
  });
});
