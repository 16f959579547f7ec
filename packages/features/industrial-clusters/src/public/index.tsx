import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { industrialClustersMessages } from "./messages";
import { industrialClustersPaths, IndustrialClustersListPage, IndustrialClustersPage } from "./industrial-clusters-pages";

/** The public pages of 中小企业特色产业集群; apps/public/src/features.ts lists them. */
export const industrialClustersPublicRoutes: { path: string; element: ReactElement; nav?: TLabel }[] = [
  { path: industrialClustersPaths.list, element: <IndustrialClustersListPage />, nav: { zh: industrialClustersMessages.zh.nav, en: industrialClustersMessages.en.nav } },
  { path: "/industrial-clusters/:id", element: <IndustrialClustersPage /> },
];
export { IndustrialClustersPublicProvider, type IndustrialClustersPublicClient } from "./context";
export { industrialClustersPaths };
