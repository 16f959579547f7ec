import { Create, DeleteButton, Edit, SaveButton, SimpleForm, Toolbar } from "react-admin";
import Box from "@mui/material/Box";
import { NodeInputs } from "./node-inputs";

const formSx = { "& .MuiFormHelperText-root:empty": { display: "none" } };
/** Wide enough for two columns of inputs, no wider: long lines are hard to scan. */
const pageSx = { maxWidth: 1100 };

function EditToolbar() {
  return (
    <Toolbar>
      <SaveButton />
      <Box sx={{ flex: 1 }} />
      {/* hidden unless authProvider.canAccess allows "delete" (district admins) */}
      <DeleteButton mutationMode="pessimistic" />
    </Toolbar>
  );
}

export function NodeCreate() {
  return (
    <Create redirect="show" sx={pageSx}>
      <SimpleForm sx={formSx}>
        <NodeInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}

/** Pessimistic, so the server's field errors come back into the form (react-admin server-side validation). */
export function NodeEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" sx={pageSx}>
      <SimpleForm sx={formSx} toolbar={<EditToolbar />}>
        <NodeInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
}
