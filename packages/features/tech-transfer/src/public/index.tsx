import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { AchievementsPage } from "./achievements-page";
import { ACHIEVEMENTS_PATH, MY_NEEDS_PATH } from "./context";
import { techTransferPublicMessages as m } from "./messages";
import { MyNeedsPage } from "./my-needs-page";

/** The public pages of 成果转化: achievements, labs and platforms (anyone), an enterprise's needs; apps/public/src/features.ts lists them. */
export const techTransferPublicRoutes: { path: string; element: ReactElement; nav?: TLabel }[] = [
  { path: ACHIEVEMENTS_PATH, element: <AchievementsPage />, nav: { zh: m.zh.nav, en: m.en.nav } },
  { path: MY_NEEDS_PATH, element: <MyNeedsPage /> },
];
export { TechTransferPublicProvider, type TechTransferPublicClient } from "./context";
