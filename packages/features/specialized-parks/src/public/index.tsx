import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { specializedParksMessages } from "./messages";
import { specializedParksPaths, SpecializedParksListPage, SpecializedParksPage } from "./specialized-parks-pages";

/** The public pages of 专精特新产业园; apps/public/src/features.ts lists them. */
export const specializedParksPublicRoutes: { path: string; element: ReactElement; nav?: TLabel }[] = [
  { path: specializedParksPaths.list, element: <SpecializedParksListPage />, nav: { zh: specializedParksMessages.zh.nav, en: specializedParksMessages.en.nav } },
  { path: "/specialized-parks/:id", element: <SpecializedParksPage /> },
];
export { SpecializedParksPublicProvider, type SpecializedParksPublicClient } from "./context";
export { specializedParksPaths };
