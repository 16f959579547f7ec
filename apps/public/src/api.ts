import { QueryClient } from "@tanstack/react-query";
import type { AppRouter } from "@qifu/api";
import { appErrorOf, createQifuClient } from "@qifu/ui";

/** The one tRPC client of the public site (same origin, /trpc). */
export const api = createQifuClient<AppRouter>();

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // An answer from our server (404, 400 …) will not change on retry; a dropped connection may.
      retry: (count, err) => count < 2 && !appErrorOf(err),
      refetchOnWindowFocus: false,
    },
  },
});
