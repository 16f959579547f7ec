import { z } from "zod";
import { allows, type TPolicy } from "./policy";
import { procedure, router } from "./trpc";
import type { TCallableRouter } from "./todo";

type TProcedureDefs = Record<string, { _def: { meta?: { policy?: TPolicy } } }>;

/**
 * Which procedures the caller's role may call, read off the procedures' own policies: a front end
 * shows a menu entry, a page or a tile only when its data would not be refused (DESIGN.md §1:
 * the server decides; this only spares the caller a screen that would answer 403).
 */
export function permissionsRouter(root: () => TCallableRouter) {
  return router({
    callable: procedure("public", { description: "Of the given procedure paths, those the caller's role may call" })
      .input(z.object({ paths: z.array(z.string().min(1).max(200)).max(200) }))
      .output(z.array(z.string()))
      .query(({ ctx, input }) => {
        const procedures = (root() as unknown as { _def: { procedures: TProcedureDefs } })._def.procedures;
        return [...new Set(input.paths)].filter((path) => {
          const policy = procedures[path]?._def.meta?.policy;
          return policy !== undefined && allows(policy, ctx.user);
        });
      }),
  });
}
