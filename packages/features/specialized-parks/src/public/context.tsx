import { createPublicContext, type PublicTownsClient, type TPublicLang } from "@qifu/ui/public";
import type { TSpecializedPark, TSpecializedParkDetail, TSpecializedParkPublicSearch } from "../schemas";
import { specializedParksMessages } from "./messages";

export type TLang = TPublicLang;

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface SpecializedParksPublicClient extends PublicTownsClient {
  specializedParks: {
    publicList: { query(input: TSpecializedParkPublicSearch): Promise<{ data: TSpecializedPark[]; total: number }> };
    publicGet: { query(input: { id: string }): Promise<TSpecializedParkDetail> };
  };
}

const ctx = createPublicContext<SpecializedParksPublicClient, (typeof specializedParksMessages)["zh"]>(
  "SpecializedParksPublicProvider",
  specializedParksMessages,
);
export const SpecializedParksPublicProvider = ctx.Provider;
export const useSpecializedParksPublic = ctx.usePublic;
