import { createTRPCProxyClient, httpBatchLink, TRPCClientError, type OperationResultEnvelope, type TRPCLink } from "@trpc/client";
import type { AnyRouter } from "@trpc/server";
import { observable, type Observer, type Unsubscribable } from "@trpc/server/observable";
import { TRPC_MAX_URL_LENGTH, type TAppErrorBody, type TLabel } from "@qifu/domain";

type TShared = {
  observers: Set<Observer<OperationResultEnvelope<unknown, TRPCClientError<AnyRouter>>, TRPCClientError<AnyRouter>>>;
  upstream?: Unsubscribable;
};

/**
 * One request for identical queries in flight: a page asks `auth.me` from its auth
 * provider, its layout and its identity hook at once, and each used to be a separate entry
 * of the same batch. The same procedure with the same input, while one is on its way,
 * shares that answer. Mutations always go on their own.
 */
export function dedupeLink<TRouter extends AnyRouter>(): TRPCLink<TRouter> {
  return () => {
    const inflight = new Map<string, TShared>();
    return ({ op, next }) => {
      if (op.type !== "query") return next(op);
      const key = `${op.path}\u0000${JSON.stringify(op.input ?? null)}`;
      return observable((observer) => {
        let shared = inflight.get(key);
        const first = !shared;
        if (!shared) {
          shared = { observers: new Set() };
          inflight.set(key, shared);
        }
        const entry = shared;
        entry.observers.add(observer);
        const done = () => {
          if (inflight.get(key) === entry) inflight.delete(key);
        };
        if (first)
          entry.upstream = next(op).subscribe({
            next: (value) => entry.observers.forEach((o) => o.next(value)),
            error: (err) => {
              done();
              entry.observers.forEach((o) => o.error(err));
            },
            complete: () => {
              done();
              entry.observers.forEach((o) => o.complete());
            },
          });
        return () => {
          entry.observers.delete(observer);
          if (entry.observers.size === 0) {
            done();
            entry.upstream?.unsubscribe();
          }
        };
      });
    };
  };
}

/**
 * The tRPC client every front end uses. The session travels in an httpOnly cookie, so the
 * client only needs same-origin requests; `url` defaults to this origin's /trpc.
 * Generic over the router type so that packages/ui never imports packages/api.
 */
export function createQifuClient<TRouter extends AnyRouter>(url = "/trpc") {
  return createTRPCProxyClient<TRouter>({
    // The server uses no transformer; typing the link on AnyRouter keeps TRouter's generic
    // transformer options from making the call unassignable.
    // A board page fires a dozen queries at once; one batched GET of them all outgrew Node's
    // 16 KB header limit (414). Batches split before TRPC_MAX_URL_LENGTH, which the server
    // accepts (apps/api server.ts), under proxies' 8 KB too. Identical queries share a request.
    links: [
      dedupeLink<TRouter>(),
      httpBatchLink<AnyRouter>({
        url,
        maxURLLength: TRPC_MAX_URL_LENGTH,
        fetch: (input, init) => fetch(input, { ...(init as RequestInit), credentials: "same-origin" }),
      }) as TRPCLink<TRouter>,
    ],
  });
}

/** The bilingual error body the server sends with every failure, if there is one. */
export function appErrorOf(err: unknown): TAppErrorBody | null {
  if (err instanceof TRPCClientError) {
    const app = (err.data as { app?: TAppErrorBody } | undefined)?.app;
    if (app) return app;
  }
  return null;
}

export function messageOf(err: unknown, lang: "zh" | "en" = "zh"): string {
  const app = appErrorOf(err);
  if (app) return app.message[lang];
  if (err instanceof TypeError) return lang === "zh" ? "网络连接失败，请检查网络后重试" : "Network error, please retry";
  return lang === "zh" ? "操作失败，请稍后重试" : "Something went wrong, please retry";
}

/** Field errors as { path: message } for form libraries (react-hook-form, react-admin). */
export function fieldErrorsOf(err: unknown, lang: "zh" | "en" = "zh"): Record<string, string> {
  const app = appErrorOf(err);
  return Object.fromEntries((app?.fields ?? []).filter((f) => f.path).map((f) => [f.path, f.message[lang]]));
}

export const isUnauthenticated = (err: unknown) => appErrorOf(err)?.code === "UNAUTHENTICATED";
export const isForbidden = (err: unknown) => appErrorOf(err)?.code === "FORBIDDEN";
export type { TLabel };

/**
 * The signed-in account as a shell's auth provider keeps it: asked once, then reused until a
 * sign-in, a sign-out or a 401 `forget()`s it (the router checks auth on every page; asking the
 * server each time made three auth.me requests around one sign-in). A failed ask is not kept.
 */
export function rememberedAccount<T>(ask: () => Promise<T>) {
  let current: Promise<T> | null = null;
  return {
    me: (): Promise<T> =>
      (current ??= ask().catch((err: unknown) => {
        current = null;
        throw err;
      })),
    /** The last answer if one was asked, without asking. */
    known: (): Promise<T> | null => current,
    forget: () => {
      current = null;
    },
  };
}
