import { createPublicContext, type TPublicLang } from "@qifu/ui/public";
import type { TMine, TRedemption, TVoucher } from "../schemas";
import { vouchersPublicMessages, type TVouchersPublicMessages } from "./messages";

export type TLang = TPublicLang;

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface VouchersPublicClient {
  voucherRedemptions: {
    mine: { query(input?: Record<string, never>): Promise<TMine> };
    confirm: { mutate(input: { id: string; rating: number; comment?: string | null }): Promise<TRedemption> };
  };
  vouchers: { request: { mutate(input: { batchId: string; faceValueFen: number }): Promise<TVoucher> } };
}

const ctx = createPublicContext<VouchersPublicClient, TVouchersPublicMessages>("VouchersPublicProvider", vouchersPublicMessages);
export const VouchersPublicProvider = ctx.Provider;
export const useVouchersPublic = ctx.usePublic;
export const MY_VOUCHERS_PATH = "/my/vouchers";
