import {
  AutocompleteInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  required,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { FormSection } from "@qifu/ui";
import { FenInput, formPagesOf, useLang } from "@qifu/ui/admin";
import { CarrierLinkRefs, toCarrierPage } from "@qifu/carrier-kit/admin";
import { FinancingKind, type TFinancing, type TResident } from "../schemas";

/** After saving a resident or a financing, back to its base's page. */
const toBase = toCarrierPage("innovationBases", "baseId");

/** Inputs of a residency; the base and the enterprise are chosen once, at move-in. */
function ResidentInputs({ creating }: { creating: boolean }) {
  const translate = useTranslate();
  return (
    <FormSection title={translate("innovationBases.residents")}>
      <CarrierLinkRefs resource="innovationBaseResidents" carrier="innovationBases" source="baseId" creating={creating} />
      <DateInput source="movedInOn" validate={required()} fullWidth />
      <NumberInput source="areaUsed" min={0} step={1} fullWidth />
      <DateInput source="graduatedOn" fullWidth />
      <DateInput source="leftOn" fullWidth />
      <TextInput source="note" multiline fullWidth className="span-all" />
    </FormSection>
  );
}

function ResidentTitle() {
  const r = useRecordContext<TResident>();
  return <>{r ? `${r.enterpriseName} · ${r.baseName}` : ""}</>;
}

export const { Create: ResidentCreate, Edit: ResidentEdit } = formPagesOf(ResidentInputs, {
  redirect: toBase,
  maxWidth: 900,
  editTitle: <ResidentTitle />,
});

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

export const { Create: FinancingCreate, Edit: FinancingEdit } = formPagesOf(FinancingInputs, { redirect: toBase, maxWidth: 900 });
