import { featureRpc } from "@qifu/ui/admin";
// type-only: erased at build, so no server code reaches the bundle (.dependency-cruiser.cjs allows exactly this)
import type { specializedParksRouters } from "../server";

/** The specialized parks' own procedures, typed from their routers: `useRpcQuery(api.specializedParks.residents, { parkId })`. */
export const { api, useRpc, useRpcQuery, useRpcMutation } = featureRpc<typeof specializedParksRouters>();
