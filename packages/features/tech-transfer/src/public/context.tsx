import { createPublicContext, type TPublicLang } from "@qifu/ui/public";
import type { TContact, TLab, TNeed, TNeedMatches, TNeedPost, TPlatform, TProject, TAchievement, TTechField } from "../schemas";
import { techTransferPublicMessages, type TTechTransferPublicMessages } from "./messages";

export type TLang = TPublicLang;
type TPage<T> = Promise<{ data: T[]; total: number }>;
type TListInput = { pagination: { page: number; perPage: number }; filter?: Record<string, string> };
type TSearch = { q?: string; page?: number; perPage?: number };

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface TechTransferPublicClient {
  techAchievements: { publicList: { query(input: TSearch & { field?: TTechField }): TPage<TAchievement> } };
  jointLabs: { publicList: { query(input: TSearch): TPage<TLab> } };
  techPlatforms: { publicList: { query(input: TSearch): TPage<TPlatform> } };
  techNeeds: {
    list: { query(input: TListInput): TPage<TNeed> };
    create: { mutate(input: TNeedPost): Promise<TNeed> };
    matches: { query(input: { needId: string }): Promise<TNeedMatches> };
  };
  techContacts: {
    list: { query(input: TListInput): TPage<TContact> };
    create: { mutate(input: { needId: string; achievementId: string; message?: string | null }): Promise<TContact> };
  };
  techProjects: { list: { query(input: TListInput): TPage<TProject> } };
}

const ctx = createPublicContext<TechTransferPublicClient, TTechTransferPublicMessages>(
  "TechTransferPublicProvider",
  techTransferPublicMessages,
);
export const TechTransferPublicProvider = ctx.Provider;
export const useTechTransferPublic = ctx.usePublic;
export const ACHIEVEMENTS_PATH = "/tech-transfer";
export const MY_NEEDS_PATH = "/my/tech-transfer";
