import { createTestDatabase } from "@qifu/db/testing";
import type { TDatabase } from "@qifu/db";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { configureFileStorage, createCallerFactory, LocalDiskStorage, makeContext, type TSessionUser } from "@qifu/trpc-core";
import { appRouter } from "./root";
import { seedDemoData } from "./seed";

const createCaller = createCallerFactory(appRouter);
export type TCaller = ReturnType<typeof createCaller>;

/**
 * A seeded test database and callers that act as any demo account (or anonymous),
 * going through the same procedures, policies and scopes as HTTP requests do.
 */
export async function createTestPlatform(opts: { seed?: boolean } = {}) {
  // uploads made by a test go to a temporary folder, not the developer's .data
  configureFileStorage(new LocalDiskStorage(fs.mkdtempSync(path.join(os.tmpdir(), "qifu-test-files-"))));
  const db: TDatabase = await createTestDatabase();
  if (opts.seed !== false) await seedDemoData(db.prisma);

  async function userOf(username: string): Promise<TSessionUser> {
    const u = await db.prisma.user.findUniqueOrThrow({ where: { username } });
    return { id: u.id, username: u.username, displayName: u.displayName, role: u.role as TSessionUser["role"], townId: u.townId, nodeId: u.nodeId, enterpriseId: u.enterpriseId, departmentId: u.departmentId };
  }
  return {
    db,
    prisma: db.prisma,
    anonymous: () => createCaller(makeContext(db.prisma, null)),
    as: async (username: string) => createCaller(makeContext(db.prisma, await userOf(username))),
    asUser: (user: TSessionUser) => createCaller(makeContext(db.prisma, user)),
    userOf,
    close: () => db.close(),
  };
}
