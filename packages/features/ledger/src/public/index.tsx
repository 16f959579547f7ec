import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { MY_SERVICES, requestPath } from "./context";
import { ledgerPublicMessages } from "./messages";
import { MyServicesPage } from "./my-services-page";
import { RequestPage } from "./request-page";

/** The ledger's pages on the public site (enterprise portal); apps/public/src/features.ts lists them. */
export const ledgerPublicRoutes: { path: string; element: ReactElement; nav?: TLabel }[] = [
  { path: MY_SERVICES, element: <MyServicesPage />, nav: { zh: ledgerPublicMessages.zh.nav, en: ledgerPublicMessages.en.nav } },
  { path: requestPath(":id"), element: <RequestPage /> },
];
export { LedgerPublicProvider, type LedgerPublicClient } from "./context";
export { LedgerRequestButton, type TRequestableProduct } from "./request-button";
