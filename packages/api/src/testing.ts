import { createTestDatabase, SEEDED_SNAPSHOT_ENV } from "@qifu/db/testing";
import type { TDatabase } from "@qifu/db";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TAppErrorBody } from "@qifu/domain";
import { appErrorBody, configureFileStorage, createCallerFactory, LocalDiskStorage, makeContext, type TSessionUser } from "@qifu/trpc-core";
import { appRouter } from "./root";
import { seedDemoData } from "./seed";

const createCaller = createCallerFactory(appRouter);
export type TCaller = ReturnType<typeof createCaller>;

/**
 * A test database with the demo seed: a copy of the run's seeded snapshot when the test setup
 * made one (tests/seeded-snapshot.ts), otherwise migrated and seeded here (a file run on its own).
 */
export async function createSeededTestDatabase(): Promise<TDatabase> {
  const snapshot = process.env[SEEDED_SNAPSHOT_ENV];
  if (snapshot) return createTestDatabase({ fromSnapshot: snapshot });
  const db = await createTestDatabase();
  try {
    await seedDemoData(db.prisma);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/**
 * A seeded test database and callers that act as any demo account (or anonymous),
 * going through the same procedures, policies and scopes as HTTP requests do.
 */
export async function createTestPlatform(opts: { seed?: boolean } = {}) {
  // uploads made by a test go to a temporary folder, not the developer's .data
  configureFileStorage(new LocalDiskStorage(fs.mkdtempSync(path.join(os.tmpdir(), "qifu-test-files-"))));
  const db: TDatabase = opts.seed === false ? await createTestDatabase() : await createSeededTestDatabase();

  async function userOf(username: string): Promise<TSessionUser> {
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
  }
  return {
    db,
    prisma: db.prisma,
    anonymous: () => createCaller(makeContext(db.prisma, null)),
    as: async (username: string) => createCaller(makeContext(db.prisma, await userOf(username))),
    asUser: (user: TSessionUser) => createCaller(makeContext(db.prisma, user)),
    userOf,
    /** The id of the town with this code (seeded towns: "SHILING", "XINHUA" …). */
    townId: async (code: string) => (await db.prisma.town.findUniqueOrThrow({ where: { code }, select: { id: true } })).id,
    close: () => db.close(),
  };
}

/** "OK", or the code a call was refused with (FORBIDDEN, NOT_FOUND, VALIDATION …): tests of scope read from the refused side. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (e: any) {
    return e.cause?.code ?? e.code;
  }
}

/** The refusal of a call as the HTTP layer answers it (code, zh/en message, field errors); `path` is the procedure, for field labels. */
export async function refusalOf(promise: Promise<unknown>, path: string): Promise<TAppErrorBody> {
  try {
    await promise;
  } catch (e: any) {
    return appErrorBody(e, path);
  }
  throw new Error(`expected ${path} to be refused`);
}
