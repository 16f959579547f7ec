import {
  ArrayInput,
  AutocompleteInput,
  DataTable,
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  maxValue,
  minValue,
  required,
  useTranslate,
} from "react-admin";
import { FormSection } from "@qifu/ui";
import { CardLine, FeatureList, CreatePage, EditPage, ResponsiveDataTable, useEditRowClick, useLang } from "@qifu/ui/admin";
import { KeyChain, ListStatus, type TProcurementList, type TVisit } from "../schemas";
import { ClusterInput, LinkInputs, LinkKeyInput } from "./link-inputs";
import { useRpc } from "./rpc";

const itemsText = (r: TProcurementList) => r.items.map((i) => `${i.linkName ?? "—"}：${i.product} ${i.quantity}${i.unit}`).join("；");

/** 大企业采购清单: a big buyer's items per link, each matched as a demand. */
export function ProcurementListList() {
  const rpc = useRpc();
  const lang = useLang();
  const rowClick = useEditRowClick("supplyChainLists");
  return (
    <FeatureList
      filters={[<SelectInput key="status" source="status" choices={ListStatus.choices(lang)} alwaysOn />]}
      exportRun={(input) => rpc.supplyChainLists.export.query(input)}
      create
      emptyTitle="supplyChain.lists_empty"
      emptyHint="supplyChain.lists_empty_hint"
    >
      <ResponsiveDataTable<TProcurementList>
        rowClick={rowClick}
        card={{
          primary: (r) => r.title,
          secondary: (r) => (
            <CardLine>
              <span>{r.buyerName}</span>
              <span>{itemsText(r)}</span>
            </CardLine>
          ),
          tertiary: (r) => ListStatus.label(r.status, lang),
        }}
      >
        <DataTable.Col source="publishedOn" />
        <DataTable.Col source="title" />
        <DataTable.Col source="buyerId" disableSort render={(r: TProcurementList) => r.buyerName} />
        <DataTable.Col source="chain" disableSort render={(r: TProcurementList) => KeyChain.label(r.chain, lang)} />
        <DataTable.Col source="items" disableSort render={itemsText} />
        <DataTable.Col source="status" render={(r: TProcurementList) => ListStatus.label(r.status, lang)} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}

/** A big buyer's list: the chain once, then each item on one of its links (the server checks every link and period). */
export function ProcurementListCreate() {
  const translate = useTranslate();
  return (
    <CreatePage redirect="list" defaultValues={{ items: [{ unit: "件" }] }}>
      <FormSection title={translate("supplyChain.section_basic")}>
        <TextInput source="title" validate={required()} fullWidth />
        <ReferenceInput source="buyerId" reference="enterprises" sort={{ field: "name", order: "ASC" }}>
          <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
        </ReferenceInput>
        <ClusterInput />
        <TextInput source="note" multiline fullWidth className="span-all" />
      </FormSection>
      <FormSection title={translate("supplyChain.section_items")}>
        <ArrayInput source="items" validate={required()} className="span-all">
          <SimpleFormIterator inline disableReordering>
            <LinkKeyInput />
            <TextInput source="product" validate={required()} />
            <NumberInput source="quantity" validate={[required(), minValue(1), maxValue(1_000_000_000)]} step={1} />
            <TextInput source="unit" validate={required()} sx={{ maxWidth: 100 }} />
            <DateInput source="periodFrom" validate={required()} />
            <DateInput source="periodTo" validate={required()} />
            <TextInput source="specification" />
          </SimpleFormIterator>
        </ArrayInput>
      </FormSection>
    </CreatePage>
  );
}

/** Rename, annotate or close a list (closing withdraws its items from matching). */
export function ProcurementListEdit() {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <EditPage redirect="list">
      <FormSection title={translate("supplyChain.section_basic")}>
        <TextInput source="title" validate={required()} fullWidth />
        <SelectInput source="status" choices={ListStatus.choices(lang)} validate={required()} fullWidth />
        <TextInput source="note" multiline fullWidth className="span-all" />
      </FormSection>
    </EditPage>
  );
}

/** 走进企业: the visits in the caller's town (the district: all), their host and participants. */
export function VisitList() {
  const rpc = useRpc();
  const lang = useLang();
  const rowClick = useEditRowClick("supplyChainVisits");
  return (
    <FeatureList
      filters={[<SelectInput key="chain" source="chain" choices={KeyChain.choices(lang)} alwaysOn />]}
      exportRun={(input) => rpc.supplyChainVisits.export.query(input)}
      create
      emptyTitle="supplyChain.visits_empty"
      emptyHint="supplyChain.visits_empty_hint"
    >
      <ResponsiveDataTable<TVisit>
        rowClick={rowClick}
        card={{
          primary: (r) => r.title,
          secondary: (r) => (
            <CardLine>
              <span>{r.hostName}</span>
              <span>{r.participants.join("、")}</span>
            </CardLine>
          ),
          tertiary: (r) => r.visitOn,
        }}
      >
        <DataTable.Col source="visitOn" />
        <DataTable.Col source="title" />
        <DataTable.Col source="hostId" disableSort render={(r: TVisit) => r.hostName} />
        <DataTable.Col
          source="linkName"
          disableSort
          render={(r: TVisit) => `${KeyChain.label(r.chain, lang)}${r.linkName ? ` · ${r.linkName}` : ""}`}
        />
        <DataTable.Col source="participants" disableSort render={(r: TVisit) => r.participants.join("、")} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}

const lines = (v: unknown) => (Array.isArray(v) ? v.join("\n") : "");
const toLines = (s: string) =>
  (s ?? "")
    .split(/[\n、,，]/)
    .map((x) => x.trim())
    .filter(Boolean);

function VisitInputs() {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <FormSection title={translate("supplyChain.section_basic")}>
      <TextInput source="title" validate={required()} fullWidth className="span-all" />
      <DateInput source="visitOn" validate={required()} fullWidth />
      <ReferenceInput source="hostId" reference="enterprises" sort={{ field: "name", order: "ASC" }}>
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
      </ReferenceInput>
      <SelectInput source="chain" choices={KeyChain.choices(lang)} validate={required()} fullWidth />
      <LinkInputs optional />
      <TextInput
        source="participants"
        format={lines}
        parse={toLines}
        multiline
        minRows={3}
        validate={required()}
        fullWidth
        className="span-all"
      />
      <TextInput source="note" multiline fullWidth className="span-all" />
    </FormSection>
  );
}
export const VisitCreate = () => (
  <CreatePage redirect="list">
    <VisitInputs />
  </CreatePage>
);
export const VisitEdit = () => (
  <EditPage redirect="list">
    <VisitInputs />
  </EditPage>
);
