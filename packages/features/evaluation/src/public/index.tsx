import { carrierPublicRoutes } from "@qifu/carrier-kit/public";
import { evaluationMessages as m } from "./messages";
import { evaluationPaths, EvaluationListPage, EvaluationPage } from "./evaluation-pages";

/** The public pages of 评价考核; apps/public/src/features.ts lists them. */
export const evaluationPublicRoutes = carrierPublicRoutes(
  evaluationPaths,
  { zh: m.zh.nav, en: m.en.nav },
  <EvaluationListPage />,
  <EvaluationPage />,
);
export { EvaluationPublicProvider, type EvaluationPublicClient } from "./context";
export { evaluationPaths };
