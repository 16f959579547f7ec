import { createPublicContext, type PublicTownsClient, type TPublicLang } from "@qifu/ui/public";
import type { TTechTransfer, TTechTransferPublicSearch } from "../schemas";
import { techTransferMessages } from "./messages";

export type TLang = TPublicLang;

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface TechTransferPublicClient extends PublicTownsClient {
  techTransfer: {
    publicList: { query(input: TTechTransferPublicSearch): Promise<{ data: TTechTransfer[]; total: number }> };
    publicGet: { query(input: { id: string }): Promise<TTechTransfer> };
  };
}

const ctx = createPublicContext<TechTransferPublicClient, (typeof techTransferMessages)["zh"]>(
  "TechTransferPublicProvider",
  techTransferMessages,
);
export const TechTransferPublicProvider = ctx.Provider;
export const useTechTransferPublic = ctx.usePublic;
