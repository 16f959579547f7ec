import type { ComponentType } from "react";
import { useCustom, type BaseRecord, type CustomResponse, type HttpError, type ResourceProps } from "@refinedev/core";
import type { QueryObserverResult } from "@tanstack/react-query";
import type { TRPCCreateRouterOptions } from "@trpc/server";
import { pathOf, procedures, type TFeatureClient, type TInputArgs, type TOutputOf, type TQueryProcedure } from "../typed-rpc";

type TDict = { [key: string]: string | TDict };

/**
 * What a feature's `./board` export provides to the evaluation board, as one object named
 * `boardFeature`: refine resources (menu entries), routes, words in both languages and,
 * optionally, sections of the home page placed by `order`. The board loads it at runtime
 * from the feature's remote (/board/remotes/<name>/remoteEntry.js).
 */
export interface TBoardFeature {
  /** The feature package's folder name ("service-stations"): also the remote's name. */
  name: string;
  resources: ResourceProps[];
  routes: { path: string; Component: ComponentType }[];
  messages: { zh: TDict; en: TDict };
  homeSections?: { key: string; order: number; requires?: string; Component: ComponentType<{ year: number }> }[];
  /**
   * The procedure the feature's board pages read (`pathOf(api.ledger.stats)`): its menu entries,
   * pages, sections and tiles appear only for roles that procedure admits, so no one is shown a
   * screen that answers 403. A section or tile that reads another procedure says its own.
   */
  requires?: string;
  /**
   * Tiles of the overview, the board's first screen (a leader reads it in ten seconds on one
   * 1440×900 screen): `headline` runs across the top, `main` fills the left, `side` stacks on
   * the right. A tile is compact and links to its feature's page for the long tables.
   */
  overview?: TOverviewTile[];
}

export type TOverviewArea = "headline" | "main" | "side";
export type TOverviewTile = {
  key: string;
  area: TOverviewArea;
  order: number;
  requires?: string;
  Component: ComponentType<{ year: number }>;
};

/**
 * A typed board query: `procedure` is a property path of a feature's typed client
 * (`api.ledger.stats` from `featureBoardRpc`), its input and the output are inferred. The call is
 * refine's `useCustom` as before (the board's data provider runs `url` as the procedure's path,
 * `config.query` as its input), so refine's cache and notifications apply. Standalone so that a
 * kit's shared screen takes the procedure its feature names (`useCarrierStats(api.x.stats)`).
 */
export function useBoardQuery<P extends TQueryProcedure>(procedure: P, ...[input]: TInputArgs<P, never>) {
  const { query } = useCustom<BaseRecord, HttpError>({
    url: pathOf(procedure),
    method: "get",
    ...(input === undefined ? {} : { config: { query: input } }),
  });
  return { query: query as unknown as QueryObserverResult<CustomResponse<TOutputOf<P>>, HttpError> };
}

/**
 * A feature's typed board queries, made once in its board code from its own routers' type:
 *
 *     import type { ledgerRouters } from "../server";
 *     const { api, useBoardQuery } = featureBoardRpc<typeof ledgerRouters>();
 *     const { query } = useBoardQuery(api.ledger.stats, { year, topNodes });  // query.data?.data: the output type
 */
export function featureBoardRpc<TRouters extends TRPCCreateRouterOptions>() {
  return { api: procedures<TFeatureClient<TRouters>>(), useBoardQuery };
}
export { pathOf } from "../typed-rpc";
export { OverviewCard, OverviewFigure, TrafficLight, type TOverviewLink } from "./overview-tile";
export { BoardHomeSection, useBoardLang } from "./home-section";
export { boardFigures, type TFiguresView } from "./figures";
