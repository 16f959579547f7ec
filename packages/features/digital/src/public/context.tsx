import { createPublicContext, type TPublicLang } from "@qifu/ui/public";
import type {
  TBenchmark,
  TContact,
  TDiagnosis,
  TNeed,
  TNeedMatches,
  TNeedPost,
  TPublicSearch,
  TQuestionnaire,
  TSolution,
} from "../schemas";
import { digitalPublicMessages, type TDigitalPublicMessages } from "./messages";

export type TLang = TPublicLang;
type TPage<T> = Promise<{ data: T[]; total: number }>;
type TListInput = { pagination: { page: number; perPage: number }; filter?: Record<string, string> };

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface DigitalPublicClient {
  digitalSolutions: { publicList: { query(input: TPublicSearch): TPage<TSolution> } };
  digitalBenchmarks: { publicList: { query(input: TPublicSearch): TPage<TBenchmark> } };
  digitalDiagnoses: {
    mine: {
      query(input?: Record<string, never>): Promise<{
        latest: TDiagnosis | null;
        draftId: string | null;
        history: { id: string; score: number; level: number; committedAt: string }[];
      }>;
    };
    start: { mutate(input: { enterpriseId?: string }): Promise<TQuestionnaire> };
    save: { mutate(input: { id: string; answers: Record<string, number>; fileIds?: string[] }): Promise<TQuestionnaire> };
    commit: { mutate(input: { id: string; answers: Record<string, number>; fileIds?: string[]; pledge: true }): Promise<TQuestionnaire> };
  };
  digitalNeeds: {
    list: { query(input: TListInput): TPage<TNeed> };
    create: { mutate(input: TNeedPost): Promise<TNeed> };
    matches: { query(input: { needId: string }): Promise<TNeedMatches> };
  };
  digitalContacts: {
    list: { query(input: TListInput): TPage<TContact> };
    create: { mutate(input: { needId: string; solutionId: string; message?: string | null }): Promise<TContact> };
  };
}

const ctx = createPublicContext<DigitalPublicClient, TDigitalPublicMessages>("DigitalPublicProvider", digitalPublicMessages);
export const DigitalPublicProvider = ctx.Provider;
export const useDigitalPublic = ctx.usePublic;
export const DIGITAL_PATH = "/digital";
export const MY_DIGITAL_PATH = "/my/digital";
