import type { ReactNode } from "react";
import { Create, DeleteButton, Edit, SaveButton, SimpleForm, Toolbar } from "react-admin";
import Box from "@mui/material/Box";

/** Helper texts that are empty take no room, so the grid of inputs stays tight. */
const formSx = { "& .MuiFormHelperText-root:empty": { display: "none" } };

type TTransform = (data: any) => any;
type TFormPageProps = {
  children: ReactNode;
  /** where to go after saving: the record's page by default */
  redirect?: "show" | "list" | "edit";
  transform?: TTransform;
  /** max width of the page; forms with two columns want more */
  maxWidth?: number;
};
/** what a new record's form starts with (a create page only) */
type TDefaults = { defaultValues?: Record<string, unknown> };

function EditToolbar({ deletable }: { deletable: boolean }) {
  return (
    <Toolbar>
      <SaveButton />
      <Box sx={{ flex: 1 }} />
      {/* shown only to those authProvider.canAccess allows to delete */}
      {deletable && <DeleteButton mutationMode="pessimistic" />}
    </Toolbar>
  );
}

/** A create page with one form; the server's field errors come back onto the fields. */
export function CreatePage({ children, redirect = "show", transform, maxWidth = 1100, defaultValues }: TFormPageProps & TDefaults) {
  return (
    <Create redirect={redirect} sx={{ maxWidth }} transform={transform}>
      <SimpleForm sx={formSx} defaultValues={defaultValues}>
        {children}
      </SimpleForm>
    </Create>
  );
}

/**
 * An edit page, pessimistic: the record changes only once the server has accepted it, so its
 * refusals (a duplicate code, a row out of scope) come back into the form.
 */
export function EditPage({
  children,
  redirect = "show",
  transform,
  maxWidth = 1100,
  deletable = true,
}: TFormPageProps & { deletable?: boolean }) {
  return (
    <Edit mutationMode="pessimistic" redirect={redirect} sx={{ maxWidth }} transform={transform}>
      <SimpleForm sx={formSx} toolbar={<EditToolbar deletable={deletable} />}>
        {children}
      </SimpleForm>
    </Edit>
  );
}
