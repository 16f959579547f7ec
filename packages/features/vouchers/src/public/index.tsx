import { carrierPublicRoutes } from "@qifu/carrier-kit/public";
import { vouchersMessages as m } from "./messages";
import { vouchersPaths, VouchersListPage, VouchersPage } from "./vouchers-pages";

/** The public pages of 服务券; apps/public/src/features.ts lists them. */
export const vouchersPublicRoutes = carrierPublicRoutes(
  vouchersPaths,
  { zh: m.zh.nav, en: m.en.nav },
  <VouchersListPage />,
  <VouchersPage />,
);
export { VouchersPublicProvider, type VouchersPublicClient } from "./context";
export { vouchersPaths };
