import { featureRpc } from "@qifu/ui/admin";
// type-only: erased at build, so no server code reaches the bundle (.dependency-cruiser.cjs allows exactly this)
import type { networkRouters } from "../server";

/** The network's own procedures, typed from its routers: `useRpcQuery(api.network.stats)`. */
export const { api, useRpc, useRpcQuery, useRpcMutation } = featureRpc<typeof networkRouters>();
