import type { ComponentType } from "react";
import type { ResourceProps } from "@refinedev/core";

type TDict = { [key: string]: string | TDict };

/**
 * What a feature's `./board` export provides to the evaluation board, as one object named
 * `boardFeature`: refine resources (menu entries), routes, words in both languages and,
 * optionally, sections of the home page placed by `order`. The board loads it at runtime
 * from the feature's remote (/board/remotes/<name>/remoteEntry.js).
 */
export interface TBoardFeature {
  /** The feature package's folder name ("service-stations"): also the remote's name. */
  name: string;
  resources: ResourceProps[];
  routes: { path: string; Component: ComponentType }[];
  messages: { zh: TDict; en: TDict };
  homeSections?: { key: string; order: number; Component: ComponentType<{ year: number }> }[];
}
