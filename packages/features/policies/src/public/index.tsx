import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";
import { MY_POLICIES_PATH, POLICIES_PATH } from "./context";
import { policiesPublicMessages as m } from "./messages";
import { MyPoliciesPage } from "./my-policies-page";
import { PoliciesPage, PolicyPage } from "./policies-page";

/** 政策直享's public pages: search, one policy in plain words, 我能享受什么; apps/public/src/features.ts lists them. */
export const policiesPublicRoutes: { path: string; element: ReactElement; nav?: TLabel }[] = [
  { path: POLICIES_PATH, element: <PoliciesPage />, nav: { zh: m.zh.nav, en: m.en.nav } },
  { path: `${POLICIES_PATH}/:id`, element: <PolicyPage /> },
  { path: MY_POLICIES_PATH, element: <MyPoliciesPage /> },
];
export { PoliciesPublicProvider, type PoliciesPublicClient } from "./context";
