import type { ComponentType } from "react";
import { createPublicContext, type TPublicLang } from "@qifu/ui/public";
import type { TCatalogueResult, TCatalogueSearch, TProduct, TRecommendations } from "../schemas";
import { catalogueMessages, type TCatalogueMessages } from "./messages";

export type TLang = TPublicLang;

/** The procedures the catalogue pages call, structurally (the feature does not import packages/api). */
export interface CataloguePublicClient {
  catalogue: {
    search: { query(input: TCatalogueSearch): Promise<TCatalogueResult> };
    product: { query(input: { id: string }): Promise<TProduct> };
    recommendForMe: { query(input?: { limit?: number }): Promise<TRecommendations> };
  };
  auth: { me: { query(): Promise<{ role: string; enterpriseId: string | null } | null> } };
  network: { publicTowns: { query(): Promise<{ id: string; name: string; nameEn: string }[]> } };
}

/**
 * `productAction`: a slot on the product page for another feature's action (the ledger's
 * "申请此服务" button), given by the app's composition file; the catalogue does not know it.
 */
const ctx = createPublicContext<CataloguePublicClient, TCatalogueMessages, { productAction?: ComponentType<{ product: TProduct }> }>(
  "CataloguePublicProvider",
  catalogueMessages,
);
export const CataloguePublicProvider = ctx.Provider;
export const useCataloguePublic = ctx.usePublic;
