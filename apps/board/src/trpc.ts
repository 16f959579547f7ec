import { createQifuClient } from "@qifu/ui";
import type { AppRouter } from "@qifu/api";

/** The one tRPC client of the board (same origin, cookie session). */
export const client = createQifuClient<AppRouter>();
export type TClient = typeof client;
