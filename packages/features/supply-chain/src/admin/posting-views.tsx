import {
  AutocompleteInput,
  DataTable,
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxValue,
  minValue,
  required,
  useTranslate,
} from "react-admin";
import { FormSection, StatusChip } from "@qifu/ui";
import { CardLine, FeatureList, CreatePage, EditPage, ResponsiveDataTable, useEditRowClick, useLang } from "@qifu/ui/admin";
import { KeyChain, PostingKind, PostingStatus, type TPosting } from "../schemas";
import { LinkInputs } from "./link-inputs";
import { useRpc } from "./rpc";

/** 供需信息: the district's, a town's (its enterprises'), node staff's (their town's). */
export function PostingList() {
  const rpc = useRpc();
  const lang = useLang();
  const rowClick = useEditRowClick("supplyChainPostings");
  return (
    <FeatureList
      filters={[
        <SelectInput key="kind" source="kind" choices={PostingKind.choices(lang)} alwaysOn />,
        <SelectInput key="chain" source="chain" choices={KeyChain.choices(lang)} alwaysOn />,
      ]}
      exportRun={(input) => rpc.supplyChainPostings.export.query(input)}
      create
      emptyTitle="supplyChain.postings_empty"
      emptyHint="supplyChain.postings_empty_hint"
    >
      <ResponsiveDataTable<TPosting>
        rowClick={rowClick}
        card={{
          primary: (r) => `${PostingKind.label(r.kind, lang)} · ${r.product}`,
          secondary: (r) => (
            <CardLine>
              <span>{r.enterpriseName}</span>
              <span>
                {KeyChain.label(r.chain, lang)} · {r.linkName ?? "—"}
              </span>
            </CardLine>
          ),
          tertiary: (r) => `${r.quantity}${r.unit}`,
        }}
      >
        <DataTable.Col source="postedOn" />
        <DataTable.Col
          source="kind"
          render={(r: TPosting) => <StatusChip label={PostingKind.label(r.kind, lang)} tone={r.kind === "DEMAND" ? "info" : "success"} />}
        />
        <DataTable.Col source="enterpriseId" disableSort render={(r: TPosting) => r.enterpriseName} />
        <DataTable.Col source="townName" disableSort render={(r: TPosting) => r.townName ?? "—"} />
        <DataTable.Col source="linkName" disableSort render={(r: TPosting) => `${KeyChain.label(r.chain, lang)} · ${r.linkName ?? "—"}`} />
        <DataTable.Col source="product" />
        <DataTable.Col source="quantity" render={(r: TPosting) => `${r.quantity}${r.unit}`} />
        <DataTable.Col source="periodTo" disableSort render={(r: TPosting) => `${r.periodFrom}—${r.periodTo}`} />
        <DataTable.Col source="status" render={(r: TPosting) => PostingStatus.label(r.status, lang)} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}

function ItemInputs() {
  return (
    <>
      <NumberInput source="quantity" validate={[required(), minValue(1), maxValue(1_000_000_000)]} step={1} fullWidth />
      <TextInput source="specification" multiline fullWidth className="span-all" />
      <DateInput source="periodFrom" validate={required()} fullWidth />
      <DateInput source="periodTo" validate={required()} fullWidth />
    </>
  );
}

/** Staff post on an enterprise's behalf (the server keeps a town to its enterprises). */
export function PostingCreate() {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <CreatePage redirect="list">
      <FormSection title={translate("supplyChain.section_basic")}>
        <ReferenceInput source="enterpriseId" reference="enterprises" sort={{ field: "name", order: "ASC" }}>
          <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
        </ReferenceInput>
        <SelectInput source="kind" choices={PostingKind.choices(lang)} defaultValue="DEMAND" validate={required()} fullWidth />
        <TextInput source="product" validate={required()} fullWidth />
        <TextInput source="unit" validate={required()} defaultValue="件" fullWidth />
      </FormSection>
      <FormSection title={translate("supplyChain.section_link")}>
        <LinkInputs />
        <ItemInputs />
      </FormSection>
    </CreatePage>
  );
}

export function PostingEdit() {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <EditPage redirect="list">
      <FormSection title={translate("supplyChain.section_basic")}>
        <SelectInput source="status" choices={PostingStatus.choices(lang)} validate={required()} fullWidth />
        <ItemInputs />
      </FormSection>
    </EditPage>
  );
}
