import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { CataloguePage, cataloguePaths, ProductCard } from "./catalogue-page";
import { catalogueMessages } from "./messages";
import { ProductPage } from "./product-page";

/** The catalogue's public pages; apps/public/src/features.ts lists them. */
export const cataloguePublicRoutes: { path: string; element: ReactElement; nav?: TLabel }[] = [
  { path: cataloguePaths.catalogue, element: <CataloguePage />, nav: { zh: catalogueMessages.zh.nav, en: catalogueMessages.en.nav } },
  { path: "/services/:id", element: <ProductPage /> },
];
export { CataloguePublicProvider, type CataloguePublicClient } from "./context";
export { cataloguePaths };
export { ProductCard };
export { NodeServices } from "./node-services";
