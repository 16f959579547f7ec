import { createContext, useContext, type ComponentType, type ReactNode } from "react";
import type { TLabel, TNodeKind, TServiceCategory } from "@qifu/domain";
import type { TNodePublic, TPublicOverview, TTown } from "../schemas";
import { networkMessages, type TNetworkMessages } from "./messages";

export type TLang = keyof TLabel;

export type TDirectoryQuery = {
  q?: string;
  townId?: string;
  kind?: TNodeKind;
  serviceCategory?: TServiceCategory;
  page: number;
  perPage: number;
};
export type TPublicNodeResult = { node: TNodePublic; parent: TNodePublic | null; children: TNodePublic[] };
/** What the public pages read of targets.progress (owned by the targets feature). */
export type TTargetProgressItem = {
  targetId: string;
  metricKey: string;
  label: TLabel;
  unit: TLabel;
  year: number;
  townId: string | null;
  target: number;
  actual: number;
  ratio: number;
  kind: "stock" | "flow" | "rate";
  source: string | null;
};

/**
 * The procedures these pages call, written out structurally so that the feature does not import
 * packages/api (DESIGN.md §3). The app passes its AppRouter client; if the API drifts, the app's
 * assignment fails to type-check.
 */
export interface NetworkPublicClient {
  network: {
    overview: { query(): Promise<TPublicOverview> };
    directory: { query(input: TDirectoryQuery): Promise<{ data: TNodePublic[]; total: number }> };
    publicNode: { query(input: { id: string }): Promise<TPublicNodeResult> };
    publicTowns: { query(): Promise<TTown[]> };
  };
  targets: { progress: { query(input?: { year?: number; townId?: string | null; metricKey?: string }): Promise<TTargetProgressItem[]> } };
}

/** `nodeExtra`: a slot on the node page for another feature's section (the catalogue's published services), given by the app. */
type TNetworkPublicContext = { client: NetworkPublicClient; lang: TLang; nodeExtra?: ComponentType<{ nodeId: string }> };
const Ctx = createContext<TNetworkPublicContext | null>(null);

/** The app wraps its routes in this: the API client and the language the visitor chose. */
export function NetworkPublicProvider({ client, lang, nodeExtra, children }: TNetworkPublicContext & { children: ReactNode }) {
  return <Ctx.Provider value={{ client, lang, nodeExtra }}>{children}</Ctx.Provider>;
}

export function useNetworkPublic(): TNetworkPublicContext & { t: TNetworkMessages } {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error("NetworkPublicProvider is missing above the network's public pages");
  return { ...ctx, t: networkMessages[ctx.lang] };
}
