import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { DirectoryPage } from "./directory-page";
import { NetworkHomePage } from "./home-page";
import { networkMessages } from "./messages";
import { NetworkPage } from "./network-page";
import { NodePage } from "./node-page";
import { paths } from "./paths";

/** A page a feature adds to the public site; `nav` puts it in the header, in that order. */
export type TPublicRoute = { path: string; element: ReactElement; nav?: TLabel };

const nav = (key: "navHome" | "navNetwork" | "navDirectory"): TLabel => ({ zh: networkMessages.zh[key], en: networkMessages.en[key] });

/** The network feature's public pages; apps/public/src/features.ts lists them. */
export const networkPublicRoutes: TPublicRoute[] = [
  { path: paths.home, element: <NetworkHomePage />, nav: nav("navHome") },
  { path: paths.network, element: <NetworkPage />, nav: nav("navNetwork") },
  { path: paths.directory, element: <DirectoryPage />, nav: nav("navDirectory") },
  { path: "/nodes/:id", element: <NodePage /> },
];

export { DirectoryPage, NetworkHomePage, NetworkPage, NodePage };
export { NetworkDiagram } from "./network-diagram";
export { TownMap } from "./town-map";
export { NodeCard } from "./node-card";
export { NetworkPublicProvider, type NetworkPublicClient, type TLang } from "./context";
export { paths as networkPaths, directoryHref } from "./paths";
