import { createPublicContext, type TPublicLang } from "@qifu/ui/public";
import type { TChains, TContact, TPosting, TPostingCreate, TPostingMatches } from "../schemas";
import { supplyChainPublicMessages, type TSupplyChainPublicMessages } from "./messages";

export type TLang = TPublicLang;
type TPage<T> = Promise<{ data: T[]; total: number }>;

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface SupplyChainPublicClient {
  supplyChain: { chains: { query(): Promise<TChains> } };
  supplyChainPostings: {
    list: { query(input: { pagination: { page: number; perPage: number }; filter?: { mine?: boolean } }): TPage<TPosting> };
    create: { mutate(input: TPostingCreate): Promise<TPosting> };
    matches: { query(input: { postingId: string }): Promise<TPostingMatches> };
  };
  supplyChainContacts: {
    list: { query(input: { pagination?: { page: number; perPage: number } }): TPage<TContact> };
    create: { mutate(input: { postingId: string; counterpartId: string }): Promise<TContact> };
    answer: { mutate(input: { id: string; decision: "ACCEPT" | "DECLINE" }): Promise<TContact> };
  };
}

const ctx = createPublicContext<SupplyChainPublicClient, TSupplyChainPublicMessages>(
  "SupplyChainPublicProvider",
  supplyChainPublicMessages,
);
export const SupplyChainPublicProvider = ctx.Provider;
export const useSupplyChainPublic = ctx.usePublic;
export const SUPPLY_CHAIN_PATH = "/supply-chain";
