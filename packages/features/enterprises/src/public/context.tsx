import { createContext, useContext, type ReactNode } from "react";
import type { z } from "zod";
import type { TEnterprise, TMyEnterprise, ZEnterpriseUpdate, ZRegisterInput } from "../schemas";
import { enterpriseMessages, type TEnterpriseMessages } from "./messages";

export type TLang = "zh" | "en";
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

type TCtx = { client: EnterprisePublicClient; lang: TLang };
const Ctx = createContext<TCtx | null>(null);

export function EnterprisePublicProvider({ client, lang, children }: TCtx & { children: ReactNode }) {
  return <Ctx.Provider value={{ client, lang }}>{children}</Ctx.Provider>;
}

export function useEnterprisePublic(): TCtx & { t: TEnterpriseMessages } {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error("EnterprisePublicProvider is missing above the enterprise pages");
  return { ...ctx, t: enterpriseMessages[ctx.lang] };
}
