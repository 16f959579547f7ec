import { openDatabase } from "@qifu/db";
import { startJobs } from "@qifu/api";

/** A separate jobs worker for PostgreSQL deployments: `QIFU_JOBS=off` on the API processes, then run this. */
const database = await openDatabase(process.env.DATABASE_URL);
const jobs = startJobs(database.prisma, (msg, extra) => console.log(JSON.stringify({ level: "info", msg, extra })));
console.log(`qifu worker: jobs running on ${database.kind} (${database.where})`);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, async () => {
    await jobs.stop();
    await database.close();
    process.exit(0);
  });
