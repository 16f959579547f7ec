import { openDatabase } from "@qifu/db";
import { seedDemoActivity, seedDemoData } from "@qifu/api";
import { backup, restore, targetOf } from "./backup";

/**
 * `pnpm qifu backup <file>`, `pnpm qifu restore <file>` and `pnpm qifu seed` for the database
 * named by DATABASE_URL (the embedded PGlite folder when unset). See docs/operations.md.
 */
async function main() {
  const [command, file] = process.argv.slice(2);
  const target = targetOf(process.env.DATABASE_URL);
  const where = target.kind === "postgres" ? target.url.replace(/\/\/[^@]*@/, "//***@") : target.dir;
  if (command === "backup" && file) {
    const { bytes } = await backup(target, file);
    console.log(`backed up ${target.kind} ${where} to ${file} (${(bytes / 1024).toFixed(0)} KiB)`);
  } else if (command === "restore" && file) {
    await restore(target, file);
    console.log(`restored ${file} into ${target.kind} ${where}`);
  } else if (command === "seed") {
    // idempotent: rows that exist are left as they are
    const database = await openDatabase(process.env.DATABASE_URL);
    await seedDemoData(database.prisma);
    await seedDemoActivity(database.prisma);
    await database.close();
    console.log(`demo data seeded into ${target.kind} ${where}`);
  } else {
    console.error(
      "usage: pnpm qifu backup <file> | pnpm qifu restore <file> | pnpm qifu seed   (DATABASE_URL or QIFU_DATA_DIR names the database)",
    );
    process.exit(2);
  }
}

main().catch((err) => {
  console.error(String(err?.message ?? err));
  process.exit(1);
});
