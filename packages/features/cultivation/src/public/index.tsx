import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { MY_LADDER_PATH } from "./context";
import { cultivationMessages as m } from "./messages";
import { MyLadderPage } from "./my-ladder-page";

/** The enterprise portal's ladder page; apps/public/src/features.ts lists it. */
export const cultivationPublicRoutes: { path: string; element: ReactElement; nav?: TLabel }[] = [
  { path: MY_LADDER_PATH, element: <MyLadderPage />, nav: { zh: m.zh.nav, en: m.en.nav } },
];
export { CultivationPublicProvider, type CultivationPublicClient } from "./context";
