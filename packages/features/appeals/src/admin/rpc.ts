import { featureRpc } from "@qifu/ui/admin";
// type-only: erased at build, so no server code reaches the bundle (.dependency-cruiser.cjs allows exactly this)
import type { appealsRouters } from "../server";

/** The appeals feature's own procedures, typed from its routers: `useRpcQuery(api.appeals.units)`. */
export const { api, useRpc, useRpcQuery, useRpcMutation } = featureRpc<typeof appealsRouters>();
