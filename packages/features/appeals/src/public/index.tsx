import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { AppealPage } from "./appeal-page";
import { NewAppealPage } from "./appeal-form-page";
import { appealsMessages } from "./messages";
import { MyAppealsPage } from "./my-appeals-page";
import { paths } from "./hooks";

export type TPublicRoute = { path: string; element: ReactElement; nav?: TLabel };

/** The enterprise portal's appeal pages (sign-in is the enterprises feature's); apps/public/src/features.ts lists them. */
export const appealsPublicRoutes: TPublicRoute[] = [
  { path: paths.list, element: <MyAppealsPage />, nav: { zh: appealsMessages.zh.navMyAppeals, en: appealsMessages.en.navMyAppeals } },
  { path: paths.create, element: <NewAppealPage /> },
  { path: "/my/appeals/:id", element: <AppealPage /> },
];
export { AppealsPublicProvider, type AppealsPublicClient } from "./context";
export { paths as appealsPaths } from "./hooks";
