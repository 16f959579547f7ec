import { createPublicContext, type PublicTownsClient, type TPublicLang } from "@qifu/ui/public";
import type { TExpert, TExpertPublicSearch } from "../schemas";
import { expertsMessages } from "./messages";

export type TLang = TPublicLang;

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface ExpertsPublicClient extends PublicTownsClient {
  experts: {
    publicList: { query(input: TExpertPublicSearch): Promise<{ data: TExpert[]; total: number }> };
    publicGet: { query(input: { id: string }): Promise<TExpert> };
  };
}

const ctx = createPublicContext<ExpertsPublicClient, (typeof expertsMessages)["zh"]>("ExpertsPublicProvider", expertsMessages);
export const ExpertsPublicProvider = ctx.Provider;
export const useExpertsPublic = ctx.usePublic;
