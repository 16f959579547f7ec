import { PrismaClient } from "../generated/client";
import { driverAdapterFor, type TDriver, type TDriverOptions, type TPoolStats } from "./adapter";
import { migrate } from "./migrate";

export { PrismaClient };
export type TDb = PrismaClient;
/** A Prisma client or the transaction client handed to `$transaction(async (tx) => …)`. */
export type TDbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type TDatabase = {
  kind: TDriver["kind"];
  where: string;
  prisma: PrismaClient;
  /** Database connections in use, idle and waited for (the /metrics pool gauges). */
  poolStats(): TPoolStats;
  /** PGlite only: its data folder as a tar (see TDriver). */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
};

/**
 * Open the database named by the URL (DATABASE_URL by default), apply pending migrations
 * and return a Prisma client over it. One function for the server, the seed and the tests.
 */
export async function openDatabase(
  url = process.env.DATABASE_URL,
  options: TDriverOptions = {},
): Promise<TDatabase & { applied: string[] }> {
  const driver = await driverAdapterFor(url, options);
  const runner = await driver.openRunner();
  let applied: string[];
  try {
    applied = await migrate(runner);
  } finally {
    await runner.close();
  }
  // maxWait: how long a write may queue for a free connection in a burst (200 appeals at once
  // with a pool of 10 took ~10 s on a loaded 2-core machine); past it the caller is told the
  // system is busy (P2028 → TOO_MANY_REQUESTS), never an internal error.
  const maxWait = Number(process.env.QIFU_TX_MAX_WAIT_MS ?? 30_000);
  const prisma = new PrismaClient({ adapter: driver.adapter, transactionOptions: { timeout: 20_000, maxWait } });
  return {
    kind: driver.kind,
    where: driver.where,
    prisma,
    applied,
    poolStats: () => driver.poolStats(),
    dumpDataDir: driver.dumpDataDir,
    async close() {
      await prisma.$disconnect();
      await driver.close();
    },
  };
}
