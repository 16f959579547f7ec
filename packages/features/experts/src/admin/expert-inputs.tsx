import {
  ArrayInput,
  AutocompleteInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  required,
  useTranslate,
} from "react-admin";
import { FormSection } from "@qifu/ui";
import { useLang } from "@qifu/ui/admin";
import { ExpertAvailability, ExpertNodeRelation } from "../schemas";
import { api, useRpcQuery } from "./rpc";

/** The one set of inputs for creating and editing an expert. */
export function ExpertInputs() {
  const lang = useLang();
  const translate = useTranslate();
  const accounts = useRpcQuery(api.experts.evaluatorAccounts, undefined);
  const accountChoices = (accounts.data ?? []).map((a) => ({ id: a.id, name: `${a.displayName}（${a.username}）` }));
  return (
    <>
      <FormSection title={translate("experts.section_basic")}>
        <TextInput source="name" validate={required()} fullWidth />
        <TextInput source="field" validate={required()} fullWidth />
        <TextInput source="title" fullWidth />
        <TextInput source="employer" fullWidth />
        <TextInput source="qualifications" multiline fullWidth className="span-all" />
      </FormSection>
      <FormSection title={translate("experts.section_contact")}>
        <TextInput source="phone" fullWidth />
        <TextInput source="email" fullWidth />
        <SelectInput
          source="availability"
          choices={ExpertAvailability.choices(lang)}
          defaultValue="AVAILABLE"
          validate={required()}
          fullWidth
        />
        <SelectInput
          source="userId"
          choices={accountChoices}
          emptyText={translate("experts.no_account")}
          isLoading={accounts.isLoading}
          fullWidth
        />
        <TextInput source="description" multiline minRows={2} fullWidth className="span-all" />
      </FormSection>
      <FormSection title={translate("experts.section_links")} hint={translate("experts.links_hint")} columns={1}>
        <ArrayInput source="nodeLinks" label={false}>
          <SimpleFormIterator inline disableReordering>
            <ReferenceInput source="nodeId" reference="nodes" sort={{ field: "name", order: "ASC" }} perPage={20}>
              <AutocompleteInput
                optionText="name"
                filterToQuery={(q: string) => ({ q })}
                validate={required()}
                label="resources.experts.fields.nodeLinks.nodeId"
                sx={{ minWidth: 240 }}
              />
            </ReferenceInput>
            <SelectInput
              source="relation"
              choices={ExpertNodeRelation.choices(lang)}
              defaultValue="EMPLOYEE"
              label="resources.experts.fields.nodeLinks.relation"
            />
          </SimpleFormIterator>
        </ArrayInput>
      </FormSection>
    </>
  );
}
