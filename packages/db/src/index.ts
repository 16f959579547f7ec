export * from "./client";
export { driverAdapterFor, repoRoot, defaultDataDir, type TSqlRunner, type TPoolStats } from "./adapter";
export { migrate, readMigrations } from "./migrate";
export { newId } from "./ids";
export { Prisma } from "../generated/client";
