import { createContext, useContext, type ReactNode } from "react";
import type { TInnovationBase, TInnovationBasePublicSearch, TPublicBase } from "../schemas";
import { innovationBasesMessages, type TInnovationBasesMessages } from "./messages";

export type TLang = "zh" | "en";

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface InnovationBasesPublicClient {
  innovationBases: {
    publicList: { query(input: TInnovationBasePublicSearch): Promise<{ data: TInnovationBase[]; total: number }> };
    publicGet: { query(input: { id: string }): Promise<TPublicBase> };
  };
  network: { publicTowns: { query(): Promise<{ id: string; name: string; nameEn: string }[]> } };
}

type TCtx = { client: InnovationBasesPublicClient; lang: TLang };
const Ctx = createContext<TCtx | null>(null);

export function InnovationBasesPublicProvider({ client, lang, children }: TCtx & { children: ReactNode }) {
  return <Ctx.Provider value={{ client, lang }}>{children}</Ctx.Provider>;
}

export function useInnovationBasesPublic(): TCtx & { t: TInnovationBasesMessages } {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error("InnovationBasesPublicProvider is missing above the innovation-bases pages");
  return { ...ctx, t: innovationBasesMessages[ctx.lang] };
}
