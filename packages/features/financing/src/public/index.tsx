import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { MY_NEEDS_PATH, PRODUCTS_PATH } from "./context";
import { financingPublicMessages as m } from "./messages";
import { MyNeedsPage } from "./my-needs-page";
import { ProductsPage } from "./products-page";

/** The public pages of 融资促进: the products (anyone), an enterprise's needs; apps/public/src/features.ts lists them. */
export const financingPublicRoutes: { path: string; element: ReactElement; nav?: TLabel }[] = [
  { path: PRODUCTS_PATH, element: <ProductsPage />, nav: { zh: m.zh.nav, en: m.en.nav } },
  { path: MY_NEEDS_PATH, element: <MyNeedsPage /> },
];
export { FinancingPublicProvider, type FinancingPublicClient } from "./context";
