import { createPublicContext, type PublicTownsClient, type TPublicLang } from "@qifu/ui/public";
import type { TIndustrialCluster, TIndustrialClusterPublicSearch, TPublicCluster } from "../schemas";
import { industrialClustersMessages } from "./messages";

export type TLang = TPublicLang;

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface IndustrialClustersPublicClient extends PublicTownsClient {
  industrialClusters: {
    publicList: { query(input: TIndustrialClusterPublicSearch): Promise<{ data: TIndustrialCluster[]; total: number }> };
    publicGet: { query(input: { id: string }): Promise<TPublicCluster> };
  };
}

const ctx = createPublicContext<IndustrialClustersPublicClient, (typeof industrialClustersMessages)["zh"]>(
  "IndustrialClustersPublicProvider",
  industrialClustersMessages,
);
export const IndustrialClustersPublicProvider = ctx.Provider;
export const useIndustrialClustersPublic = ctx.usePublic;
