import { createPublicContext, type TPublicLang } from "@qifu/ui/public";
import type { z } from "zod";
import type { TEnterprise, TMyEnterprise, ZEnterpriseUpdate, ZRegisterInput } from "../schemas";
import { enterpriseMessages, type TEnterpriseMessages } from "./messages";

export type TLang = TPublicLang;
type TOk = { ok: true };

/**
 * The procedures these pages call, written out structurally so the feature does not import
 * packages/api; the app passes its AppRouter client and the assignment fails to compile if
 * the API drifts.
 */
export interface EnterprisePublicClient {
  auth: {
    me: { query(): Promise<{ role: string; displayName: string } | null> };
    login: { mutate(input: { username: string; password: string }): Promise<TOk> };
    logout: { mutate(): Promise<TOk> };
  };
  network: { publicTowns: { query(): Promise<{ id: string; name: string; nameEn: string }[]> } };
  enterpriseAccount: {
    register: { mutate(input: z.input<typeof ZRegisterInput>): Promise<TOk> };
    mine: { query(): Promise<TMyEnterprise> };
  };
  enterprises: { update: { mutate(input: { id: string; data: z.input<typeof ZEnterpriseUpdate> }): Promise<TEnterprise> } };
}

const ctx = createPublicContext<EnterprisePublicClient, TEnterpriseMessages>("EnterprisePublicProvider", enterpriseMessages);
export const EnterprisePublicProvider = ctx.Provider;
export const useEnterprisePublic = ctx.usePublic;
