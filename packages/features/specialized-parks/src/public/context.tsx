import { createContext, useContext, type ReactNode } from "react";
import type { TSpecializedPark, TSpecializedParkDetail, TSpecializedParkPublicSearch } from "../schemas";
import { specializedParksMessages, type TSpecializedParksMessages } from "./messages";

export type TLang = "zh" | "en";

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface SpecializedParksPublicClient {
  specializedParks: {
    publicList: { query(input: TSpecializedParkPublicSearch): Promise<{ data: TSpecializedPark[]; total: number }> };
    publicGet: { query(input: { id: string }): Promise<TSpecializedParkDetail> };
  };
  network: { publicTowns: { query(): Promise<{ id: string; name: string; nameEn: string }[]> } };
}

type TCtx = { client: SpecializedParksPublicClient; lang: TLang };
const Ctx = createContext<TCtx | null>(null);

export function SpecializedParksPublicProvider({ client, lang, children }: TCtx & { children: ReactNode }) {
  return <Ctx.Provider value={{ client, lang }}>{children}</Ctx.Provider>;
}

export function useSpecializedParksPublic(): TCtx & { t: TSpecializedParksMessages } {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error("SpecializedParksPublicProvider is missing above the specialized-parks pages");
  return { ...ctx, t: specializedParksMessages[ctx.lang] };
}
