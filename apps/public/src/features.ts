import { createElement, type ReactElement, type ReactNode } from "react";
import type { TLabel } from "@qifu/domain";
import { networkPublicRoutes, NetworkPublicProvider, type NetworkPublicClient } from "@qifu/feature-network/public";
import { api } from "./api";
import type { TLang } from "./i18n";

/**
 * The one place that lists the features of the public site (DESIGN.md §3). A feature adds its
 * routes here (those with `nav` appear in the header, in this order) and, if its pages need
 * one, its provider below.
 */
export type TPublicRoute = { path: string; element: ReactElement; nav?: TLabel };

export const featureRoutes: TPublicRoute[] = [...networkPublicRoutes];

export function FeatureProviders({ lang, children }: { lang: TLang; children: ReactNode }) {
  // `satisfies`: if the API drifts from what the network pages call, this line stops compiling.
  const networkClient = api satisfies NetworkPublicClient;
  return createElement(NetworkPublicProvider, { client: networkClient, lang, children });
}
