import type { ComponentType, ReactElement, ReactNode } from "react";
import { Create, DeleteButton, Edit, SaveButton, SimpleForm, Toolbar, type RedirectionSideEffect } from "react-admin";
import Box from "@mui/material/Box";

/** Helper texts that are empty take no room, so the grid of inputs stays tight. */
const formSx = { "& .MuiFormHelperText-root:empty": { display: "none" } };

type TTransform = (data: any) => any;
type TFormPageProps = {
  children: ReactNode;
  /** where to go after saving: the record's page by default (or a function of the saved record) */
  redirect?: RedirectionSideEffect;
  transform?: TTransform;
  /** max width of the page; forms with two columns want more */
  maxWidth?: number;
  /** the page's title, when the record's name alone does not say it */
  title?: ReactElement;
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
export function CreatePage({ children, redirect = "show", transform, maxWidth = 1100, title, defaultValues }: TFormPageProps & TDefaults) {
  return (
    <Create redirect={redirect} sx={{ maxWidth }} transform={transform} title={title}>
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
  title,
}: TFormPageProps & { deletable?: boolean }) {
  return (
    <Edit mutationMode="pessimistic" redirect={redirect} sx={{ maxWidth }} transform={transform} title={title}>
      <SimpleForm sx={formSx} toolbar={<EditToolbar deletable={deletable} />}>
        {children}
      </SimpleForm>
    </Edit>
  );
}

/**
 * The create and edit pages of a resource whose two forms are one set of inputs (`creating` tells
 * them apart, e.g. to fix what is chosen once). Use as `export const { Create: XCreate, Edit: XEdit } = formPagesOf(XInputs, …)`.
 */
export function formPagesOf(
  Inputs: ComponentType<{ creating: boolean }>,
  opts: Omit<TFormPageProps, "children" | "title"> & { editTitle?: ReactElement } = {},
) {
  const { editTitle, ...page } = opts;
  function FormCreate() {
    return (
      <CreatePage {...page}>
        <Inputs creating />
      </CreatePage>
    );
  }
  function FormEdit() {
    return (
      <EditPage {...page} title={editTitle}>
        <Inputs creating={false} />
      </EditPage>
    );
  }
  return { Create: FormCreate, Edit: FormEdit };
}
