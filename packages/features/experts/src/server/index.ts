import { z } from "zod";
import { defineServerFeature, mergeRouters, procedure, router } from "@qifu/trpc-core";
import { expertsExport } from "./export";
import { expertsResource } from "./resources";
import { seedExperts } from "./seed";

/** The evaluator accounts a pool entry can be linked to (the district admin's form). */
const evaluatorAccounts = procedure(["DISTRICT_ADMIN"], { description: "Evaluator accounts an expert can sign in with" })
  .output(z.array(z.object({ id: z.string(), username: z.string(), displayName: z.string() })))
  .query(({ ctx }) =>
    ctx.db.user.findMany({
      where: { role: "EVALUATOR", active: true },
      select: { id: true, username: true, displayName: true },
      orderBy: { username: "asc" },
    }),
  );

/** 专家库 (expert pool): the routers this feature adds to the root router. */
export const expertsRouters = {
  experts: mergeRouters(expertsResource.router, router({ evaluatorAccounts, export: expertsExport })),
};
export { expertScope } from "./resources";

/** This feature's server manifest (packages/api/src/features.ts lists it). */
export const serverFeature = defineServerFeature({
  name: "experts",
  routers: expertsRouters,
  seedAfterAccounts: (tx) => seedExperts(tx),
});
