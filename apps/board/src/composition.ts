import { createContext, useContext } from "react";
import type { TBoardFeature } from "@qifu/ui/board";
import { withFeatureBoundary, type TLoadedFeatures } from "@qifu/ui/remotes";
import { setFeatureMessages } from "./i18n";
import { setRequiredProcedures } from "./permissions";

type TComposed = TLoadedFeatures<TBoardFeature> & {
  resources: TBoardFeature["resources"];
  routes: (TBoardFeature["routes"][number] & { requires?: string })[];
  homeSections: NonNullable<TBoardFeature["homeSections"]>;
  overview: NonNullable<TBoardFeature["overview"]>;
};

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

/** The loaded features, composed: each route and home section inside its feature's error boundary. */
export function compose(loaded: TLoadedFeatures<TBoardFeature>): TComposed {
  setFeatureMessages(loaded.features);
  // a feature's `requires` holds for its resources, pages, sections and tiles unless they name their own
  const composed = {
    ...loaded,
    resources: loaded.features.flatMap((f) =>
      f.resources.map((r) => ({ ...r, meta: { ...r.meta, requires: (r.meta as { requires?: string })?.requires ?? f.requires } })),
    ),
    routes: loaded.features.flatMap((f) =>
      f.routes.map((r) => ({ ...r, requires: f.requires, Component: withFeatureBoundary(f.name, r.Component) })),
    ),
    homeSections: loaded.features
      .flatMap((f) =>
        (f.homeSections ?? []).map((s) => ({
          ...s,
          requires: s.requires ?? f.requires,
          Component: withFeatureBoundary(f.name, s.Component),
        })),
      )
      .sort(byOrder),
    overview: loaded.features
      .flatMap((f) =>
        (f.overview ?? []).map((s) => ({ ...s, requires: s.requires ?? f.requires, Component: withFeatureBoundary(f.name, s.Component) })),
      )
      .sort(byOrder),
  };
  setRequiredProcedures([
    ...composed.resources.map((r) => (r.meta as { requires?: string }).requires),
    ...composed.homeSections.map((s) => s.requires),
    ...composed.overview.map((s) => s.requires),
  ]);
  return composed;
}

export const Composition = createContext<TComposed>({
  features: [],
  missing: [],
  labels: {},
  resources: [],
  routes: [],
  homeSections: [],
  overview: [],
});
/** The home page's sections, from the loaded features. */
export const useHomeSections = () => useContext(Composition).homeSections;
/** The overview's tiles, from the loaded features. */
export const useOverviewTiles = () => useContext(Composition).overview;
