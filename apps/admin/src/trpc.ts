import type { AppRouter } from "@qifu/api";
import { createQifuClient } from "@qifu/ui";

/** The admin console's tRPC client (same origin, session cookie). Type-only import of the API. */
export const trpc = createQifuClient<AppRouter>();
