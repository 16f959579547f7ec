import type { ComponentType } from "react";
import type { ResourceProps } from "@refinedev/core";
import { networkBoard } from "@qifu/feature-network/board";
import { targetsBoard } from "./targets";

/**
 * The one list of the features on the evaluation board (DESIGN.md §3). Each brings its refine
 * resources (menu entries), its routes, its words in both languages and, optionally, sections
 * of the home page, placed by `order`. A new feature adds one line here.
 */
type TDict = { [key: string]: string | TDict };

export interface BoardFeature {
  name: string;
  resources: ResourceProps[];
  routes: { path: string; Component: ComponentType }[];
  messages: { zh: TDict; en: TDict };
  homeSections?: { key: string; order: number; Component: ComponentType<{ year: number }> }[];
}

export const boardFeatures: BoardFeature[] = [networkBoard, targetsBoard];

export const boardResources = boardFeatures.flatMap((f) => f.resources);
export const boardRoutes = boardFeatures.flatMap((f) => f.routes);
export const homeSections = boardFeatures.flatMap((f) => f.homeSections ?? []).sort((a, b) => a.order - b.order);
