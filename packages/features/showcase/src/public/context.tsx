import { createPublicContext, type TPublicLang } from "@qifu/ui/public";
import type { TShowcasePublic, TShowcasePublicSearch } from "../schemas";
import { showcaseMessages } from "./messages";

export type TLang = TPublicLang;

/** Where the showcase's pages live. */
export const SHOWCASE_PATH = "/showcase";
export const showcaseEntryPath = (id: string) => `${SHOWCASE_PATH}/${encodeURIComponent(id)}`;

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface ShowcasePublicClient {
  showcase: {
    publicList: { query(input: TShowcasePublicSearch): Promise<{ data: TShowcasePublic[]; total: number }> };
    publicGet: { query(input: { id: string }): Promise<TShowcasePublic> };
    latest: { query(input: { limit?: number }): Promise<TShowcasePublic[]> };
  };
}

const ctx = createPublicContext<ShowcasePublicClient, (typeof showcaseMessages)["zh"]>("ShowcasePublicProvider", showcaseMessages);
export const ShowcasePublicProvider = ctx.Provider;
export const useShowcasePublic = ctx.usePublic;
