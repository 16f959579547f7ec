import { createContext, useContext } from "react";
import type { TMissingFeature } from "@qifu/ui/remotes";

/** The features whose remote did not load; the layout and the fallback dashboard name them. */
export const MissingFeatures = createContext<readonly TMissingFeature[]>([]);
export const useMissingFeatures = () => useContext(MissingFeatures);

/** Every feature's display name by folder name (package.json `qifu.label`), for the menu's group headings. */
export const FeatureLabels = createContext<Record<string, { zh: string; en: string }>>({});
export const useFeatureLabels = () => useContext(FeatureLabels);
