import { featureRpc } from "@qifu/ui/admin";
// type-only: erased at build, so no server code reaches the bundle (.dependency-cruiser.cjs allows exactly this)
import type { policiesRouters } from "../server";

/** 政策直享's own procedures, typed from its routers. */
export const { api, useRpc, useRpcMutation, useRpcQuery } = featureRpc<typeof policiesRouters>();
