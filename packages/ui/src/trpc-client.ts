import { createTRPCProxyClient, httpBatchLink, TRPCClientError, type TRPCLink } from "@trpc/client";
import type { AnyRouter } from "@trpc/server";
import type { TAppErrorBody, TLabel } from "@qifu/domain";

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
    // 16 KB header limit (414). Batches split before 6,000 characters, under proxies' 8 KB too.
    links: [
      httpBatchLink<AnyRouter>({ url, maxURLLength: 6_000, fetch: (input, init) => fetch(input, { ...(init as RequestInit), credentials: "same-origin" }) }) as TRPCLink<TRouter>,
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
