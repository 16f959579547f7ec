import { createPublicContext, type PublicTownsClient, type TPublicLang } from "@qifu/ui/public";
import type { TPolicy, TPolicyPublicSearch } from "../schemas";
import { policiesMessages } from "./messages";

export type TLang = TPublicLang;

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface PoliciesPublicClient extends PublicTownsClient {
  policies: {
    publicList: { query(input: TPolicyPublicSearch): Promise<{ data: TPolicy[]; total: number }> };
    publicGet: { query(input: { id: string }): Promise<TPolicy> };
  };
}

const ctx = createPublicContext<PoliciesPublicClient, (typeof policiesMessages)["zh"]>("PoliciesPublicProvider", policiesMessages);
export const PoliciesPublicProvider = ctx.Provider;
export const usePoliciesPublic = ctx.usePublic;
