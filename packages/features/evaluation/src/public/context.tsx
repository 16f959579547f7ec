import { createPublicContext, type TPublicLang } from "@qifu/ui/public";
import type { TPublishedRound } from "../round-schemas";
import { evaluationPublicMessages, type TEvaluationPublicMessages } from "./messages";

export type TLang = TPublicLang;

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface EvaluationPublicClient {
  evaluationResults: {
    rounds: { query(): Promise<{ id: string; name: string; year: number; quarter: number | null; publishedAt: string }[]> };
    ranking: { query(input: { id?: string }): Promise<TPublishedRound | null> };
  };
}

const ctx = createPublicContext<EvaluationPublicClient, TEvaluationPublicMessages>("EvaluationPublicProvider", evaluationPublicMessages);
export const EvaluationPublicProvider = ctx.Provider;
export const useEvaluationPublic = ctx.usePublic;
export const RESULTS_PATH = "/evaluation";
