import { featureRpc } from "@qifu/ui/admin";
// type-only: erased at build, so no server code reaches the bundle (.dependency-cruiser.cjs allows exactly this)
import type { enterpriseRouters } from "../server";

/** The enterprises feature's own procedures, typed from its routers: `rpc.enterprises.export.query(input)`. */
export const { api, useRpc, useRpcQuery, useRpcMutation } = featureRpc<typeof enterpriseRouters>();
