import { carrierPublicRoutes } from "@qifu/carrier-kit/public";
import { techTransferMessages as m } from "./messages";
import { techTransferPaths, TechTransferListPage, TechTransferPage } from "./tech-transfer-pages";

/** The public pages of 成果转化; apps/public/src/features.ts lists them. */
export const techTransferPublicRoutes = carrierPublicRoutes(
  techTransferPaths,
  { zh: m.zh.nav, en: m.en.nav },
  <TechTransferListPage />,
  <TechTransferPage />,
);
export { TechTransferPublicProvider, type TechTransferPublicClient } from "./context";
export { techTransferPaths };
