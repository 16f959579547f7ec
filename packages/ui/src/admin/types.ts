import type { ComponentType, ReactElement } from "react";
import type { RaRecord } from "react-admin";
import type { TRole } from "@qifu/domain";

/** The actions react-admin asks `authProvider.canAccess` about. */
export type TAdminAction = "list" | "show" | "create" | "edit" | "delete" | "export";

/**
 * One react-admin resource contributed by a feature. `access` mirrors the server's policy so
 * the console hides what a role cannot do (the server refuses it anyway); an action that is
 * not listed is open to every staff role.
 */
export type TAdminResource = {
  name: string;
  list?: ComponentType;
  create?: ComponentType;
  edit?: ComponentType;
  show?: ComponentType;
  recordRepresentation?: string | ((record: RaRecord) => string) | ReactElement;
  icon?: ComponentType;
  options: { label: string };
  access?: Partial<Record<TAdminAction, readonly TRole[]>>;
};

export const DISTRICT_ONLY: readonly TRole[] = ["DISTRICT_ADMIN"];
