import {
  AutocompleteInput,
  Create,
  type RedirectionSideEffect,
  DateInput,
  Edit,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { FormSection } from "@qifu/ui";
import { FenInput, useLang } from "@qifu/ui/admin";
import { FinancingKind, type TFinancing, type TResident } from "../schemas";

/** After saving a resident or a financing, back to its base's page. */
const toBase: RedirectionSideEffect = (_resource, _id, data) => (data?.baseId ? `innovationBases/${data.baseId}/show` : "innovationBases");
const formSx = { maxWidth: 900 };

/** Inputs of a residency; the base and the enterprise are chosen once, at move-in. */
function ResidentInputs({ creating }: { creating: boolean }) {
  const translate = useTranslate();
  return (
    <FormSection title={translate("innovationBases.residents")}>
      <ReferenceInput source="baseId" reference="innovationBases" perPage={50}>
        <AutocompleteInput
          optionText="name"
          filterToQuery={(q: string) => ({ q })}
          validate={required()}
          disabled={!creating}
          fullWidth
          label="resources.innovationBaseResidents.fields.baseId"
        />
      </ReferenceInput>
      <ReferenceInput source="enterpriseId" reference="enterprises" perPage={20}>
        <AutocompleteInput
          optionText="name"
          filterToQuery={(q: string) => ({ q })}
          validate={required()}
          disabled={!creating}
          fullWidth
          label="resources.innovationBaseResidents.fields.enterpriseId"
        />
      </ReferenceInput>
      <DateInput source="movedInOn" validate={required()} fullWidth />
      <NumberInput source="areaUsed" min={0} step={1} fullWidth />
      <DateInput source="graduatedOn" fullWidth />
      <DateInput source="leftOn" fullWidth />
      <TextInput source="note" multiline fullWidth className="span-all" />
    </FormSection>
  );
}

export function ResidentCreate() {
  return (
    <Create redirect={toBase} sx={formSx}>
      <SimpleForm>
        <ResidentInputs creating />
      </SimpleForm>
    </Create>
  );
}

function ResidentTitle() {
  const r = useRecordContext<TResident>();
  return <>{r ? `${r.enterpriseName} · ${r.baseName}` : ""}</>;
}

export function ResidentEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect={toBase} sx={formSx} title={<ResidentTitle />}>
      <SimpleForm>
        <ResidentInputs creating={false} />
      </SimpleForm>
    </Edit>
  );
}

/** Inputs of a financing obtained by a resident; money typed in yuan, kept in fen. */
function FinancingInputs({ creating }: { creating: boolean }) {
  const translate = useTranslate();
  const lang = useLang();
  const record = useRecordContext<TFinancing>();
  return (
    <FormSection title={translate("innovationBases.financings")}>
      <ReferenceInput
        source="residentId"
        reference="innovationBaseResidents"
        filter={record?.baseId ? { baseId: record.baseId } : undefined}
        perPage={100}
      >
        <AutocompleteInput
          optionText={(r: TResident) => `${r.enterpriseName}（${r.baseName}）`}
          validate={required()}
          disabled={!creating}
          fullWidth
          label="resources.innovationBaseFinancings.fields.residentId"
        />
      </ReferenceInput>
      <SelectInput source="kind" choices={FinancingKind.choices(lang)} validate={required()} fullWidth />
      <FenInput source="amountFen" validate={required()} helperText={translate("innovationBases.fee_hint")} fullWidth />
      <TextInput source="investor" validate={required()} fullWidth />
      <DateInput source="receivedOn" validate={required()} fullWidth />
      <TextInput source="note" multiline fullWidth className="span-all" />
    </FormSection>
  );
}

export function FinancingCreate() {
  return (
    <Create redirect={toBase} sx={formSx}>
      <SimpleForm>
        <FinancingInputs creating />
      </SimpleForm>
    </Create>
  );
}

export function FinancingEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect={toBase} sx={formSx}>
      <SimpleForm>
        <FinancingInputs creating={false} />
      </SimpleForm>
    </Edit>
  );
}
