import { PrismaClient } from "../generated/client";
import { driverAdapterFor, type TDriver, type TPoolStats } from "./adapter";
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
  close(): Promise<void>;
};

/**
 * Open the database named by the URL (DATABASE_URL by default), apply pending migrations
 * and return a Prisma client over it. One function for the server, the seed and the tests.
 */
export async function openDatabase(url = process.env.DATABASE_URL): Promise<TDatabase & { applied: string[] }> {
  const driver = await driverAdapterFor(url);
  const runner = await driver.openRunner();
  let applied: string[];
  try {
    applied = await migrate(runner);
  } finally {
    await runner.close();
  }
  const prisma = new PrismaClient({ adapter: driver.adapter, transactionOptions: { timeout: 20_000, maxWait: 10_000 } });
  return {
    kind: driver.kind,
    where: driver.where,
    prisma,
    applied,
    poolStats: () => driver.poolStats(),
    async close() {
      await prisma.$disconnect();
      await driver.close();
    },
  };
}
