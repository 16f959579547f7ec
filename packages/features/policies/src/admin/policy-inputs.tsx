import { AutocompleteInput, DateInput, ReferenceInput, SelectInput, TextInput, required, useTranslate } from "react-admin";
import { FormSection } from "@qifu/ui";
import { PolicyStatus } from "../schemas";
import { useLang, useRole } from "@qifu/ui/admin";

/** The one set of inputs for creating and editing (an operator cannot move it to another town or node). */
export function PolicyInputs() {
  const lang = useLang();
  const translate = useTranslate();
  const operator = useRole() === "NODE_OPERATOR";
  return (
    <>
      <FormSection title={translate("policies.section_basic")}>
        <TextInput source="name" validate={required()} fullWidth className="span-all" />
        <ReferenceInput source="townId" reference="towns" sort={{ field: "sortOrder", order: "ASC" }} perPage={100}>
          <SelectInput optionText="name" validate={required()} disabled={operator} fullWidth label="resources.policies.fields.townId" />
        </ReferenceInput>
        <ReferenceInput source="operatorNodeId" reference="nodes" sort={{ field: "name", order: "ASC" }} perPage={20}>
          <AutocompleteInput
            optionText="name"
            filterToQuery={(q: string) => ({ q })}
            disabled={operator}
            fullWidth
            label="resources.policies.fields.operatorNodeId"
          />
        </ReferenceInput>
      </FormSection>
      <FormSection title={translate("policies.section_more")}>
        <SelectInput source="status" choices={PolicyStatus.choices(lang)} defaultValue="ACTIVE" validate={required()} fullWidth />
        <DateInput source="openedOn" fullWidth />
        <TextInput source="description" multiline minRows={3} fullWidth className="span-all" />
      </FormSection>
    </>
  );
}
