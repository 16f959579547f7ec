import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { serviceStationsMessages } from "./messages";
import { serviceStationsPaths, ServiceStationsListPage, ServiceStationsPage } from "./service-stations-pages";

/** The public pages of 中小企业服务站; apps/public/src/features.ts lists them. */
export const serviceStationsPublicRoutes: { path: string; element: ReactElement; nav?: TLabel }[] = [
  { path: serviceStationsPaths.list, element: <ServiceStationsListPage />, nav: { zh: serviceStationsMessages.zh.nav, en: serviceStationsMessages.en.nav } },
  { path: "/service-stations/:id", element: <ServiceStationsPage /> },
];
export { ServiceStationsPublicProvider, type ServiceStationsPublicClient } from "./context";
export { serviceStationsPaths };
