import { createPublicContext, type PublicTownsClient, type TPublicLang } from "@qifu/ui/public";
import type { TServiceStationPublic, TServiceStationPublicSearch } from "../schemas";
import { serviceStationsMessages } from "./messages";

export type TLang = TPublicLang;

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface ServiceStationsPublicClient extends PublicTownsClient {
  serviceStations: {
    publicList: { query(input: TServiceStationPublicSearch): Promise<{ data: TServiceStationPublic[]; total: number }> };
    publicGet: { query(input: { id: string }): Promise<TServiceStationPublic> };
  };
}

const ctx = createPublicContext<ServiceStationsPublicClient, (typeof serviceStationsMessages)["zh"]>(
  "ServiceStationsPublicProvider",
  serviceStationsMessages,
);
export const ServiceStationsPublicProvider = ctx.Provider;
export const useServiceStationsPublic = ctx.usePublic;
