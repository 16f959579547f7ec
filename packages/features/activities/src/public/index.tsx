import type { TFeaturePublicRoute } from "@qifu/ui/public";
import { activitiesMessages as m } from "./messages";
import { activitiesPaths } from "./context";
import { ActivitiesListPage } from "./list-page";
import { ActivityPage } from "./detail-page";
import { CheckInPage } from "./check-in-page";

/** The public pages of 活动培训; apps/public/src/features.ts lists them. */
export const activitiesPublicRoutes: TFeaturePublicRoute[] = [
  { path: activitiesPaths.list, element: <ActivitiesListPage />, nav: { zh: m.zh.nav, en: m.en.nav } },
  { path: "/activities/:id", element: <ActivityPage /> },
  { path: "/activities/:id/check-in", element: <CheckInPage /> },
];
export { ActivitiesPublicProvider, type ActivitiesPublicClient } from "./context";
export { activitiesPaths };
