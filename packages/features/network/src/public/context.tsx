import type { ComponentType } from "react";
import { createPublicContext, type TPublicLang } from "@qifu/ui/public";
import type { TLabel, TNodeKind, TServiceCategory } from "@qifu/domain";
import type { TNodePublic, TPublicOverview, TTown } from "../schemas";
import { networkMessages, type TNetworkMessages } from "./messages";

export type TLang = TPublicLang;

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

/**
 * Slots for other features' sections, given by the app: `nodeExtra` on the node page (the
 * catalogue's published services), `homeExtra` at the end of the home page (the showcase's latest).
 */
const ctx = createPublicContext<
  NetworkPublicClient,
  TNetworkMessages,
  { nodeExtra?: ComponentType<{ nodeId: string }>; homeExtra?: ComponentType }
>("NetworkPublicProvider", networkMessages);
/** The app wraps its routes in this: the API client and the language the visitor chose. */
export const NetworkPublicProvider = ctx.Provider;
export const useNetworkPublic = ctx.usePublic;
