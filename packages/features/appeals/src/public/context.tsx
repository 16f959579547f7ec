import { createContext, useContext, type ReactNode } from "react";
import type { TLabel } from "@qifu/domain";
import type { TEnterpriseAppeal, TEnterpriseAppealDetail, TAppealSubmit, TCategory } from "../schemas";
import { appealsMessages, type TAppealsMessages } from "./messages";

export type TLang = keyof TLabel;
export type TMe = { id: string; username: string; displayName: string; role: string; enterpriseId: string | null } | null;

/**
 * The procedures the enterprise portal calls, written structurally so the feature does not
 * import packages/api (DESIGN.md §3); the app's `satisfies` check fails if the API drifts.
 */
export interface AppealsPublicClient {
  auth: {
    me: { query(): Promise<TMe> };
    login: { mutate(input: { username: string; password: string }): Promise<unknown> };
    logout: { mutate(): Promise<unknown> };
  };
  appealCategories: { list: { query(input: { pagination: { page: number; perPage: number }; filter?: { active?: boolean } }): Promise<{ data: TCategory[]; total: number }> } };
  appeals: {
    list: { query(input: { pagination: { page: number; perPage: number } }): Promise<{ data: TEnterpriseAppeal[]; total: number }> };
    get: { query(input: { id: string }): Promise<TEnterpriseAppealDetail> };
    create: { mutate(input: TAppealSubmit): Promise<TEnterpriseAppealDetail> };
    confirm: { mutate(input: { id: string; satisfaction: number; resolved: boolean; note?: string }): Promise<TEnterpriseAppealDetail> };
    reopen: { mutate(input: { id: string; reason: string }): Promise<TEnterpriseAppealDetail> };
    supplement: { mutate(input: { id: string; note: string }): Promise<TEnterpriseAppealDetail> };
    withdraw: { mutate(input: { id: string; note?: string }): Promise<TEnterpriseAppealDetail> };
  };
}

type TCtx = { client: AppealsPublicClient; lang: TLang };
const Ctx = createContext<TCtx | null>(null);

export function AppealsPublicProvider({ client, lang, children }: TCtx & { children: ReactNode }) {
  return <Ctx.Provider value={{ client, lang }}>{children}</Ctx.Provider>;
}

export function useAppealsPublic(): TCtx & { t: TAppealsMessages } {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error("AppealsPublicProvider is missing above the appeal pages");
  return { ...ctx, t: appealsMessages[ctx.lang] };
}
