import { z } from "zod";
import { STAFF_ROLES, type TLabel, type TRole } from "@qifu/domain";
import { createCallerFactory, procedure, router } from "./trpc";

/**
 * A staff member's to-do counts (the console's home page): each feature registers what its
 * roles have waiting — 待受理诉求, 待审核产品 … — as a list procedure and a filter. The count
 * is that list's `total` for the caller, through the procedure itself, so its policy and the
 * caller's scope apply exactly as on the list the count opens: a number never disagrees with
 * the list behind it, and a town admin never counts another town's rows.
 */
export type TTodo = {
  key: string;
  label: TLabel;
  /** The roles that handle these rows; others do not see the item. */
  roles: readonly TRole[];
  /** Node staff see it only at nodes of these kinds (a financial institution answers financing needs). */
  nodeKinds?: readonly string[];
  /** A list procedure of the resource contract's shape ("appeals.list"): `{ pagination, filter }` in, `{ total }` out. */
  list: string;
  filter?: Record<string, unknown>;
  /** The console list it opens: the resource and its filter (the same filter unless told otherwise). */
  link: { resource: string; filter?: Record<string, unknown> };
  tone?: "info" | "warning" | "danger";
  /** Position on the page (lower first). */
  order: number;
};

const registry = new Map<string, TTodo>();

/** Registered from the features' manifests (installServerFeatures), not by the features themselves. */
export function registerTodo(todo: TTodo) {
  registry.set(todo.key, todo);
  return todo;
}
export const listTodos = () => [...registry.values()].sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));

const ZLabel = z.object({ zh: z.string(), en: z.string() });
export const ZTodoCount = z.object({
  key: z.string(),
  label: ZLabel,
  count: z.number().int(),
  tone: z.enum(["info", "warning", "danger"]),
  link: z.object({ resource: z.string(), filter: z.record(z.string(), z.unknown()) }),
});
export type TTodoCount = z.infer<typeof ZTodoCount>;

/** Any router a caller can be made of (the root router, for `todoRouter`). */
export type TCallableRouter = Parameters<typeof createCallerFactory>[0];

type TListCall = (input: unknown) => Promise<{ total: number }>;

/** `todo.counts` over the root router (given lazily: the root router contains this one). */
export function todoRouter(root: () => TCallableRouter) {
  return router({
    counts: procedure(STAFF_ROLES, { description: "The caller's to-do counts, each within the caller's scope" })
      .output(z.array(ZTodoCount))
      .query(async ({ ctx }) => {
        const role = ctx.user!.role;
        const caller = createCallerFactory(root())(ctx) as unknown as Record<string, unknown>;
        const nodeKind = ctx.user!.nodeId
          ? ((await ctx.db.node.findUnique({ where: { id: ctx.user!.nodeId }, select: { kind: true } }))?.kind ?? null)
          : null;
        const mine = listTodos().filter(
          (t) => t.roles.includes(role) && (!t.nodeKinds || (nodeKind !== null && t.nodeKinds.includes(nodeKind))),
        );
        return Promise.all(
          mine.map(async (t) => {
            const list = t.list.split(".").reduce<unknown>((at, part) => (at as Record<string, unknown>)[part], caller) as TListCall;
            const { total } = await list({ pagination: { page: 1, perPage: 1 }, ...(t.filter ? { filter: t.filter } : {}) });
            return {
              key: t.key,
              label: t.label,
              count: total,
              tone: t.tone ?? "info",
              link: { resource: t.link.resource, filter: t.link.filter ?? t.filter ?? {} },
            };
          }),
        );
      }),
  });
}
