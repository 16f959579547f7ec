import { defineConfig } from "prisma/config";
import { driverAdapterFor } from "./src/adapter";

// Prisma 6.19 with the JS engine: no native engine download (DESIGN.md §4).
// The adapter is chosen from DATABASE_URL: PGlite by default, PostgreSQL for postgres://.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    return (await driverAdapterFor(process.env.DATABASE_URL ?? "memory://")).adapter as any;
  },
});
