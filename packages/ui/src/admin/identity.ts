import { useCanAccess, useGetIdentity, usePermissions } from "react-admin";
import type { TRole } from "@qifu/domain";

/** The caller's role, as the admin console's authProvider.getPermissions returns it. */
export function useRole(): TRole | undefined {
  const { permissions } = usePermissions<TRole>();
  return permissions;
}

/** The caller's town (town admins), from authProvider.getIdentity. */
export function useIdentityTown(): { townId: string | null; townName: string | null } {
  const { identity } = useGetIdentity();
  return { townId: (identity?.townId as string | null) ?? null, townName: (identity?.townName as string | null) ?? null };
}

/** Rows open the edit form only for those who may edit; for the others the list is read-only. */
export function useEditRowClick(resource: string): "edit" | false {
  const { canAccess } = useCanAccess({ resource, action: "edit" });
  return canAccess ? "edit" : false;
}
