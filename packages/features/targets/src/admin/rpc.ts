import { featureRpc } from "@qifu/ui/admin";
// type-only: erased at build, so no server code reaches the bundle (.dependency-cruiser.cjs allows exactly this)
import type { targetsRouters } from "../server";

/** The targets feature's own procedures, typed from its routers: `useRpcQuery(api.targets.metrics)`. */
export const { api, useRpc, useRpcQuery, useRpcMutation } = featureRpc<typeof targetsRouters>();
