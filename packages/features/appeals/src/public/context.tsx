import { createPublicContext, type TPublicLang } from "@qifu/ui/public";
import type { TEnterpriseAppeal, TEnterpriseAppealDetail, TAppealSubmit, TCategory } from "../schemas";
import { appealsMessages, type TAppealsMessages } from "./messages";

export type TLang = TPublicLang;
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
  appealCategories: {
    list: {
      query(input: {
        pagination: { page: number; perPage: number };
        filter?: { active?: boolean };
      }): Promise<{ data: TCategory[]; total: number }>;
    };
  };
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

const ctx = createPublicContext<AppealsPublicClient, TAppealsMessages>("AppealsPublicProvider", appealsMessages);
export const AppealsPublicProvider = ctx.Provider;
export const useAppealsPublic = ctx.usePublic;
