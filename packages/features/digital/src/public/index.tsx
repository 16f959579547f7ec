import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { DIGITAL_PATH, MY_DIGITAL_PATH } from "./context";
import { LibraryPage } from "./library-page";
import { digitalPublicMessages as m } from "./messages";
import { MyDigitalPage } from "./my-digital-page";

/** The public pages of 数字化转型: solutions and benchmarks (anyone), an enterprise's diagnosis and needs; apps/public/src/features.ts lists them. */
export const digitalPublicRoutes: { path: string; element: ReactElement; nav?: TLabel }[] = [
  { path: DIGITAL_PATH, element: <LibraryPage />, nav: { zh: m.zh.nav, en: m.en.nav } },
  { path: MY_DIGITAL_PATH, element: <MyDigitalPage /> },
];
export { DigitalPublicProvider, type DigitalPublicClient } from "./context";
