import { createPublicContext, type PublicTownsClient, type TPublicLang } from "@qifu/ui/public";
import type { TSupplyChain, TSupplyChainPublicSearch } from "../schemas";
import { supplyChainMessages } from "./messages";

export type TLang = TPublicLang;

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface SupplyChainPublicClient extends PublicTownsClient {
  supplyChain: {
    publicList: { query(input: TSupplyChainPublicSearch): Promise<{ data: TSupplyChain[]; total: number }> };
    publicGet: { query(input: { id: string }): Promise<TSupplyChain> };
  };
}

const ctx = createPublicContext<SupplyChainPublicClient, (typeof supplyChainMessages)["zh"]>(
  "SupplyChainPublicProvider",
  supplyChainMessages,
);
export const SupplyChainPublicProvider = ctx.Provider;
export const useSupplyChainPublic = ctx.usePublic;
