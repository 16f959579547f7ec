import { createPublicContext, type TPublicLang } from "@qifu/ui/public";
import type { TApplication, TFigure, TFigureReport, TMyLadder } from "../schemas";
import { cultivationMessages } from "./messages";

export type TLang = TPublicLang;
export const MY_LADDER_PATH = "/my/cultivation";

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface CultivationPublicClient {
  cultivation: { my: { query(): Promise<TMyLadder> } };
  cultivationFigures: { report: { mutate(input: TFigureReport): Promise<TFigure> } };
  cultivationRounds: { submit: { mutate(input: { roundId: string; material: string }): Promise<TApplication> } };
}

const ctx = createPublicContext<CultivationPublicClient, (typeof cultivationMessages)["zh"]>(
  "CultivationPublicProvider",
  cultivationMessages,
);
export const CultivationPublicProvider = ctx.Provider;
export const useCultivationPublic = ctx.usePublic;
