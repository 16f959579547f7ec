import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { SHOWCASE_PATH } from "./context";
import { showcaseMessages as m } from "./messages";
import { ShowcaseEntryPage, ShowcaseListPage } from "./showcase-pages";

/** The public pages of 典型风采; apps/public/src/features.ts lists them (and gives ShowcaseLatest to the home page). */
export const showcasePublicRoutes: { path: string; element: ReactElement; nav?: TLabel }[] = [
  { path: SHOWCASE_PATH, element: <ShowcaseListPage />, nav: { zh: m.zh.nav, en: m.en.nav } },
  { path: `${SHOWCASE_PATH}/:id`, element: <ShowcaseEntryPage /> },
];
export { ShowcasePublicProvider, type ShowcasePublicClient } from "./context";
export { ShowcaseLatest } from "./showcase-pages";
