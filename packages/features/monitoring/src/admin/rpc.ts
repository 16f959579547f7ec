import { featureRpc } from "@qifu/ui/admin";
// type-only: erased at build, so no server code reaches the bundle (.dependency-cruiser.cjs allows exactly this)
import type { monitoringRouters } from "../server";

/** This feature's own procedures, typed from its routers: `useRpcQuery(api.monitoring.matrix, { year })`. */
export const { api, useRpc, useRpcQuery, useRpcMutation } = featureRpc<typeof monitoringRouters>();
