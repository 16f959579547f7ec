export { appRouter, type AppRouter } from "./root";
export { serverFeatures } from "./features";
export { createCallerFactory } from "@qifu/trpc-core";
export { seedDemoData, seedDemoActivity, isEmpty, DEMO_ACCOUNTS, DEMO_PASSWORD } from "./seed";
export { codeOf, createSeededTestDatabase, createTestPlatform, refusalOf, type TCaller } from "./testing";
export { startJobs, sweepHousekeeping } from "./jobs";
