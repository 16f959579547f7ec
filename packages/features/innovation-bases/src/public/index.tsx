import { carrierPublicRoutes } from "@qifu/carrier-kit/public";
import { innovationBasesMessages as m } from "./messages";
import { innovationBasesPaths, InnovationBasesListPage, InnovationBasesPage } from "./innovation-bases-pages";

/** The public pages of 创新创业基地; apps/public/src/features.ts lists them. */
export const innovationBasesPublicRoutes = carrierPublicRoutes(
  innovationBasesPaths,
  { zh: m.zh.nav, en: m.en.nav },
  <InnovationBasesListPage />,
  <InnovationBasesPage />,
);
export { InnovationBasesPublicProvider, type InnovationBasesPublicClient } from "./context";
export { innovationBasesPaths };
