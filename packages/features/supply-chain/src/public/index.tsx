import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { SUPPLY_CHAIN_PATH } from "./context";
import { supplyChainPublicMessages as m } from "./messages";
import { SupplyChainPage } from "./supply-chain-page";

/** The public page of 配套协作 (post, matches, contacts); apps/public/src/features.ts lists it under 专项服务. */
export const supplyChainPublicRoutes: { path: string; element: ReactElement; nav?: TLabel }[] = [
  { path: SUPPLY_CHAIN_PATH, element: <SupplyChainPage />, nav: { zh: m.zh.nav, en: m.en.nav } },
];
export { SupplyChainPublicProvider, type SupplyChainPublicClient } from "./context";
