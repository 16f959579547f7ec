import { createContext, useContext, type ReactNode } from "react";
import type { TServiceStation, TServiceStationPublicSearch } from "../schemas";
import { serviceStationsMessages, type TServiceStationsMessages } from "./messages";

export type TLang = "zh" | "en";

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface ServiceStationsPublicClient {
  serviceStations: {
    publicList: { query(input: TServiceStationPublicSearch): Promise<{ data: TServiceStation[]; total: number }> };
    publicGet: { query(input: { id: string }): Promise<TServiceStation> };
  };
  network: { publicTowns: { query(): Promise<{ id: string; name: string; nameEn: string }[]> } };
}

type TCtx = { client: ServiceStationsPublicClient; lang: TLang };
const Ctx = createContext<TCtx | null>(null);

export function ServiceStationsPublicProvider({ client, lang, children }: TCtx & { children: ReactNode }) {
  return <Ctx.Provider value={{ client, lang }}>{children}</Ctx.Provider>;
}

export function useServiceStationsPublic(): TCtx & { t: TServiceStationsMessages } {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error("ServiceStationsPublicProvider is missing above the service-stations pages");
  return { ...ctx, t: serviceStationsMessages[ctx.lang] };
}
