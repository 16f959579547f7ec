import { carrierPublicRoutes } from "@qifu/carrier-kit/public";
import { industrialClustersMessages as m } from "./messages";
import { industrialClustersPaths, IndustrialClustersListPage, IndustrialClustersPage } from "./industrial-clusters-pages";

/** The public pages of 中小企业特色产业集群; apps/public/src/features.ts lists them. */
export const industrialClustersPublicRoutes = carrierPublicRoutes(
  industrialClustersPaths,
  { zh: m.zh.nav, en: m.en.nav },
  <IndustrialClustersListPage />,
  <IndustrialClustersPage />,
);
export { IndustrialClustersPublicProvider, type IndustrialClustersPublicClient } from "./context";
export { industrialClustersPaths };
