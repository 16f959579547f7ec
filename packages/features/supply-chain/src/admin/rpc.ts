import { featureRpc } from "@qifu/ui/admin";
// type-only: erased at build, so no server code reaches the bundle (.dependency-cruiser.cjs allows exactly this)
import type { supplyChainRouters } from "../server";

/** 配套协作's own procedures, typed from its routers. */
export const { api, useRpc, useRpcQuery, useRpcMutation } = featureRpc<typeof supplyChainRouters>();
