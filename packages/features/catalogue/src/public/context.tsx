import { createContext, useContext, type ComponentType, type ReactNode } from "react";
import type { TCatalogueResult, TCatalogueSearch, TProduct, TRecommendations } from "../schemas";
import { catalogueMessages, type TCatalogueMessages } from "./messages";

export type TLang = "zh" | "en";

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
type TCtx = { client: CataloguePublicClient; lang: TLang; productAction?: ComponentType<{ product: TProduct }> };
const Ctx = createContext<TCtx | null>(null);

export function CataloguePublicProvider({ client, lang, productAction, children }: TCtx & { children: ReactNode }) {
  return <Ctx.Provider value={{ client, lang, productAction }}>{children}</Ctx.Provider>;
}

export function useCataloguePublic(): TCtx & { t: TCatalogueMessages } {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error("CataloguePublicProvider is missing above the catalogue pages");
  return { ...ctx, t: catalogueMessages[ctx.lang] };
}
