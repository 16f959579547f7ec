import { createPublicContext, type PublicTownsClient, type TPublicLang } from "@qifu/ui/public";
import type { TEvaluationScheme, TEvaluationSchemePublicSearch } from "../schemas";
import { evaluationMessages } from "./messages";

export type TLang = TPublicLang;

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface EvaluationPublicClient extends PublicTownsClient {
  evaluation: {
    publicList: { query(input: TEvaluationSchemePublicSearch): Promise<{ data: TEvaluationScheme[]; total: number }> };
    publicGet: { query(input: { id: string }): Promise<TEvaluationScheme> };
  };
}

const ctx = createPublicContext<EvaluationPublicClient, (typeof evaluationMessages)["zh"]>("EvaluationPublicProvider", evaluationMessages);
export const EvaluationPublicProvider = ctx.Provider;
export const useEvaluationPublic = ctx.usePublic;
