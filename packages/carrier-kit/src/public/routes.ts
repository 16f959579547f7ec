import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import type { TFeaturePublicRoute } from "@qifu/ui/public";

/** A carrier's two public routes: its list (in the header as `nav`) and the page of one (`<list>/:id`). */
export function carrierPublicRoutes(paths: { list: string }, nav: TLabel, list: ReactElement, page: ReactElement): TFeaturePublicRoute[] {
  return [
    { path: paths.list, element: list, nav },
    { path: `${paths.list}/:id`, element: page },
  ];
}
