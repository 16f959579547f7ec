import { featureRpc } from "@qifu/ui/admin";
// type-only: erased at build, so no server code reaches the bundle (.dependency-cruiser.cjs allows exactly this)
import type { ledgerRouters } from "../server";

/** The ledger's own procedures, typed from its routers: `useRpcQuery(api.ledger.stats, { year })`. */
export const { api, useRpc, useRpcQuery, useRpcMutation } = featureRpc<typeof ledgerRouters>();
