import { carrierPublicRoutes } from "@qifu/carrier-kit/public";
import { serviceStationsMessages as m } from "./messages";
import { serviceStationsPaths, ServiceStationsListPage, ServiceStationsPage } from "./service-stations-pages";

/** The public pages of 中小企业服务站; apps/public/src/features.ts lists them. */
export const serviceStationsPublicRoutes = carrierPublicRoutes(
  serviceStationsPaths,
  { zh: m.zh.nav, en: m.en.nav },
  <ServiceStationsListPage />,
  <ServiceStationsPage />,
);
export { ServiceStationsPublicProvider, type ServiceStationsPublicClient } from "./context";
export { serviceStationsPaths };
