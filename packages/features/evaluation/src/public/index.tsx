import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { RESULTS_PATH } from "./context";
import { evaluationPublicMessages as m } from "./messages";
import { ResultsPage } from "./results-page";

/** The public pages of 评价考核 (published rankings); apps/public/src/features.ts lists them. */
export const evaluationPublicRoutes: { path: string; element: ReactElement; nav?: TLabel }[] = [
  { path: RESULTS_PATH, element: <ResultsPage />, nav: { zh: m.zh.nav, en: m.en.nav } },
];
export { EvaluationPublicProvider, type EvaluationPublicClient } from "./context";
