import {
  AutocompleteInput,
  CheckboxGroupInput,
  Create,
  DateInput,
  Edit,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useGetOne,
  useTranslate,
  type RedirectionSideEffect,
} from "react-admin";
import Typography from "@mui/material/Typography";
import { FormSection } from "@qifu/ui";
import { useLang } from "@qifu/ui/admin";
import { ChainSegment, MemberRole, type TIndustrialCluster } from "../schemas";

/** After saving a member, back to its cluster's page. */
const toCluster: RedirectionSideEffect = (_resource, _id, data) =>
  data?.clusterId ? `industrialClusters/${data.clusterId}/show` : "industrialClusters";

/** The links of the chosen cluster, as ticks ("上游 · 皮革鞣制"). */
function LinkChoices({ clusterId }: { clusterId?: string }) {
  const translate = useTranslate();
  const lang = useLang();
  const { data } = useGetOne<TIndustrialCluster>("industrialClusters", { id: clusterId ?? "" }, { enabled: !!clusterId });
  if (!clusterId)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate("industrialClusters.pick_cluster_first")}
      </Typography>
    );
  const choices = (data?.links ?? []).map((l) => ({ id: l.key, name: `${ChainSegment.label(l.segment, lang)} · ${l.name}` }));
  return <CheckboxGroupInput source="linkKeys" choices={choices} helperText={translate("industrialClusters.links_hint")} row={false} />;
}

function MemberInputs({ creating }: { creating: boolean }) {
  const translate = useTranslate();
  const lang = useLang();
  return (
    <FormSection title={translate("industrialClusters.members")}>
      <ReferenceInput source="clusterId" reference="industrialClusters" perPage={50}>
        <AutocompleteInput
          optionText="name"
          filterToQuery={(q: string) => ({ q })}
          validate={required()}
          disabled={!creating}
          fullWidth
          label="resources.industrialClusterMembers.fields.clusterId"
        />
      </ReferenceInput>
      <ReferenceInput source="enterpriseId" reference="enterprises" perPage={20}>
        <AutocompleteInput
          optionText="name"
          filterToQuery={(q: string) => ({ q })}
          validate={required()}
          disabled={!creating}
          fullWidth
          label="resources.industrialClusterMembers.fields.enterpriseId"
        />
      </ReferenceInput>
      <SelectInput source="role" choices={MemberRole.choices(lang)} defaultValue="MEMBER" validate={required()} fullWidth />
      <DateInput source="joinedOn" fullWidth />
      <FormDataConsumer>
        {({ formData }) => (
          <div className="span-all">
            <LinkChoices clusterId={formData.clusterId} />
          </div>
        )}
      </FormDataConsumer>
      <TextInput source="note" multiline fullWidth className="span-all" />
    </FormSection>
  );
}

export function MemberCreate() {
  return (
    <Create redirect={toCluster} sx={{ maxWidth: 900 }}>
      <SimpleForm>
        <MemberInputs creating />
      </SimpleForm>
    </Create>
  );
}

export function MemberEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect={toCluster} sx={{ maxWidth: 900 }}>
      <SimpleForm>
        <MemberInputs creating={false} />
      </SimpleForm>
    </Edit>
  );
}
