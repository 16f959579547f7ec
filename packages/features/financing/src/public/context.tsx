import { createPublicContext, type TPublicLang } from "@qifu/ui/public";
import type { TNeed, TNeedMatches, TMatchmakingEvent, TNeedPost, TProduct, TSending } from "../schemas";
import { financingPublicMessages, type TFinancingPublicMessages } from "./messages";

export type TLang = TPublicLang;
type TPage<T> = Promise<{ data: T[]; total: number }>;
type TListInput = { pagination: { page: number; perPage: number }; filter?: Record<string, string> };

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface FinancingPublicClient {
  financingProducts: {
    publicList: { query(input: { q?: string; kind?: "LOAN" | "GUARANTEE"; page?: number; perPage?: number }): TPage<TProduct> };
  };
  financingNeeds: {
    list: { query(input: TListInput): TPage<TNeed> };
    create: { mutate(input: TNeedPost): Promise<TNeed> };
    matches: { query(input: { needId: string }): Promise<TNeedMatches> };
    events: { query(input: Record<string, never>): Promise<TMatchmakingEvent[]> };
  };
  financingSendings: {
    list: { query(input: TListInput): TPage<TSending> };
    create: { mutate(input: { needId: string; productId: string }): Promise<TSending> };
  };
}

const ctx = createPublicContext<FinancingPublicClient, TFinancingPublicMessages>("FinancingPublicProvider", financingPublicMessages);
export const FinancingPublicProvider = ctx.Provider;
export const useFinancingPublic = ctx.usePublic;
export const PRODUCTS_PATH = "/financing";
export const MY_NEEDS_PATH = "/my/financing";
