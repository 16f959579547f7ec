import type { ComponentType } from "react";
import type { TRole } from "@qifu/domain";
import { DISTRICT_ONLY, type TAdminResource } from "@qifu/ui/admin";

/** Who edits a carrier: the district, the town's admin, the node that runs it. */
export const CARRIER_EDITORS: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"];

/**
 * A carrier's console resource: in the menu as `<name>.menu`, shown by its name, and the access
 * every carrier's server policy has (the district creates and deletes, a town admin creates in its
 * town, the operator node edits its own). `access` mirrors the server's policy; the server decides.
 */
export function carrierAdminResource(r: { name: string; icon: ComponentType; list: ComponentType; create: ComponentType; edit: ComponentType; show?: ComponentType }): TAdminResource {
  return {
    ...r,
    recordRepresentation: "name",
    options: { label: `${r.name}.menu` },
    access: { list: CARRIER_EDITORS, show: CARRIER_EDITORS, create: ["DISTRICT_ADMIN", "TOWN_ADMIN"], edit: CARRIER_EDITORS, delete: DISTRICT_ONLY },
  };
}
