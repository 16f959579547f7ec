import { featureRpc } from "@qifu/ui/admin";
// type-only: erased at build, so no server code reaches the bundle (.dependency-cruiser.cjs allows exactly this)
import type { innovationBasesRouters } from "../server";

/** The innovation bases' own procedures, typed from their routers: `useRpcQuery(api.innovationBases.figures, { id })`. */
export const { api, useRpc, useRpcQuery, useRpcMutation } = featureRpc<typeof innovationBasesRouters>();
