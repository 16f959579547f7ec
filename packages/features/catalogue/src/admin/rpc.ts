import { featureRpc } from "@qifu/ui/admin";
// type-only: erased at build, so no server code reaches the bundle (.dependency-cruiser.cjs allows exactly this)
import type { catalogueRouters } from "../server";

/** The catalogue's own procedures, typed from its routers: `useRpcQuery(api.catalogue.matchingEnterprises, input)`. */
export const { api, useRpc, useRpcQuery, useRpcMutation } = featureRpc<typeof catalogueRouters>();
