import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { innovationBasesMessages } from "./messages";
import { innovationBasesPaths, InnovationBasesListPage, InnovationBasesPage } from "./innovation-bases-pages";

/** The public pages of 创新创业基地; apps/public/src/features.ts lists them. */
export const innovationBasesPublicRoutes: { path: string; element: ReactElement; nav?: TLabel }[] = [
  { path: innovationBasesPaths.list, element: <InnovationBasesListPage />, nav: { zh: innovationBasesMessages.zh.nav, en: innovationBasesMessages.en.nav } },
  { path: "/innovation-bases/:id", element: <InnovationBasesPage /> },
];
export { InnovationBasesPublicProvider, type InnovationBasesPublicClient } from "./context";
export { innovationBasesPaths };
