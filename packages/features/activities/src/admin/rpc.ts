import { featureRpc } from "@qifu/ui/admin";
// type-only: erased at build, so no server code reaches the bundle (.dependency-cruiser.cjs allows exactly this)
import type { activitiesRouters } from "../server";

/** 活动培训's own procedures, typed from its routers. */
export const { api, useRpc, useRpcQuery, useRpcMutation } = featureRpc<typeof activitiesRouters>();
