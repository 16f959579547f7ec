import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { AppealPage } from "./appeal-page";
import { NewAppealPage } from "./appeal-form-page";
import { EnterpriseLoginPage } from "./login-page";
import { appealsMessages } from "./messages";
import { MyAppealsPage } from "./my-appeals-page";
import { paths } from "./hooks";

export type TPublicRoute = { path: string; element: ReactElement; nav?: TLabel };

/** The enterprise portal's appeal pages and its sign-in; apps/public/src/features.ts lists them. */
export const appealsPublicRoutes: TPublicRoute[] = [
  { path: paths.list, element: <MyAppealsPage />, nav: { zh: appealsMessages.zh.navMyAppeals, en: appealsMessages.en.navMyAppeals } },
  { path: paths.create, element: <NewAppealPage /> },
  { path: "/my/appeals/:id", element: <AppealPage /> },
  { path: paths.login, element: <EnterpriseLoginPage /> },
];
export { AppealsPublicProvider, type AppealsPublicClient } from "./context";
export { paths as appealsPaths } from "./hooks";
