import { featureRpc } from "@qifu/ui/admin";
// type-only: erased at build, so no server code reaches the bundle (.dependency-cruiser.cjs allows exactly this)
import type { cultivationRouters } from "../server";

/** The ladder's own procedures, typed from its routers: `useRpcQuery(api.cultivationRounds.get, { id })`. */
export const { api, useRpc, useRpcQuery, useRpcMutation } = featureRpc<typeof cultivationRouters>();
