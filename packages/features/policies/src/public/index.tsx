import { carrierPublicRoutes } from "@qifu/carrier-kit/public";
import { policiesMessages as m } from "./messages";
import { policiesPaths, PoliciesListPage, PoliciesPage } from "./policies-pages";

/** The public pages of 政策直享; apps/public/src/features.ts lists them. */
export const policiesPublicRoutes = carrierPublicRoutes(
  policiesPaths,
  { zh: m.zh.nav, en: m.en.nav },
  <PoliciesListPage />,
  <PoliciesPage />,
);
export { PoliciesPublicProvider, type PoliciesPublicClient } from "./context";
export { policiesPaths };
