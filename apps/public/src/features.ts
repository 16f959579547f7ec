import { createElement, type ReactElement, type ReactNode } from "react";
import { AccountGateProvider, type AccountGateClient } from "@qifu/ui/public";
import type { TLabel } from "@qifu/domain";
import { networkPublicRoutes, NetworkPublicProvider, type NetworkPublicClient } from "@qifu/feature-network/public";
import { appealsPublicRoutes, AppealsPublicProvider, type AppealsPublicClient } from "@qifu/feature-appeals/public";
import { enterprisePublicRoutes, EnterprisePublicProvider, type EnterprisePublicClient } from "@qifu/feature-enterprises/public";
import { cataloguePublicRoutes, CataloguePublicProvider, NodeServices, type CataloguePublicClient } from "@qifu/feature-catalogue/public";
import { ledgerPublicRoutes, LedgerPublicProvider, LedgerRequestButton, type LedgerPublicClient } from "@qifu/feature-ledger/public";
import { api } from "./api";
import { SearchPage } from "./search-page";
import type { TLang } from "./i18n";
import {
  serviceStationsPublicRoutes,
  ServiceStationsPublicProvider,
  type ServiceStationsPublicClient,
} from "@qifu/feature-service-stations/public";
import {
  specializedParksPublicRoutes,
  SpecializedParksPublicProvider,
  type SpecializedParksPublicClient,
} from "@qifu/feature-specialized-parks/public";
import {
  innovationBasesPublicRoutes,
  InnovationBasesPublicProvider,
  type InnovationBasesPublicClient,
} from "@qifu/feature-innovation-bases/public";
import {
  industrialClustersPublicRoutes,
  IndustrialClustersPublicProvider,
  type IndustrialClustersPublicClient,
} from "@qifu/feature-industrial-clusters/public";
import { evaluationPublicRoutes, EvaluationPublicProvider, type EvaluationPublicClient } from "@qifu/feature-evaluation/public";
import { cultivationPublicRoutes, CultivationPublicProvider, type CultivationPublicClient } from "@qifu/feature-cultivation/public";
import { financingPublicRoutes, FinancingPublicProvider, type FinancingPublicClient } from "@qifu/feature-financing/public";
import { activitiesPublicRoutes, ActivitiesPublicProvider, type ActivitiesPublicClient } from "@qifu/feature-activities/public";
import { techTransferPublicRoutes, TechTransferPublicProvider, type TechTransferPublicClient } from "@qifu/feature-tech-transfer/public";
import { supplyChainPublicRoutes, SupplyChainPublicProvider, type SupplyChainPublicClient } from "@qifu/feature-supply-chain/public";
import { digitalPublicRoutes, DigitalPublicProvider, type DigitalPublicClient } from "@qifu/feature-digital/public";
import { showcasePublicRoutes, ShowcasePublicProvider, ShowcaseLatest, type ShowcasePublicClient } from "@qifu/feature-showcase/public";
import { vouchersPublicRoutes, VouchersPublicProvider, type VouchersPublicClient } from "@qifu/feature-vouchers/public";
import { policiesPublicRoutes, PoliciesPublicProvider, type PoliciesPublicClient } from "@qifu/feature-policies/public";

/**
 * The one place that lists the features of the public site (DESIGN.md §3). A feature adds its
 * routes here (those with `nav` appear in the header, in this order) and, if its pages need
 * one, its provider below.
 */
/** A public page; `nav` puts it in the header, `navGroup` under one drop-down heading with its neighbours. */
export type TPublicRoute = { path: string; element: ReactElement; nav?: TLabel; navGroup?: TLabel };

/**
 * A header holds seven entries at 1280 px; the rest are drop-downs. The network's pages and the
 * four service carriers are "where to find service"; the programmes one entry; the enterprise's
 * own pages (centre, appeals, services, vouchers) another; the results the public reads a fourth.
 */
const NETWORK: TLabel = { zh: "服务网络", en: "Service network" };
const PROGRAMMES: TLabel = { zh: "专项服务", en: "Programmes" };
const ENTERPRISE: TLabel = { zh: "企业中心", en: "For enterprises" };
const RESULTS: TLabel = { zh: "成效展示", en: "Results" };
const inGroup = (group: TLabel, routes: TPublicRoute[]): TPublicRoute[] => routes.map((r) => (r.nav ? { ...r, navGroup: group } : r));
const isHome = (r: TPublicRoute) => r.path === "/";

export const featureRoutes: TPublicRoute[] = [
  ...networkPublicRoutes.filter(isHome),
  ...cataloguePublicRoutes,
  ...policiesPublicRoutes,
  ...inGroup(NETWORK, [
    ...networkPublicRoutes.filter((r) => !isHome(r)),
    ...serviceStationsPublicRoutes,
    ...specializedParksPublicRoutes,
    ...innovationBasesPublicRoutes,
    ...industrialClustersPublicRoutes,
  ]),
  ...inGroup(PROGRAMMES, [
    ...cultivationPublicRoutes,
    ...activitiesPublicRoutes,
    ...financingPublicRoutes,
    ...techTransferPublicRoutes,
    ...supplyChainPublicRoutes,
    ...digitalPublicRoutes,
  ]),
  ...inGroup(ENTERPRISE, [...enterprisePublicRoutes, ...appealsPublicRoutes, ...ledgerPublicRoutes, ...vouchersPublicRoutes]),
  ...inGroup(RESULTS, [...evaluationPublicRoutes, ...showcasePublicRoutes]),
  { path: "/search", element: createElement(SearchPage) },
];

export function FeatureProviders({ lang, children }: { lang: TLang; children: ReactNode }) {
  children = createElement(ShowcasePublicProvider, { client: api satisfies ShowcasePublicClient, lang, children });
  children = createElement(VouchersPublicProvider, { client: api satisfies VouchersPublicClient, lang, children });
  children = createElement(PoliciesPublicProvider, { client: api satisfies PoliciesPublicClient, lang, children });
  children = createElement(DigitalPublicProvider, { client: api satisfies DigitalPublicClient, lang, children });
  children = createElement(TechTransferPublicProvider, { client: api satisfies TechTransferPublicClient, lang, children });
  children = createElement(SupplyChainPublicProvider, { client: api satisfies SupplyChainPublicClient, lang, children });
  children = createElement(CultivationPublicProvider, { client: api satisfies CultivationPublicClient, lang, children });
  children = createElement(FinancingPublicProvider, { client: api satisfies FinancingPublicClient, lang, children });
  children = createElement(ActivitiesPublicProvider, { client: api satisfies ActivitiesPublicClient, lang, children });
  children = createElement(EvaluationPublicProvider, { client: api satisfies EvaluationPublicClient, lang, children });
  children = createElement(IndustrialClustersPublicProvider, { client: api satisfies IndustrialClustersPublicClient, lang, children });
  children = createElement(InnovationBasesPublicProvider, { client: api satisfies InnovationBasesPublicClient, lang, children });
  children = createElement(SpecializedParksPublicProvider, { client: api satisfies SpecializedParksPublicClient, lang, children });
  children = createElement(ServiceStationsPublicProvider, { client: api satisfies ServiceStationsPublicClient, lang, children });
  // `satisfies`: if the API drifts from what the network pages call, this line stops compiling.
  const networkClient = api satisfies NetworkPublicClient;
  const appealsClient = api satisfies AppealsPublicClient;
  const enterpriseClient = api satisfies EnterprisePublicClient;
  const catalogueClient = api satisfies CataloguePublicClient;
  children = createElement(LedgerPublicProvider, { client: api satisfies LedgerPublicClient, lang, children });
  const catalogue = createElement(CataloguePublicProvider, { client: catalogueClient, lang, productAction: LedgerRequestButton, children });
  const enterprises = createElement(EnterprisePublicProvider, { client: enterpriseClient, lang, children: catalogue });
  const appeals = createElement(AppealsPublicProvider, { client: appealsClient, lang, children: enterprises });
  const network = createElement(NetworkPublicProvider, {
    client: networkClient,
    lang,
    nodeExtra: NodeServices,
    homeExtra: ShowcaseLatest,
    children: appeals,
  });
  return createElement(AccountGateProvider, { client: api satisfies AccountGateClient, lang, children: network });
}
