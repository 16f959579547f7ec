import { createContext, useContext, type ReactNode } from "react";
import type { TPublicCluster, TIndustrialCluster, TIndustrialClusterPublicSearch } from "../schemas";
import { industrialClustersMessages, type TIndustrialClustersMessages } from "./messages";

export type TLang = "zh" | "en";

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface IndustrialClustersPublicClient {
  industrialClusters: {
    publicList: { query(input: TIndustrialClusterPublicSearch): Promise<{ data: TIndustrialCluster[]; total: number }> };
    publicGet: { query(input: { id: string }): Promise<TPublicCluster> };
  };
  network: { publicTowns: { query(): Promise<{ id: string; name: string; nameEn: string }[]> } };
}

type TCtx = { client: IndustrialClustersPublicClient; lang: TLang };
const Ctx = createContext<TCtx | null>(null);

export function IndustrialClustersPublicProvider({ client, lang, children }: TCtx & { children: ReactNode }) {
  return <Ctx.Provider value={{ client, lang }}>{children}</Ctx.Provider>;
}

export function useIndustrialClustersPublic(): TCtx & { t: TIndustrialClustersMessages } {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error("IndustrialClustersPublicProvider is missing above the industrial-clusters pages");
  return { ...ctx, t: industrialClustersMessages[ctx.lang] };
}
