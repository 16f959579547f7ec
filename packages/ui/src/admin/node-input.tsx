import { AutocompleteInput, ReferenceInput, required, useGetIdentity, useRecordContext, useTranslate } from "react-admin";
import MuiTextField from "@mui/material/TextField";
import { useRole } from "./identity";

/**
 * The service node a record belongs to: a node operator's own is shown, not chosen (the server
 * sets it); anyone else picks one. Labelled as the resource's `nodeId` field.
 */
export function NodeInput({ resource }: { resource: string }) {
  const translate = useTranslate();
  const operator = useRole() === "NODE_OPERATOR";
  const { identity } = useGetIdentity();
  const record = useRecordContext<{ nodeName?: string }>();
  if (operator)
    return (
      // shown, not a form field: an input named "nodeName" would shadow the form element's own nodeName property
      <MuiTextField
        label={translate(`resources.${resource}.fields.nodeId`)}
        value={record?.nodeName ?? identity?.nodeName ?? ""}
        variant="filled"
        disabled
        fullWidth
        sx={{ mt: 1, mb: 2.5 }}
      />
    );
  return (
    <ReferenceInput source="nodeId" reference="nodes" sort={{ field: "name", order: "ASC" }} perPage={20}>
      <AutocompleteInput
        optionText="name"
        filterToQuery={(q: string) => ({ q })}
        label={`resources.${resource}.fields.nodeId`}
        validate={required()}
        fullWidth
      />
    </ReferenceInput>
  );
}
