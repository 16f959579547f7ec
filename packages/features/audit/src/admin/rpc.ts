import { featureRpc } from "@qifu/ui/admin";
// type-only: erased at build, so no server code reaches the bundle (.dependency-cruiser.cjs allows exactly this)
import type { TAuditRouters } from "../server";

/** The audit log's procedures, typed from its router: `useRpcQuery(api.auditLogs.actors)`. */
export const { api, useRpc, useRpcQuery, useRpcMutation } = featureRpc<TAuditRouters>();
