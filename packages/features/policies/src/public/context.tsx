import { createPublicContext, type TPublicLang } from "@qifu/ui/public";
import type { TApplication, TApplicationCreate, TEnterprisePolicies, TPolicy, TPublicPolicySearch } from "../schemas";
import { policiesPublicMessages, type TPoliciesPublicMessages } from "./messages";

export type TLang = TPublicLang;

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface PoliciesPublicClient {
  policies: {
    publicList: { query(input: TPublicPolicySearch): Promise<{ data: TPolicy[]; total: number }> };
    publicGet: { query(input: { id: string }): Promise<TPolicy> };
    forEnterprise: { query(input: { enterpriseId?: string }): Promise<TEnterprisePolicies> };
  };
  policyApplications: {
    list: { query(input: { pagination: { page: number; perPage: number } }): Promise<{ data: TApplication[]; total: number }> };
    create: { mutate(input: TApplicationCreate): Promise<TApplication> };
  };
}

const ctx = createPublicContext<PoliciesPublicClient, TPoliciesPublicMessages>("PoliciesPublicProvider", policiesPublicMessages);
export const PoliciesPublicProvider = ctx.Provider;
export const usePoliciesPublic = ctx.usePublic;
export const POLICIES_PATH = "/policies";
export const MY_POLICIES_PATH = "/my/policies";
