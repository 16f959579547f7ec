import { Create, DeleteButton, Edit, SaveButton, SimpleForm, Toolbar } from "react-admin";
import Box from "@mui/material/Box";
import { EnterpriseInputs, tagsToList } from "./enterprise-inputs";

const formSx = { "& .MuiFormHelperText-root:empty": { display: "none" } };
const pageSx = { maxWidth: 1100 };

function EditToolbar() {
  return (
    <Toolbar>
      <SaveButton />
      <Box sx={{ flex: 1 }} />
      {/* shown only to those authProvider.canAccess allows to delete (district admins) */}
      <DeleteButton mutationMode="pessimistic" />
    </Toolbar>
  );
}

export function EnterpriseCreate() {
  return (
    <Create redirect="show" sx={pageSx} transform={tagsToList}>
      <SimpleForm sx={formSx}>
        <EnterpriseInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}

/** Pessimistic, so the server's field errors (a duplicate code…) come back into the form. */
export function EnterpriseEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" sx={pageSx} transform={tagsToList}>
      <SimpleForm sx={formSx} toolbar={<EditToolbar />}>
        <EnterpriseInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
}
