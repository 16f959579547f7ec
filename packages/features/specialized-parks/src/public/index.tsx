import { carrierPublicRoutes } from "@qifu/carrier-kit/public";
import { specializedParksMessages as m } from "./messages";
import { specializedParksPaths, SpecializedParksListPage, SpecializedParksPage } from "./specialized-parks-pages";

/** The public pages of 专精特新产业园; apps/public/src/features.ts lists them. */
export const specializedParksPublicRoutes = carrierPublicRoutes(
  specializedParksPaths,
  { zh: m.zh.nav, en: m.en.nav },
  <SpecializedParksListPage />,
  <SpecializedParksPage />,
);
export { SpecializedParksPublicProvider, type SpecializedParksPublicClient } from "./context";
export { specializedParksPaths };
