import type { ReactElement } from "react";
import type { TLabel } from "@qifu/domain";

/** A page of the public site as a feature lists it; `nav` puts it in the header. */
export type TFeaturePublicRoute = { path: string; element: ReactElement; nav?: TLabel };
