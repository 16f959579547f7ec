import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { EnterpriseCentrePage } from "./centre-page";
import { enterpriseMessages } from "./messages";
import { enterprisePaths, RegisterPage } from "./register-page";

/** The enterprise centre's public pages; apps/public/src/features.ts lists them. */
export const enterprisePublicRoutes: { path: string; element: ReactElement; nav?: TLabel }[] = [
  { path: enterprisePaths.centre, element: <EnterpriseCentrePage />, nav: { zh: enterpriseMessages.zh.nav, en: enterpriseMessages.en.nav } },
  { path: enterprisePaths.register, element: <RegisterPage /> },
];
export { EnterprisePublicProvider, type EnterprisePublicClient } from "./context";
export { enterprisePaths };
