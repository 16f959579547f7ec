import { carrierPublicRoutes } from "@qifu/carrier-kit/public";
import { expertsMessages as m } from "./messages";
import { expertsPaths, ExpertsListPage, ExpertsPage } from "./experts-pages";

/** The public pages of 专家库; apps/public/src/features.ts lists them. */
export const expertsPublicRoutes = carrierPublicRoutes(expertsPaths, { zh: m.zh.nav, en: m.en.nav }, <ExpertsListPage />, <ExpertsPage />);
export { ExpertsPublicProvider, type ExpertsPublicClient } from "./context";
export { expertsPaths };
