import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { EnterpriseCentrePage } from "./centre-page";
import { ACCOUNT_PATHS } from "@qifu/ui/public";
import { EnterpriseLoginPage } from "./login-page";
import { enterpriseMessages } from "./messages";
import { enterprisePaths, RegisterPage } from "./register-page";

/** The enterprise account area (sign-in, registration, the centre); apps/public/src/features.ts lists them. */
export const enterprisePublicRoutes: { path: string; element: ReactElement; nav?: TLabel }[] = [
  {
    path: enterprisePaths.centre,
    element: <EnterpriseCentrePage />,
    nav: { zh: enterpriseMessages.zh.nav, en: enterpriseMessages.en.nav },
  },
  { path: enterprisePaths.register, element: <RegisterPage /> },
  { path: ACCOUNT_PATHS.login, element: <EnterpriseLoginPage /> },
];
export { EnterprisePublicProvider, type EnterprisePublicClient } from "./context";
export { enterprisePaths };
