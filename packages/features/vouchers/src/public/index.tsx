import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { MY_VOUCHERS_PATH } from "./context";
import { vouchersPublicMessages as m } from "./messages";
import { MyVouchersPage } from "./my-vouchers-page";

/** 我的服务券 (an enterprise's vouchers, applications, confirmations); apps/public/src/features.ts lists it. */
export const vouchersPublicRoutes: { path: string; element: ReactElement; nav?: TLabel }[] = [
  { path: MY_VOUCHERS_PATH, element: <MyVouchersPage />, nav: { zh: m.zh.nav, en: m.en.nav } },
];
export { VouchersPublicProvider, type VouchersPublicClient } from "./context";
