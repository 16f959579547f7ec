import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";

/** A page of the public site as a feature lists it; `nav` puts it in the header. */
export type TFeaturePublicRoute = { path: string; element: ReactElement; nav?: TLabel };

/** A carrier's two public routes: its list (in the header as `nav`) and the page of one (`<list>/:id`). */
export function carrierPublicRoutes(paths: { list: string }, nav: TLabel, list: ReactElement, page: ReactElement): TFeaturePublicRoute[] {
  return [
    { path: paths.list, element: list, nav },
    { path: `${paths.list}/:id`, element: page },
  ];
}
