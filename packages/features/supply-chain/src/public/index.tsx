import { carrierPublicRoutes } from "@qifu/carrier-kit/public";
import { supplyChainMessages as m } from "./messages";
import { supplyChainPaths, SupplyChainListPage, SupplyChainPage } from "./supply-chain-pages";

/** The public pages of 配套协作; apps/public/src/features.ts lists them. */
export const supplyChainPublicRoutes = carrierPublicRoutes(
  supplyChainPaths,
  { zh: m.zh.nav, en: m.en.nav },
  <SupplyChainListPage />,
  <SupplyChainPage />,
);
export { SupplyChainPublicProvider, type SupplyChainPublicClient } from "./context";
export { supplyChainPaths };
