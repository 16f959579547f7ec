import { createPublicContext, type PublicTownsClient, type TPublicLang } from "@qifu/ui/public";
import type { TInnovationBase, TInnovationBasePublicSearch, TPublicBase } from "../schemas";
import { innovationBasesMessages } from "./messages";

export type TLang = TPublicLang;

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface InnovationBasesPublicClient extends PublicTownsClient {
  innovationBases: {
    publicList: { query(input: TInnovationBasePublicSearch): Promise<{ data: TInnovationBase[]; total: number }> };
    publicGet: { query(input: { id: string }): Promise<TPublicBase> };
  };
}

const ctx = createPublicContext<InnovationBasesPublicClient, (typeof innovationBasesMessages)["zh"]>(
  "InnovationBasesPublicProvider",
  innovationBasesMessages,
);
export const InnovationBasesPublicProvider = ctx.Provider;
export const useInnovationBasesPublic = ctx.usePublic;
