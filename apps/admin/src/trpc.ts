import type { AppRouter } from "@qifu/api";
import { createQifuClient } from "@qifu/ui";
import { featureRpc } from "@qifu/ui/admin";

/** The admin console's tRPC client (same origin, session cookie). Type-only import of the API. */
export const trpc = createQifuClient<AppRouter>();

/** The shell's own calls (the to-do page), typed from the AppRouter like the features' from their routers. */
export const { api: shellApi, useRpcQuery: useShellQuery } = featureRpc<AppRouter["_def"]["record"]>();
