import type { ComponentType, ReactNode } from "react";
import { EditButton, Show, TopToolbar } from "react-admin";
import type { TAdminResource } from "@qifu/ui/admin";
import { CARRIER_EDITORS, CARRIER_POLICY } from "../schemas";

export { CARRIER_EDITORS };

/**
 * A carrier's console resource: in the menu as `<name>.menu`, shown by its name, and the access
 * every carrier's server policy has (the district creates and deletes, a town admin creates in its
 * town, the operator node edits its own). `access` mirrors the server's policy; the server decides.
 */
export function carrierAdminResource(r: {
  name: string;
  icon: ComponentType;
  list: ComponentType;
  create: ComponentType;
  edit: ComponentType;
  show?: ComponentType;
}): TAdminResource {
  return {
    ...r,
    recordRepresentation: "name",
    options: { label: `${r.name}.menu` },
    access: {
      list: CARRIER_POLICY.read,
      show: CARRIER_POLICY.read,
      create: CARRIER_POLICY.create,
      edit: CARRIER_POLICY.update,
      delete: CARRIER_POLICY.delete,
    },
  };
}

/** A carrier's console page: its edit button on top, the feature's body (which reads the record) below, without a card around it. */
export function CarrierShow({ children }: { children: ReactNode }) {
  return (
    <Show
      actions={
        <TopToolbar>
          <EditButton />
        </TopToolbar>
      }
      component="div"
    >
      {children}
    </Show>
  );
}
