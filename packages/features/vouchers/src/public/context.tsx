import { createPublicContext, type PublicTownsClient, type TPublicLang } from "@qifu/ui/public";
import type { TVoucher, TVoucherPublicSearch } from "../schemas";
import { vouchersMessages } from "./messages";

export type TLang = TPublicLang;

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface VouchersPublicClient extends PublicTownsClient {
  vouchers: {
    publicList: { query(input: TVoucherPublicSearch): Promise<{ data: TVoucher[]; total: number }> };
    publicGet: { query(input: { id: string }): Promise<TVoucher> };
  };
}

const ctx = createPublicContext<VouchersPublicClient, (typeof vouchersMessages)["zh"]>("VouchersPublicProvider", vouchersMessages);
export const VouchersPublicProvider = ctx.Provider;
export const useVouchersPublic = ctx.usePublic;
